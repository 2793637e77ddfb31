"""After "trong đó", a share naming a property of the share before it is some of that share."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

GRADES = ("Năm 2024, tỷ lệ đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên đạt 96,5% (chỉ tiêu là 95%), "
          "trong đó hoàn thành xuất sắc nhiệm vụ đạt 14,2%.")
STRUCTURE = ("Cơ cấu kinh tế năm 2024: nông, lâm nghiệp và thủy sản chiếm 18,4%; công nghiệp và xây dựng 39,7%. "
             "Trong đó công nghiệp 33,5%; dịch vụ 35,2%; thuế sản phẩm 6,7%.")
FIGURE_FIRST = "Tỷ lệ đoàn viên hoàn thành tốt nhiệm vụ đạt 92,4%, theo chỉ tiêu 90% trở lên, trong đó 18% đoàn viên hoàn thành xuất sắc nhiệm vụ."


@pytest.mark.parametrize("text, part, whole", [(GRADES, "14,2%", "96,5%"), (STRUCTURE, "33,5%", "39,7%"), (FIGURE_FIRST, "18%", "92,4%")])
def test_a_share_within_the_share_before_it_is_checked(text, part, whole):
    result = lint_text(text, "vi")
    assert result.diagnostics == ()
    arithmetic = f"{part.rstrip('%')} ≤ {whole.rstrip('%')}"
    assert ("part_le_whole", "consistent", arithmetic) in result.verified


@pytest.mark.parametrize("text, part, wrong, whole", [
    (GRADES, "14,2%", "914,2%", "96,5"), (STRUCTURE, "33,5%", "43,5%", "39,7"), (FIGURE_FIRST, "18%", "98%", "92,4")])
def test_a_share_larger_than_the_share_it_is_part_of_is_reported(text, part, wrong, whole):
    altered = text.replace(part, wrong)
    (d,) = lint_text(altered, "vi").diagnostics
    assert (d.code, d.message) == ("S002", f"phần {wrong.rstrip('%')} lớn hơn tổng thể {whole}")
    assert altered[d.span.start:d.span.end].rstrip("%") == wrong.rstrip("%")


@pytest.mark.parametrize("text", [
    # a change: a part may grow faster than its whole
    "Giá trị sản xuất công nghiệp tăng 6,2%, trong đó công nghiệp chế biến tăng 8,1%.",
    # a subgroup's own rate, or a place's
    "Tỷ lệ thất nghiệp chung là 2,3%, trong đó khu vực thành thị là 3,6%.",
    "Tỷ lệ lao động qua đào tạo đạt 68%, trong đó lao động nữ qua đào tạo đạt 71%.",
    "Tỷ lệ hộ dùng nước sạch đạt 90%, trong đó hộ nghèo dùng nước sạch đạt 93%.",
    "Tỷ lệ tiêm chủng đầy đủ đạt 95%, trong đó Hà Nội đạt 98%.",
    # another property: what the part names is not named by the whole
    "Công suất sử dụng buồng bình quân đạt 62%, trong đó khách sạn 4-5 sao đạt 75%.",
    # a share of the part's own group
    "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 90%, trong đó đảng viên nữ hoàn thành tốt nhiệm vụ chiếm 95%.",
    # a target, and a count breaking the share down
    "Tỷ lệ hoàn thành kế hoạch đạt 85%, trong đó hoàn thành kế hoạch vốn đạt 105% kế hoạch.",
    "Tỷ lệ học sinh hoàn thành chương trình đạt 98%, trong đó có 1.250 học sinh hoàn thành chương trình loại giỏi.",
])
def test_near_misses_are_left_alone(text):
    assert lint_text(text, "vi").diagnostics == ()


def test_a_rate_of_some_of_those_rated_is_left_alone():
    """Only shares of one total, or a grade of what is rated, are some of the share before them."""
    text = "Tỷ lệ giải ngân vốn đầu tư công đạt 82%, trong đó vốn đầu tư công nguồn ngân sách trung ương đạt 88%."
    assert lint_text(text, "vi").diagnostics == ()
    structure = "Tỷ trọng vốn đầu tư công chiếm 32% tổng vốn đầu tư, trong đó vốn đầu tư công nguồn ngân sách trung ương 12%."
    assert ("part_le_whole", "consistent", "12 ≤ 32") in lint_text(structure, "vi").verified


def test_the_part_may_stand_in_a_parenthesis_opened_by_trong_do():
    text = "Tỷ lệ hội viên được xếp loại hoàn thành tốt nhiệm vụ đạt 88,6% (trong đó hoàn thành xuất sắc nhiệm vụ 21,3%)."
    assert ("part_le_whole", "consistent", "21,3 ≤ 88,6") in lint_text(text, "vi").verified
    (d,) = lint_text(text.replace("21,3%", "91,3%"), "vi").diagnostics
    assert (d.code, d.message) == ("S002", "phần 91,3 lớn hơn tổng thể 88,6")
    other = "Tỷ lệ hội viên hoàn thành tốt nhiệm vụ đạt 88,6% (năm trước 85%, trong đó hoàn thành xuất sắc nhiệm vụ 91,3%)."
    assert lint_text(other, "vi").diagnostics == ()  # the parenthesis is another year's

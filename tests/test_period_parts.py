"""A quarter's or a month's figure in parentheses after its year's figure is part of it; another period's is not."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

YEAR = "Sản lượng thủy sản năm 2023 ước đạt 5.120,4 nghìn tấn, tăng 4,2% so với năm trước (quý IV đạt {q} nghìn tấn, tăng 3,9%)."
RUN = "Kim ngạch xuất khẩu 9 tháng đầu năm đạt 2.460 triệu USD (riêng tháng 9 đạt {m} triệu USD)."


@pytest.mark.parametrize("text", [YEAR.format(q="1.402,6"), RUN.format(m="312")])
def test_a_sub_period_within_its_period_is_checked_as_a_part(text):
    result = lint_text(text, "vi")
    assert not result.diagnostics
    assert [v[1] for v in result.verified if v[0] == "part_le_whole"] == ["consistent"]


@pytest.mark.parametrize("text, part, whole", [
    (YEAR.format(q="14.026"), "14.026", "5.120,4"),
    (RUN.format(m="3.120"), "3.120", "2.460"),
])
def test_a_sub_period_above_its_period_is_reported_once_on_it(text, part, whole):
    (d,) = lint_text(text, "vi").diagnostics
    assert d.code == "S002"
    assert text[d.span.start:d.span.end] == part
    assert d.arithmetic == f"{part} > {whole}"


@pytest.mark.parametrize("text", [
    # a month beside another month: another time, no part (a parenthesis was read as a part before)
    "Sản lượng tháng 12 đạt 420 nghìn tấn (tháng 11 đạt 510 nghìn tấn).",
    # the quarter of another year
    "Sản lượng năm 2023 đạt 5.120 nghìn tấn (quý IV/2022 đạt 6.100 nghìn tấn).",
    # a year's average or price may be below its quarter's
    "Giá bình quân năm 2023 đạt 5.200 đồng (quý IV đạt 6.100 đồng).",
    "Năng suất lúa năm 2023 đạt 58 tạ/ha (quý IV đạt 61 tạ/ha).",
    # the figure before the parenthesis is a change: the quarter's may be of the level
    "Năm 2023 xuất khẩu đạt 5.120 nghìn tấn, tăng 820 nghìn tấn (quý IV đạt 900 nghìn tấn).",
    # a count of what exists at a time: the year's may be an average below its quarter's
    "Tổng số lao động có việc làm năm 2023 là 1.120 nghìn người (quý IV là 1.135 nghìn người).",
    "Số thuê bao di động đến cuối năm 2023 đạt 1.250 nghìn thuê bao (quý IV đạt 1.262 nghìn thuê bao).",
    # another measure
    "Doanh thu năm 2023 đạt 5.120 tỷ đồng (quý IV đạt 1.200 triệu USD).",
])
def test_a_figure_of_another_period_or_measure_is_no_part(text):
    result = lint_text(text, "vi")
    assert not result.diagnostics
    assert not [v for v in result.verified if v[0] == "part_le_whole"]


RUN_OF_QUARTERS = ("Doanh thu bán lẻ lũy kế 9 tháng đạt 24.600 tỷ đồng (quý I: 7.900 tỷ đồng; quý II: {q2} tỷ đồng; "
                   "quý III: 8.500 tỷ đồng), tăng 9,8% so với cùng kỳ.")


def test_quarters_covering_the_run_of_months_add_up_to_it():
    assert lint_text(RUN_OF_QUARTERS.format(q2="8.200"), "vi").diagnostics == ()
    text = RUN_OF_QUARTERS.format(q2="8.020")
    (d,) = lint_text(text, "vi").diagnostics
    assert (d.code, text[d.span.start:d.span.end], d.message) == (
        "S001", "24.600", "ghi tổng 24.600, nhưng các phần cộng lại được 24.420")


@pytest.mark.parametrize("text", [
    # two quarters do not cover nine months: some of them only
    "Doanh thu bán lẻ lũy kế 9 tháng đạt 24.600 tỷ đồng (quý I: 7.900 tỷ đồng; quý II: 8.020 tỷ đồng).",
    # a gap: the first and the third quarter
    "Doanh thu bán lẻ lũy kế 9 tháng đạt 24.600 tỷ đồng (quý I: 7.900 tỷ đồng; quý III: 8.020 tỷ đồng).",
    # a level at each quarter's end does not add up over them
    "Dư nợ tín dụng 6 tháng đạt 36.870 tỷ đồng (quý I: 35.940 tỷ đồng; quý II: 36.870 tỷ đồng).",
])
def test_sub_periods_that_do_not_cover_the_run_or_are_levels_are_no_sum(text):
    assert [d.code for d in lint_text(text, "vi").diagnostics if d.code == "S001"] == []

"""Where sentences end: the scope inside which most figures relate."""
from __future__ import annotations

import pytest

from linter.figures.segment import segment, unwrap
from linter.run.engine import lint_text


def _sentences(text: str) -> list[str]:
    """The sentences as the analysis reads them (hard-wrapped lines joined), each as written."""
    return [text[s.start:s.end].strip() for s in segment(unwrap(text)).sentences]


@pytest.mark.parametrize("text, expected", [
    # an acronym of three or more capitals (a currency, an index) ends its sentence like any word
    ("Xuất khẩu đạt 12 tỷ USD. Nhập khẩu đạt 9,5 tỷ USD.", ["Xuất khẩu đạt 12 tỷ USD.", "Nhập khẩu đạt 9,5 tỷ USD."]),
    ("Growth was driven by FDI. Exports rose 5%.", ["Growth was driven by FDI.", "Exports rose 5%."]),
    ("Tăng trưởng GRDP. Đây là mức cao nhất.", ["Tăng trưởng GRDP.", "Đây là mức cao nhất."]),
    # one or two capitals before a full stop are an abbreviation or an initial
    ("Tại TP. Hồ Chí Minh có 120 dự án.", ["Tại TP. Hồ Chí Minh có 120 dự án."]),
    ("The report by J. Smith lists 12 cases.", ["The report by J. Smith lists 12 cases."]),
    ("The U.S. Census counted 331 million people.", ["The U.S. Census counted 331 million people."]),
    ("PGS. Nguyễn Văn A chủ trì 3 đề tài.", ["PGS. Nguyễn Văn A chủ trì 3 đề tài."]),
])
def test_sentence_ends(text, expected):
    assert _sentences(text) == expected


def _found(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(d.code, text[d.span.start:d.span.end], d.message) for d in lint_text(text, lang).diagnostics]


def test_a_breakdown_after_a_sentence_ending_in_a_currency_code_reads_that_sentence_as_its_whole():
    ok = "Tổng kim ngạch xuất khẩu đạt 12 tỷ USD. Trong các mặt hàng xuất khẩu, điện tử đạt 5,1 tỷ USD, dệt may 2,3 tỷ USD."
    assert _found(ok, "vi") == []
    slip = ok.replace("5,1 tỷ", "15,1 tỷ")
    assert _found(slip, "vi") == [("S002", "15,1", "phần 15,1 lớn hơn tổng thể 12")]


@pytest.mark.parametrize("text, expected", [
    # a hard-wrapped paragraph: the line breaks inside its sentences are spaces
    ("The county counted 2,140 households, of which\n1,310 were poor and 930 were near-poor.",
     ["The county counted 2,140 households, of which\n1,310 were poor and 930 were near-poor."]),
    ("Huyện có 2.140 hộ, trong đó 1.310 hộ nghèo\nvà 830 hộ cận nghèo. Năm nay\ntỉnh hỗ trợ 120 hộ.",
     ["Huyện có 2.140 hộ, trong đó 1.310 hộ nghèo\nvà 830 hộ cận nghèo.", "Năm nay\ntỉnh hỗ trợ 120 hộ."]),
    # a clause mark, an abbreviation's full stop, an acronym at a long line's end: the sentence goes on
    ("Toàn tỉnh đã giải quyết 7.903 vụ việc, đạt tỷ lệ 93,79%;\ncòn tồn 523 vụ việc.",
     ["Toàn tỉnh đã giải quyết 7.903 vụ việc, đạt tỷ lệ 93,79%;\ncòn tồn 523 vụ việc."]),
    ("The busiest day was Dec.\n21, with 71,300 travelers.", ["The busiest day was Dec.\n21, with 71,300 travelers."]),
    # a heading keeps its line: a capital word then a figure, a Markdown heading, a list item, a table row
    ("Kết quả năm 2024\n1.250 hộ thoát nghèo.", ["Kết quả năm 2024", "1.250 hộ thoát nghèo."]),
    ("# Results by county\nhouseholds counted: 2,140.", ["# Results by county", "households counted: 2,140."]),
    ("Revenue by segment\n- retail 450\n- online 200", ["Revenue by segment", "- retail 450", "- online 200"]),
    ("| County | Households |\n| north | 2,140 |", ["| County | Households |", "| north | 2,140 |"]),
    ("Thu nội địa\t7.120\t55,6\nthu khác\t1.330\t41,6", ["Thu nội địa\t7.120\t55,6", "thu khác\t1.330\t41,6"]),
    ("north     2,140     1,310\nsouth     1,200     800", ["north     2,140     1,310", "south     1,200     800"]),
    ("Kết quả thực hiện\na) thu ngân sách đạt 8.450 tỷ đồng", ["Kết quả thực hiện", "a) thu ngân sách đạt 8.450 tỷ đồng"]),
    ("Items counted:\n1,310 poor households", ["Items counted:", "1,310 poor households"]),
    ("Revenue rose 4%.\n2,140 households were counted.", ["Revenue rose 4%.", "2,140 households were counted."]),
    ("Thu ngân sách đạt 8.450 tỷ đồng;\n2. Chi ngân sách", ["Thu ngân sách đạt 8.450 tỷ đồng;", "2.", "Chi ngân sách"]),
])
def test_hard_wrapped_lines(text, expected):
    assert _sentences(text) == [e.strip() for e in expected]


def test_a_breakdown_wrapped_over_two_lines_is_checked():
    ok = "The county counted 2,240 households, of which\n1,310 were poor and 930 were near-poor."
    assert _found(ok, "en") == []
    assert _found(ok.replace("2,240", "2,140"), "en") == [("S001", "2,140", "stated total 2,140, the parts add up to 2,240")]


def test_a_figure_and_its_scale_word_split_over_two_lines_are_one_figure():
    text = "Tổng thu đạt 5,32\nnghìn tỷ đồng, trong đó thu nội địa 4,1 nghìn tỷ đồng và thu khác 1,22\nnghìn tỷ đồng."
    assert _found(text, "vi") == []
    assert _found(text.replace("4,1 nghìn", "4,3 nghìn"), "vi") == [("S001", "5,32", "ghi tổng 5,32, nhưng các phần cộng lại được 5,52")]


def _file_findings(tmp_path, name: str, text: str) -> list[tuple[str, str]]:
    from linter.run.engine import lint_file

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(d.code, d.message) for d in lint_file(str(path)).diagnostics]


WEEKDAY = "Đà Nẵng, ngày 30 tháng 12 năm 2025\n\nNăm 2024, hội nghị thường niên của các đơn vị được tổ chức vào thứ\nNăm, ngày 4/1/2024.\n"


def test_a_paragraph_goes_on_over_a_line_starting_with_a_capital(tmp_path):
    # the weekday cut from its date by the wrap: read apart, "Năm, ngày 4/1/2024" lost its "thứ"
    assert _file_findings(tmp_path, "a.md", WEEKDAY) == []  # Markdown: a paragraph's lines are one
    assert _file_findings(tmp_path, "a.txt", WEEKDAY) == []  # plain text: a long line cut after a word
    slip = WEEKDAY.replace("thứ\nNăm", "thứ\nSáu")
    assert _file_findings(tmp_path, "b.md", slip) == _file_findings(tmp_path, "b.txt", slip) == [
        ("D002", "4/1/2024 là Thứ Năm, không phải thứ Sáu")]


def test_a_markdown_hard_break_keeps_its_line(tmp_path):
    # two spaces before the break: the writer broke the line, the address is no part of the count
    text = "Ban Quản lý dự án số 3  \n14 Trần Phú, Hà Nội đã nghiệm thu 12 hạng mục.\n"
    assert _file_findings(tmp_path, "c.md", text) == []


def test_html_source_lines_inside_a_paragraph_are_one_sentence(tmp_path):
    ok = "<p>The county counted 2,240 households,\nof which 1,310 were poor\nand 930 were near-poor.</p>"
    assert _file_findings(tmp_path, "ok.html", ok) == []
    assert _file_findings(tmp_path, "slip.html", ok.replace("2,240", "2,140")) == [("S001", "stated total 2,140, the parts add up to 2,240")]


def test_a_long_heading_keeps_its_line_in_a_text_of_one_line_per_paragraph():
    heading = "Kết quả thực hiện các chỉ tiêu kinh tế - xã hội chủ yếu của huyện trong năm"
    body = ("Tổng giá trị sản xuất trên địa bàn ước đạt 12.450 tỷ đồng, tăng 8,2% so với cùng kỳ, trong đó nông nghiệp "
            "3.120 tỷ đồng, công nghiệp - xây dựng 5.630 tỷ đồng, dịch vụ 3.700 tỷ đồng.")
    text = heading + "\n" + body + "\n" + body.replace("12.450", "12.451").replace("3.700", "3.701") + "\n"
    assert _sentences(text)[0] == heading  # lines longer than a hard wrap's: each line is a paragraph


def test_a_long_line_ending_in_an_acronym_goes_on_in_a_text_cut_at_a_width():
    text = ("Gói thầu số 5 thuộc dự án đường tỉnh có giá gói thầu 126,84 tỷ đồng. Có 4 nhà\n"
            "thầu dự thầu. Liên danh Công ty CP Xây dựng Miền Trung - Công ty TNHH\n"
            "Hồng Phát trúng thầu với giá 118,52 tỷ đồng, tiết kiệm 8,32 tỷ đồng so\n"
            "với giá gói thầu. Thời gian thực hiện hợp đồng là 540 ngày kể từ ngày ký.\n")
    assert any(s.startswith("Liên danh") and "Hồng Phát trúng thầu" in s for s in _sentences(text))

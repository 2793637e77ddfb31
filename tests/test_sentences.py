"""Where sentences end: the scope inside which most figures relate."""
from __future__ import annotations

import pytest

from linter.figures.segment import segment
from linter.run.engine import lint_text


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end].strip() for s in segment(text).sentences]


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
    # a heading keeps its line: a capital word then a figure, a Markdown heading, a list item, a table row
    ("Kết quả năm 2024\n1.250 hộ thoát nghèo.", ["Kết quả năm 2024", "1.250 hộ thoát nghèo."]),
    ("# Results by county\nhouseholds counted: 2,140.", ["# Results by county", "households counted: 2,140."]),
    ("Revenue by segment\n- retail 450\n- online 200", ["Revenue by segment", "- retail 450", "- online 200"]),
    ("| County | Households |\n| north | 2,140 |", ["| County | Households |", "| north | 2,140 |"]),
    ("Items counted:\n1,310 poor households", ["Items counted:", "1,310 poor households"]),
])
def test_hard_wrapped_lines(text, expected):
    assert _sentences(text) == [e.strip() for e in expected]


def test_a_breakdown_wrapped_over_two_lines_is_checked():
    ok = "The county counted 2,240 households, of which\n1,310 were poor and 930 were near-poor."
    assert _found(ok, "en") == []
    assert _found(ok.replace("2,240", "2,140"), "en") == [("S001", "2,140", "stated total 2,140, the parts add up to 2,240")]

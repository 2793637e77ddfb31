"""N003: a figure whose grouping is broken ('$100,174,00') has lost a digit; other dotted and commaed shapes are no figures."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text


def test_a_short_last_group_is_reported_on_that_figure():
    text = "The county spent $58,204,117 this year, $1.9 million more than last year's $56,304,11."
    (d,) = lint_text(text, "en").diagnostics
    assert (d.code, text[d.span.start:d.span.end]) == ("N003", "56,304,11")
    assert d.message == "56,304,11 is not a well-formed figure: the group after its last ',' has 2 digits, not three"
    assert lint_text(text.replace("56,304,11", "56,304,117"), "en").diagnostics == ()


def test_vietnamese_grouping_with_dots_is_read_the_same_way():
    text = "Tổng vốn đầu tư là 12.133.500 đồng, trong đó vốn ngân sách 8.000.000 đồng."
    assert lint_text(text, "vi").diagnostics == ()
    (d,) = lint_text(text.replace("12.133.500", "12.133.50"), "vi").diagnostics
    assert (d.code, text.replace("12.133.500", "12.133.50")[d.span.start:d.span.end]) == ("N003", "12.133.50")
    assert d.message == "12.133.50 không phải là số viết đúng: nhóm sau dấu '.' cuối cùng có 2 chữ số, không phải ba"


@pytest.mark.parametrize("text, lang", [
    ("Call 091.234.56 for details.", "vi"),  # a telephone number: leading zero
    ("Gửi về địa chỉ 192.168.1.1 trước ngày 15.10.2024.", "vi"),  # an address and a date
    ("Sections 1,2,3 apply; the total is 1,234,567.89 dollars.", "en"),  # a list and a decimal figure
    ("The file is version 2.101.12 of the release.", "en"),  # '.' is a decimal mark in English: no grouping
    ("Results: 12,500,000 votes, 3,204,118 of them by mail.", "en"),  # well formed
])
def test_shapes_that_are_no_broken_figures_are_left_alone(text, lang):
    assert not any(d.code == "N003" for d in lint_text(text, lang).diagnostics)

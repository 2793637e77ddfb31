"""A total, a colon ending its line, then bulleted lines: each line is an item of its breakdown."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

CASES = {
    "vi": ("Tổng số đảng viên là 1.248 người, cụ thể như sau:\n- Nam: 800 người\n- Nữ: 448 người", "1.248", "1.245",
           "ghi tổng 1.245, nhưng các phần cộng lại được 1.248", "800 + 448 = 1.248, stated 1.248"),
    "en": ("The district enrolls 1,248 students, broken down as follows:\n- 800 students in elementary schools\n"
           "- 448 students in middle schools", "1,248", "1,245", "stated total 1,245, the parts add up to 1,248",
           "800 + 448 = 1,248, stated 1,248"),
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_bulleted_lines_after_a_colon_add_up_to_the_total(lang):
    text, total, altered, message, verified = CASES[lang]
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    assert ("sum", "consistent", verified) in result.verified
    wrong = text.replace(total, altered)
    (d,) = lint_text(wrong, lang).diagnostics
    assert (d.code, d.message) == ("S001", message)
    assert wrong[d.span.start:d.span.end] == altered


def test_a_rate_per_a_sum_is_no_total_of_the_bullets():
    text = ("The tax rate has been set at $0.512349 per $100 of assessed property value, which breaks down into:\n"
            "- $0.301200 for debt service\n- $0.211149 for operations and maintenance")
    result = lint_text(text, "en")
    assert result.diagnostics == ()
    assert ("sum", "consistent", "0.301200 + 0.211149 = 0.512349, stated 0.512349") in result.verified
    (d,) = lint_text(text.replace("0.512349", "0.512346"), "en").diagnostics
    assert (d.code, d.message) == ("S001", "stated total 0.512346, the parts add up to 0.512349")


@pytest.mark.parametrize("text, lang", [
    ("Số đảng viên của huyện đến nay là 1.250 người, cụ thể như sau:\n- Năm 2022: 1.200 người\n- Năm 2023: 1.245 người", "vi"),  # levels of years
    ("The district enrolls 1,245 students. Highlights for the year:\n- 800 students joined sports clubs\n"
     "- 448 students took music lessons", "en"),  # a colon far from the total
    ("Tổng số đảng viên là 1.245 người. Các chỉ tiêu chính như sau:\n- Kết nạp mới: 800 người\n- Chuyển đến: 448 người", "vi"),
])
def test_bullets_that_break_down_no_total_are_left_alone(text, lang):
    assert lint_text(text, lang).diagnostics == ()

"""A value said to be some percent above or below another value of its sentence, with a verb between."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

CASES = [
    ("The $518,000 paid last year is {p} higher than the $478,000 of 2021.", "8.4%", "9.4%", "8.4%"),
    ("The 1,450 patients seen this year were {p} more than the 1,188 patients of 2022.", "22%", "25%", "22.1%"),
    ("The 960 homes sold in May were {p} fewer than the 1,200 homes sold a year before.", "20%", "18%", "-20.0%"),
]


@pytest.mark.parametrize("text, right, wrong, computed", CASES)
def test_a_value_above_another_by_a_percentage_is_checked(text, right, wrong, computed):
    good = lint_text(text.format(p=right), "en")
    assert not good.diagnostics
    assert [v[1] for v in good.verified if v[0] == "change_pct"] == ["consistent"]
    bad_text = text.format(p=wrong)
    (d,) = lint_text(bad_text, "en").diagnostics
    assert d.code == "C002"
    assert bad_text[d.span.start:d.span.end].endswith(wrong)
    assert f"stated change {wrong}" in d.message and computed.lstrip("-") in d.message


@pytest.mark.parametrize("text", [
    # another measure of the first figure's things is compared
    "The 1,200 students' average score was 15% higher than the 1,000 students of 2020.",
    "The 1,200 students of the new campus were 15% more likely to graduate than the 1,000 students of 2020.",
    # a count against an amount
    "The 1,200 students this year were 15% more than the $1,000 raised in 2020.",
    # a hedged percentage
    "The 1,200 students this year were about 15% more than the 1,000 students of 2020.",
    # too many words between the value and its verb: its subject is not the value
    "The 1,200 students who enrolled at the two rural campuses this fall were 15% more than the 1,000 students of 2020.",
])
def test_no_comparison_of_the_two_values_no_link(text):
    result = lint_text(text, "en")
    assert [d.code for d in result.diagnostics if d.code == "C002"] == []
    assert not [v for v in result.verified if v[0] == "change_pct"]

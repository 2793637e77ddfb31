"""Report shapes of recall on unseen text: a breakdown whose item carries its own breakdown in parentheses."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

NESTED = {
    "vi": "Toàn huyện có 340 tổ chức cơ sở đảng, trong đó có 200 đảng bộ cơ sở (12 đảng bộ bộ phận và "
          "1.450 chi bộ trực thuộc) và 140 chi bộ cơ sở, với 21.300 đảng viên.",
    "en": "The county runs 340 schools, of which 200 are primary schools (12 rural annexes and 45 satellite "
          "campuses) and 140 are secondary schools.",
}
NESTED_MESSAGES = {"vi": "ghi tổng 350, nhưng các phần cộng lại được 340", "en": "stated total 350, the parts add up to 340"}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_parenthesis_inside_an_item_breaks_down_that_item_not_the_list(lang):
    result = lint_text(NESTED[lang], lang)
    assert result.diagnostics == ()
    assert ("sum", "consistent", "200 + 140 = 340, stated 340") in result.verified


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_mistyped_total_beside_a_nested_parenthesis_is_reported_once(lang):
    text = NESTED[lang].replace("340", "350", 1)
    (d,) = lint_text(text, lang).diagnostics
    assert (d.code, d.message) == ("S001", NESTED_MESSAGES[lang])
    assert text[d.span.start:d.span.end] == "350"


def test_the_figures_inside_the_nested_parenthesis_are_no_parts_of_the_outer_total():
    text = "Huyện có 42 tổ chức cơ sở đảng, gồm 20 đảng bộ (5 đảng bộ bộ phận, 61 chi bộ) và 22 chi bộ cơ sở."
    result = lint_text(text, "vi")
    assert result.diagnostics == ()
    assert ("sum", "consistent", "20 + 22 = 42, stated 42") in result.verified
    (d,) = lint_text(text.replace("22 chi bộ cơ sở", "25 chi bộ cơ sở"), "vi").diagnostics
    assert (d.code, d.message) == ("S001", "ghi tổng 42, nhưng các phần cộng lại được 45")

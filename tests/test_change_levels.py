"""A change and its percentage whose later value is the level the sentence before gives its subject."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

WAGES = ("In May, average hourly pay for all workers rose by 3 cents to $31.40, after a 5 cent gain in April. "
         "Over the year, average hourly pay has risen by 95 cents, or {pct}.")
PAYROLL = "The county payroll grew to 4,120 workers in May. Over the year, the county payroll has grown by 120 workers, or {pct}."


@pytest.mark.parametrize("text", [WAGES.format(pct="3.1%"), PAYROLL.format(pct="3.0%")])
def test_the_change_of_a_level_given_the_sentence_before_is_consistent(text):
    result = lint_text(text, "en")
    assert not result.diagnostics
    assert any(v[0] == "change_pct" and v[1] == "consistent" for v in result.verified)  # linked and verified, not merely silent


@pytest.mark.parametrize("text, stated, computed", [
    (WAGES.format(pct="3.9%"), "3.9%", "3.1%"),
    (PAYROLL.format(pct="3.8%"), "3.8%", "3.0%"),
])
def test_a_wrong_percentage_of_such_a_change_is_reported_once_on_it(text, stated, computed):
    (d,) = lint_text(text, "en").diagnostics
    assert d.code == "C002"
    assert text[d.span.start:d.span.end].endswith(stated)
    assert stated in d.message and computed in d.message


@pytest.mark.parametrize("text", [
    # the level is of another subject
    "In May, the average workweek held at 34.3 hours. Over the year, average hourly pay has risen by 95 cents, or 3.9%.",
    # two levels the subject could have reached
    "In May, average hourly pay rose to $31.40 and weekly pay rose to $1,077.02. Over the year, average hourly pay has risen by 95 cents, or 3.9%.",
    # the level is in another paragraph
    "The county payroll grew to 4,120 workers in May.\n\nOver the year, the county payroll has grown by 120 workers, or 3.8%.",
    # the amount counts something else than the level
    "The county payroll grew to 4,120 workers in May. Over the year, the county payroll has grown by 120 contracts, or 3.8%.",
    # the change's sentence gives its own later value
    "The county payroll grew to 4,120 workers in May. Since 2019 the county payroll has grown by 120 workers, or 3.8%, to 3,300.",
    # a level held, not reached: no 'to' before it
    "The county payroll was 4,120 workers in May. Over the year, the county payroll has grown by 120 workers, or 3.8%.",
    # only one word of the subject recurs
    "The county payroll grew to 4,120 workers in May. Over the year, the state payroll has grown by 120 workers, or 3.8%.",
])
def test_no_level_of_the_same_subject_no_link(text):
    result = lint_text(text, "en")
    assert [d.code for d in result.diagnostics if d.code == "C002"] == []


def test_a_percentage_of_its_own_amount_is_not_the_change_of_the_paragraphs_pair():
    # the amount is in dollars written out, so it is not linked to the level; its percentage is its own
    text = ("In June, average weekly pay rose by $4.10 to $1,190.50. "
            "Over the year, average hourly pay has risen by 1.20 dollars, or 3.9%.")
    assert lint_text(text, "en").diagnostics == ()
    # a percentage with no amount of its own is still the paragraph's pair's
    text = "In June, average weekly pay rose by $4.10 to $1,190.50. Over the month, average weekly pay grew 0.3%."
    (d,) = lint_text(text.replace("0.3%", "1.9%"), "en").diagnostics
    assert d.code == "C002" and d.stated == "1.9%"
    assert lint_text(text, "en").diagnostics == ()


DOLLARS = ("Average weekly pay rose by 12 cents to $30.12 in June. Over the year, average weekly pay has risen by $1.12, or {pct}.")


def test_an_amount_after_risen_by_is_a_change_not_a_part_of_the_level():
    """'has risen by $1.12, or 3.9%': the percentage is of the base ($29.00), not a share of $30.12."""
    result = lint_text(DOLLARS.format(pct="3.9%"), "en")
    assert result.diagnostics == ()
    assert not any(v[0] == "percent" for v in result.verified)
    text = DOLLARS.format(pct="4.9%")
    (d,) = lint_text(text, "en").diagnostics
    assert (d.code, d.message, text[d.span.start:d.span.end]) == ("C002", "stated change 4.9%, computed 3.9%", "4.9%")

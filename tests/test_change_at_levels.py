"""A change stated first, then its later level after 'at' and its base after 'compared to <period> at'."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

AT_LEVEL = "Evening enrollment went up 4 percent at 2,111.20 compared to last year at 2,030.00."


@pytest.mark.parametrize("text", [AT_LEVEL, AT_LEVEL.replace(" compared", ", compared"),
                                  AT_LEVEL.replace("compared to last year at", "compared with a year earlier at")])
def test_a_change_at_its_level_compared_to_an_earlier_period_at_its_base_is_checked(text):
    result = lint_text(text, "en")
    assert result.diagnostics == ()
    assert ("change_pct", "consistent", "(2,111.20 − 2,030.00) / 2,030.00 = 4%, stated 4 percent") in result.verified
    altered = text.replace("4 percent", "8 percent")
    (d,) = lint_text(altered, "en").diagnostics
    assert (d.code, d.message) == ("C002", "stated change 8 percent, computed 4.0%")
    assert altered[d.span.start:d.span.end] == "8 percent"


@pytest.mark.parametrize("text", [
    "Total enrollment went up 8 percent; the main campus stood at 2,111 compared to last year at 2,030.",  # another clause
    "Graduate enrollment went up 8 percent at the downtown campus, while undergraduate credit hours stood at 2,111 "
    "compared to last year at 2,030.",  # another subject
    "Tuition went up 8 percent at 2,111 dollars compared to last year at 2,030 euros.",  # other units
    "Sales rose 8 percent at 12 stores compared to last year at 14 stores.",  # where, not the level
])
def test_a_change_not_of_the_pair_after_it_is_not_judged_against_it(text):
    assert lint_text(text, "en").diagnostics == ()


QUALIFIED = ("In March, average water bills increased by £63 a year after the regulator raised the cap from £1,245 "
             "for a typical metered home in Kent, Surrey and Sussex to £1,308.")


def test_a_longer_qualifier_between_two_sums_of_one_currency_keeps_the_pair():
    result = lint_text(QUALIFIED, "en")
    assert result.diagnostics == ()
    assert ("diff", "consistent", "1,308 − 1,245 = 63, stated 63") in result.verified
    altered = QUALIFIED.replace("£63", "£68")
    (d,) = lint_text(altered, "en").diagnostics
    assert (d.code, d.message) == ("C001", "stated difference 68, computed 63")
    assert altered[d.span.start:d.span.end] == "68"


@pytest.mark.parametrize("text", [
    "In March, bills rose by £68 from £1,245 a year ago, due to £1,308 of new charges.",  # 'due to'
    "The fund grew by £68 from £1,245 paid by each member in April, according to £1,308 of records.",  # 'according to'
    "Bills rose by £68 from £1,245 for a typical home to 1,308 customers.",  # not a sum of the same currency
])
def test_a_to_that_gives_no_later_sum_makes_no_pair(text):
    assert lint_text(text, "en").diagnostics == ()

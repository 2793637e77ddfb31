"""A change stated first, then its later level after 'at' and its base after 'compared to <period> at'."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

AT_LEVEL = "Full-time enrollment went up 5 percent at 1,522.07 compared to last year at 1,446.87."


@pytest.mark.parametrize("text", [AT_LEVEL, AT_LEVEL.replace(" compared", ", compared"),
                                  AT_LEVEL.replace("compared to last year at", "compared with a year earlier at")])
def test_a_change_at_its_level_compared_to_an_earlier_period_at_its_base_is_checked(text):
    result = lint_text(text, "en")
    assert result.diagnostics == ()
    assert ("change_pct", "consistent", "(1,522.07 − 1,446.87) / 1,446.87 = 5%, stated 5 percent") in result.verified
    altered = text.replace("5 percent", "8 percent")
    (d,) = lint_text(altered, "en").diagnostics
    assert (d.code, d.message) == ("C002", "stated change 8 percent, computed 5.2%")
    assert altered[d.span.start:d.span.end] == "8 percent"


@pytest.mark.parametrize("text", [
    "Total enrollment went up 8 percent; the main campus stood at 1,522 compared to last year at 1,446.",  # another clause
    "Graduate enrollment went up 8 percent at the downtown campus, while undergraduate credit hours stood at 1,522 "
    "compared to last year at 1,446.",  # another subject
    "Tuition went up 8 percent at 1,522 dollars compared to last year at 1,446 euros.",  # other units
    "Sales rose 8 percent at 12 stores compared to last year at 14 stores.",  # where, not the level
])
def test_a_change_not_of_the_pair_after_it_is_not_judged_against_it(text):
    assert lint_text(text, "en").diagnostics == ()

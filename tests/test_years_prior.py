"""A year and the count of years it lies before the paragraph's own year."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

CRIME = ("Reported burglaries in 2022 numbered 840. The city recorded 60 more burglaries than in 2021. "
         "Compared to 2016, just {n} years prior, burglaries were down 30%.")


def test_the_count_of_years_prior_is_checked_against_the_paragraphs_year():
    result = lint_text(CRIME.format(n="6"), "en")
    assert result.diagnostics == ()
    assert ("diff", "consistent", "2022 − 2016 = 6, stated 6") in result.verified
    text = CRIME.format(n="8")
    (d,) = lint_text(text, "en").diagnostics
    assert (d.code, d.message, d.arithmetic) == ("C001", "stated difference 8, computed 6", "2022 − 2016 = 6 ≠ 8")
    assert text[d.span.start:d.span.end] == "8"


@pytest.mark.parametrize("text", [
    # 'ago' counts from the day of writing, which the text does not give
    "Reported burglaries in 2022 numbered 840. Compared to 2016, some 9 years ago, burglaries were down 30%.",
    # the paragraph's first sentence names no year
    "Reported burglaries numbered 840. In 2022 the city changed its count. Compared to 2016, just 9 years prior, burglaries fell.",
    # two years in the first sentence: which is the paragraph's is not said
    "Reported burglaries in 2022 numbered 840, and 2024 will see more. Compared to 2016, just 9 years prior, burglaries fell.",
    # a later year than the first sentence's is named before the count
    "Reported burglaries in 2022 numbered 840. Officials expect more in 2024. Compared to 2016, just 9 years prior, burglaries fell.",
    # the year counted from is later than the paragraph's
    "Reported burglaries in 2022 numbered 840. Compared to 2023, just 9 years prior, burglaries fell.",
])
def test_years_prior_near_misses_are_silent(text):
    assert not any(d.code == "C001" for d in lint_text(text, "en").diagnostics)

"""A day written without its year takes the year of the latest school term the text names."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

TERM = ("College officials said on {day}, Oct. 3 that enrollment for the fall semester set a record.\n\n"
        "A total of 2,410 students are enrolled for the fall 2023 semester, up from 2,300 in the fall 2022 semester.")


def test_a_day_in_the_latest_term_is_read_in_its_year():
    result = lint_text(TERM.format(day="Tuesday"), "en")  # 3 October 2023 was a Tuesday
    assert result.diagnostics == ()
    assert any(v[0] == "weekday" and v[1] == "consistent" for v in result.verified)
    text = TERM.format(day="Wednesday")
    (d,) = lint_text(text, "en").diagnostics
    assert (d.code, d.message, text[d.span.start:d.span.end]) == ("D002", "Oct. 3 is a Tuesday, not a Wednesday", "Wednesday")


@pytest.mark.parametrize("text", [
    # the day lies outside the term's months: which year is not said
    TERM.format(day="Monday").replace("Oct. 3", "Feb. 6"),
    # the sentence says the day is of another year
    "Last year, officials said on Monday, Oct. 3 that enrollment rose. Enrollment for the fall 2023 semester is 2,410.",
    # no term named with a year
    "College officials said on Monday, Oct. 3 that enrollment for the fall semester set a record.",
    # a spring and a fall term of the latest year: June lies in neither
    "Officials spoke on Monday, June 20. The spring 2023 and fall 2023 terms both grew.",
])
def test_a_day_outside_the_latest_term_is_not_given_its_year(text):
    assert not any(d.code == "D002" for d in lint_text(text, "en").diagnostics)


def test_a_season_without_a_term_noun_gives_no_year():
    """'since the fall of 2008' names a season, not the term a report is about."""
    text = "The market has not been this weak since the fall of 2008. On Wednesday, Oct. 4, the index dropped."
    assert not any(d.code == "D002" for d in lint_text(text, "en").diagnostics)

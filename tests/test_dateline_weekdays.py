"""A weekday beside a date written without its year, the year read from the document's dateline."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

CASES = [
    ("en", "September 19, 2017\nThe board released the results on Thursday, September 14. Turnout rose.",
     "Thursday", "Friday", "September 14 is a Thursday, not a Friday", "2017-09-14 → Thursday"),
    ("en", "January 5, 2018\nThe board met on Thursday, December 28 and again on Tuesday, January 2.",
     "Thursday", "Friday", "December 28 is a Thursday, not a Friday", "2017-12-28 → Thursday"),
    ("vi", "Thứ Hai, 11/03/2024, 09:15\nChiều thứ Sáu 8.3, Sở Y tế đã họp với các bệnh viện trong tỉnh.",
     "thứ Sáu", "thứ Năm", "8.3 là Thứ Sáu, không phải thứ Năm", "2024-03-08 → Thứ Sáu"),
]


@pytest.mark.parametrize("lang, text, _a, _b, _m, _r", CASES)
def test_a_weekday_right_for_the_dateline_year_is_silent(lang, text, _a, _b, _m, _r):
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    assert any(kind == "weekday" and status == "consistent" for kind, status, _ in result.verified)


@pytest.mark.parametrize("lang, text, old, new, message, arithmetic", CASES)
def test_a_weekday_wrong_for_the_dateline_year_is_reported(lang, text, old, new, message, arithmetic):
    text = text.replace(old, new, 1)
    (d,) = lint_text(text, lang).diagnostics
    assert (d.code, text[d.span.start:d.span.end], d.message, d.arithmetic) == ("D002", new, message, arithmetic)


@pytest.mark.parametrize("lang, text", [
    ("en", "The board released the results on Friday, September 14. Turnout rose."),  # no dateline
    # a date told in a sentence is no dateline
    ("en", "Founded on May 1, 1990, the company has grown steadily over the decades since. It reported results on Friday, March 4."),
    # too far from the dateline for one year to be sure: 2017-11-30 is 72 days after it, 2016-11-30 293 days before
    ("en", "September 19, 2017\nThe hearing is set for Friday, November 30. The board agreed."),
])
def test_no_year_is_guessed(lang, text):
    assert lint_text(text, lang).diagnostics == ()

"""A change stated by a sentence whose subject is the figure told just before it ('This is a 2% increase from …')."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

CASES = [
    ("en", "A total of 2,244 pupils are enrolled this year. This is a 2% increase from 2,200 pupils in 2024.",
     "2%", "5%", "stated change 5%, computed 2.0%"),
    ("vi", "Năm 2023, toàn tỉnh có 1.250 hộ nghèo. Con số này giảm 8% so với năm 2022 (1.360 hộ).",
     "8%", "6%", "ghi mức thay đổi 6%, tính ra -8,1%"),
]


@pytest.mark.parametrize("lang, text, _o, _n, _m", CASES)
def test_a_change_of_the_figure_before_is_silent_when_it_holds(lang, text, _o, _n, _m):
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    assert any(kind == "change_pct" and status == "consistent" for kind, status, _ in result.verified)


@pytest.mark.parametrize("lang, text, old, new, message", CASES)
def test_a_change_of_the_figure_before_that_does_not_hold_is_reported(lang, text, old, new, message):
    text = text.replace(old, new)
    (d,) = lint_text(text, lang).diagnostics
    assert (d.code, text[d.span.start:d.span.end], d.message) == ("C002", new, message)


@pytest.mark.parametrize("lang, text", [
    # two counts before: which one 'This' is, is not known
    ("en", "The district has 2,244 undergraduates and 1,420 graduate students. This is a 9% increase from 2,200 students."),
    # no subject pointing back
    ("en", "A total of 2,244 undergraduates are enrolled. Graduate enrollment saw a 9% increase from 2,200 students."),
    # the sentence before tells money, the base counts people
    ("en", "Tuition revenue reached $2,244 million. This is a 9% increase from 2,200 students."),
])
def test_no_change_is_read_where_the_figure_before_is_not_known(lang, text):
    assert not any(d.code == "C002" for d in lint_text(text, lang).diagnostics)

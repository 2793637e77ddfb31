"""Percent changes listed after the pairs they are of, closed by 'respectively'."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

DROPS = ("Sales of new homes decreased from 3,240 to 2,916 and sales of older homes decreased from 1,500 to 1,200, "
         "drops of {a} percent and {b} percent, respectively.")
GAINS = "Exports rose from $3,240 million to $3,564 million and imports from $1,500 million to $1,800 million, up {a}% and {b}% respectively."


@pytest.mark.parametrize("text", [DROPS.format(a=10, b=20), GAINS.format(a=10, b=20)])
def test_each_listed_change_is_of_the_pair_of_its_rank(text):
    result = lint_text(text, "en")
    assert not result.diagnostics
    assert [v[1] for v in result.verified if v[0] == "change_pct"] == ["consistent", "consistent"]


@pytest.mark.parametrize("text, stated", [
    (DROPS.format(a=10, b=25), "25 percent"),
    (DROPS.format(a=12, b=20), "12 percent"),
    (GAINS.format(a=10, b=25), "25%"),
])
def test_a_wrong_listed_change_is_reported_once_on_it(text, stated):
    (d,) = lint_text(text, "en").diagnostics
    assert d.code == "C002"
    assert text[d.span.start:d.span.end].endswith(stated)
    assert f"stated change {stated}" in d.message


@pytest.mark.parametrize("text", [
    # shares, not changes, listed after the pairs
    "Sales rose from 3,240 to 3,564 and from 1,500 to 1,800; new and older homes made up 65% and 35% of sales, respectively.",
    # three pairs, two percentages
    "Sales fell from 3,240 to 2,916, from 1,500 to 1,200 and from 900 to 810, drops of 10 percent and 25 percent, respectively.",
    # changes of two rates: they may be meant in points
    "The jobless rate fell from 8.0% to 6.0% and the poverty rate from 5.0% to 4.0%, declines of 2% and 1%, respectively.",
    # the changes of another thing than the pairs
    "Sales fell from 3,240 to 2,916 and from 1,500 to 1,200, while prices rose 10 percent and 25 percent, respectively.",
    "Sales fell from 3,240 to 2,916 and from 1,500 to 1,200, while prices show increases of 10 percent and 25 percent, respectively.",
    # no 'respectively': which change is of which pair is not said
    "Sales fell from 3,240 to 2,916 and from 1,500 to 1,200, drops of 25 percent and 10 percent.",
])
def test_percentages_not_listed_as_the_pairs_changes_are_not_linked(text):
    result = lint_text(text, "en")
    assert [d.code for d in result.diagnostics if d.code == "C002"] == []
    assert not [v for v in result.verified if v[0] == "change_pct"]



def test_a_drop_of_a_percentage_is_no_difference_of_two_counts():
    # was: 'stated difference 10%, computed 120'; which pair each percentage is of is not said either
    assert lint_text("Home sales fell from 1,200 to 1,080, a drop of 10%.", "en").diagnostics == ()
    (d,) = lint_text("Home sales fell from 1,200 to 1,080, a drop of 130.", "en").diagnostics
    assert (d.code, d.stated) == ("C001", "130")


def test_two_changes_named_apart_before_respectively_report_no_difference_of_counts():
    text = ("Home sales fell from 1,200 to 1,080 in the north and rose from 800 to 880 in the south, "
            "a drop of 10% and a gain of 10%, respectively.")
    assert [d.code for d in lint_text(text, "en").diagnostics] == []

"""A change of a rate said per unit: its base after it, its level given earlier for the same rate."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

RATE = ("The board set the school tax rate at $1.2400 per $100 of assessed value on Monday. Members voted 5-2. "
        "The rate represents a {way} of ${d} per $100 from last year's rate of $1.3100.")


def test_a_rate_change_per_unit_is_checked_against_the_earlier_level():
    result = lint_text(RATE.format(way="decrease", d="0.0700"), "en")
    assert result.diagnostics == ()
    assert ("diff", "consistent", "1.3100 − 1.2400 = 0.0700, stated 0.0700") in result.verified
    text = RATE.format(way="decrease", d="0.0400")
    (d,) = lint_text(text, "en").diagnostics
    assert (d.code, d.message, d.arithmetic) == ("C001", "stated difference 0.0400, computed 0.0700", "1.3100 − 1.2400 = 0.0700 ≠ 0.0400")
    assert text[d.span.start:d.span.end] == "0.0400"


@pytest.mark.parametrize("text", [
    # the change says an increase, the level lies below the base: which is wrong is not known
    RATE.format(way="increase", d="0.0400"),
    # the level is said per another unit
    RATE.format(way="decrease", d="0.0400").replace("$1.2400 per $100", "$12.40 per $1,000"),
    # another rate named before: the words naming the rate do not recur
    "Water bills rose to $1.2400 per $100 gallons on Monday. The school tax represents a decrease of $0.0400 per $100 "
    "from last year's levy of $1.3100.",
    # two levels per the same unit before: which one is meant is not said
    "The city rate is $1.2400 per $100 and the county rate is $1.1000 per $100. The rate represents a decrease of $0.0400 "
    "per $100 from last year's rate of $1.3100.",
])
def test_per_unit_near_misses_are_silent(text):
    assert not any(d.code == "C001" for d in lint_text(text, "en").diagnostics)

"""A lede states a change between two periods; the next paragraph gives the pair with those periods."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

LEDE = ("Sales of existing single-family homes in the county dropped 12.0 percent in March compared to February, "
        "the realtors said.\n\n"
        "Single-family home sales fell from 1,500 in February to 1,320 in March. Condo sales fell from 800 to 700, "
        "a 12.5 percent drop.")


def test_the_lede_change_is_checked_against_the_pair_with_its_periods():
    result = lint_text(LEDE, "en")
    assert result.diagnostics == ()
    assert ("change_pct", "consistent", "(1,320 − 1,500) / 1,500 = -12.0%, stated 12.0 percent") in result.verified
    text = LEDE.replace("12.0 percent", "12.5 percent")
    (d,) = lint_text(text, "en").diagnostics
    assert (d.code, d.message) == ("C002", "stated change 12.5 percent, computed 12.0%")
    assert d.span.start < text.index("\n")  # on the lede's figure


@pytest.mark.parametrize("detail", [
    "Condo sales fell from 1,500 in February to 1,320 in March.",  # another thing, the same months
    "Single-family home sales fell from 1,500 in March 2022 to 1,320 in March.",  # another base period
    "Single-family home sales fell from 1,500 to 1,320.",  # no periods said
    "Single-family home sales fell from 1,500 in February to 1,320 in March, a 12.0 percent drop.",  # its own change
])
def test_a_pair_of_other_periods_or_things_takes_no_lede(detail):
    text = ("Sales of existing single-family homes in the county dropped 12.5 percent in March compared to February, "
            "the realtors said.\n\n" + detail)
    assert not any(d.code == "C002" and d.span.start < text.index("\n") for d in lint_text(text, "en").diagnostics)

"""A share beside the counts made and tried, written 'N-for-M' ('45.0 percent from 3-point range (18-for-40)')."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

GAME = ("The Hawks shot {a} from 3-point range (18-for-40) and made {b} of their free throws (16 of 20). "
        "Jordan Bell went 6-for-9 from long distance.")


def test_shares_beside_made_for_tried_are_checked_and_consistent():
    result = lint_text(GAME.format(a="45.0 percent", b="80 percent"), "en")
    assert result.diagnostics == ()
    assert ("percent", "consistent", "18 / 40 = 45.0%, stated 45.0 percent") in result.verified
    assert ("percent", "consistent", "16 / 20 = 80%, stated 80 percent") in result.verified  # its own fraction, not 18-for-40


@pytest.mark.parametrize("a,b,stated,computed", [
    ("48.0 percent", "80 percent", "48.0 percent", "45.0 percent"),
    ("45.0 percent", "70 percent", "70 percent", "80 percent"),
])
def test_a_wrong_share_beside_its_counts_is_reported_once(a, b, stated, computed):
    text = GAME.format(a=a, b=b)
    (d,) = lint_text(text, "en").diagnostics
    assert (d.code, d.message, text[d.span.start:d.span.end]) == ("P001", f"stated {stated}, computed {computed}", stated)


@pytest.mark.parametrize("text", [
    "Bell went 6-for-9 from long distance and scored 28 points.",  # no share: nothing to check
    "The Hawks led by 3 points (18-for-40 shooting) at the half.",  # a fraction in parentheses is no part of the 3
    "The club's record stands at 12-for-20 in road games, and 55 percent of its fans travel.",  # another whole
])
def test_made_for_tried_near_misses_are_silent(text):
    assert lint_text(text, "en").diagnostics == ()

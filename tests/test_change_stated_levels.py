"""A change and its base whose later value is the level an earlier sentence gives the same subject."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

RELEASE = ("Quarterly operating income of $31.2 million compares with $27.0 million a year ago. Net income for the quarter "
           "was $18.0 million. Excluding a one-time gain, net income would have been $17.1 million.\n"
           "On a sequential basis, operating income increased 4.0% from the $30.0 million reported last quarter while "
           "net income was up 12.5% from $16.0 million.")


def test_each_change_takes_the_level_stated_for_its_own_subject():
    result = lint_text(RELEASE, "en")
    assert result.diagnostics == ()
    assert ("change_pct", "consistent", "(31.2 − 30.0) / 30.0 = 4.0%, stated 4.0%") in result.verified
    assert ("change_pct", "consistent", "(18.0 − 16.0) / 16.0 = 12.5%, stated 12.5%") in result.verified  # not the 17.1 it would have been


@pytest.mark.parametrize("stated, altered, computed", [("4.0%", "4.6%", "4.0%"), ("12.5%", "15.2%", "12.5%")])
def test_a_mistyped_change_of_a_stated_level_is_reported_once(stated, altered, computed):
    text = RELEASE.replace(stated, altered)
    (d,) = lint_text(text, "en").diagnostics
    assert (d.code, d.message) == ("C002", f"stated change {altered}, computed {computed}")
    assert text[d.span.start:d.span.end] == altered


@pytest.mark.parametrize("level", [
    "Operating income for 2019 was $31.2 million.",  # another year
    "Operating income in Europe was $31.2 million.",  # a part: the change speaks of the whole
    "Operating income was projected at $31.2 million.",  # a projection
    "Excluding the charge, operating income would have been $31.2 million.",  # what it would have been
    "Operating income of $31.2 million and operating income of $33.0 million in the prior year were restated.",  # two levels
    "Operating income was up 4.0% in the first half.",  # a change, not a level
])
def test_no_level_is_taken_from_another_period_place_projection_or_change(level):
    text = level + " Operating income increased 4.6% from the $30.0 million reported last quarter."
    assert lint_text(text, "en").diagnostics == ()


def test_a_subgroup_of_the_subject_is_another_subject():
    text = ("Operating income of $31.2 million was a record. "
            "Operating income in Europe increased 4.6% from the $30.0 million reported last quarter.")
    assert lint_text(text, "en").diagnostics == ()


def test_a_change_with_its_later_value_in_its_sentence_keeps_it():
    text = "Operating income of $31.2 million was a record. Later, operating income rose 10.0% from $30.0 million to $33.0 million."
    result = lint_text(text, "en")
    assert result.diagnostics == ()
    assert ("change_pct", "consistent", "(33.0 − 30.0) / 30.0 = 10.0%, stated 10.0%") in result.verified

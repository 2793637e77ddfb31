"""Revisions summed up: the figure said to be higher or lower than previously reported."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

JOBS = ("Employers added 210,000 jobs in May. The change in employment for March was revised from +150,000 to +160,000, "
        "and the change for April was revised from +180,000 to +{april}. With these revisions, employment gains in March "
        "and April combined were {stated} than previously reported.")


@pytest.mark.parametrize("april,stated,arithmetic", [
    ("175,000", "5,000 higher", "335,000 − 330,000 = 5,000, stated 5,000"),
    ("150,000", "20,000 lower", "330,000 − 310,000 = 20,000, stated 20,000"),
])
def test_revisions_summed_up_are_checked(april, stated, arithmetic):
    result = lint_text(JOBS.format(april=april, stated=stated), "en")
    assert result.diagnostics == ()
    assert ("diff", "consistent", arithmetic) in result.verified


def test_a_wrong_sum_of_revisions_is_reported_once_on_it():
    text = JOBS.format(april="175,000", stated="8,000 higher")
    (d,) = lint_text(text, "en").diagnostics
    assert (d.code, d.message, d.arithmetic) == ("C001", "stated difference 8,000, computed 5,000", "335,000 − 330,000 = 5,000 ≠ 8,000")
    assert text[d.span.start:d.span.end] == "8,000"


def test_one_revision_is_its_own_difference():
    text = ("The change in employment for April was revised from +180,000 to +{v}. With this revision, employment in April "
            "was 12,000 higher than previously reported.")
    assert lint_text(text.format(v="192,000"), "en").diagnostics == ()
    (d,) = lint_text(text.format(v="195,000"), "en").diagnostics
    assert (d.code, d.message) == ("C001", "stated difference 12,000, computed 15,000")


@pytest.mark.parametrize("text", [
    # the revisions go down, the statement says higher: which figure is wrong is not known
    JOBS.format(april="150,000", stated="7,000 higher"),
    # another count in the statement's sentence
    JOBS.format(april="175,000", stated="9,000 higher").replace("combined were", "combined, out of 300,000 jobs, were"),
    # the sentence before gives more than revisions
    "Employers added 210,000 jobs in May, and the change for April was revised from +180,000 to +175,000. "
    "Gains were 9,000 higher than previously reported.",
])
def test_revision_near_misses_are_silent(text):
    assert not any(d.code == "C001" for d in lint_text(text, "en").diagnostics)

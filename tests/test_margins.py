"""Two candidates' shares written as a margin add up to at most 100%."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

CASES = [
    ("Anna Bell was elected to the council after a special election. Rep. Anna Bell won by a 62% to {b} margin.", "36%", "40%", "102%"),
    ("In the runoff vote, Bell beat Tom Reed 62 percent to {b}.", "36 percent", "41 percent", "103%"),
    ("The bond measure passed by a 55% to {b} margin among voters.", "45%", "47%", "102%"),
]


@pytest.mark.parametrize("text, right, wrong, total", CASES)
def test_a_margin_of_two_shares_of_one_vote_is_checked(text, right, wrong, total):
    good = lint_text(text.format(b=right), "en")
    assert not good.diagnostics
    assert [v[1] for v in good.verified if v[0] == "shares_total"] == ["consistent"]
    bad_text = text.format(b=wrong)
    (d,) = lint_text(bad_text, "en").diagnostics
    assert d.code == "P002"
    assert bad_text[d.span.start:d.span.end] == wrong
    assert total in d.message


@pytest.mark.parametrize("text", [
    # a range, not two candidates
    "Turnout ranged from 55% to 75% across the county's precincts in the election.",
    # returns, not shares of one vote
    "The fund beat the index 80% to 45% over the decade.",
    # the smaller share first
    "In the election, support for the levy rose from 45% to 62% among voters.",
    # rounding: 75.5% and 24.5% may be written 76% and 25%
    "In the special election, Bell won by a 76% to 25% margin.",
    # a margin with no vote said around it
    "Bell won by a 62% to 41% margin.",
])
def test_no_two_shares_of_one_vote_no_claim(text):
    result = lint_text(text, "en")
    assert not result.diagnostics
    assert not [v for v in result.verified if v[0] == "shares_total" and v[1] == "flagged"]


SHARES_BY_VERBS = "Results showed Lee winning 57 percent of the vote while Park garnered 43 percent in an unofficial count."


def test_two_candidates_shares_each_given_by_a_verb_are_of_one_vote():
    result = lint_text(SHARES_BY_VERBS, "en")
    assert result.diagnostics == ()
    assert ("shares_total", "consistent", "57% + 43% = 100%") in result.verified
    text = SHARES_BY_VERBS.replace("57 percent", "60 percent")
    (d,) = lint_text(text, "en").diagnostics
    assert (d.code, d.message) == ("P002", "the shares add up to 103%, not 100%")
    assert lint_text(SHARES_BY_VERBS.replace("57 percent", "52 percent"), "en").diagnostics == ()  # others may hold the rest


@pytest.mark.parametrize("text", [
    "Results showed Lee winning 60 percent of the vote while Park garnered 43 percent of the precincts.",  # another whole
    "Lee won 60 percent of the vote in 2018, and in 2022 Park took 43 percent.",  # another election
    "Lee won 60 percent of the vote while turnout reached 43 percent.",  # no candidate's share
])
def test_a_second_share_of_something_else_is_not_added(text):
    assert lint_text(text, "en").diagnostics == ()


RESULTS = ("Unofficial results in the race for the 3rd Ward seat:\n\n"
           "ROSA GRANT (D) 2,450 votes (70%)\n\nPAUL BAKER (R) 875 votes (25%)\n\nEVA STONE (G) 175 votes (5%)\n\n"
           "{sentence}")


def test_a_margin_restates_the_shares_of_the_results_it_sums_up():
    text = RESULTS.format(sentence="Grant won by a 70% to 25% margin.")
    result = lint_text(text, "en")
    assert result.diagnostics == ()
    assert ("percent", "consistent", "2,450 / 3,500 = 70%, stated 70%") in result.verified
    assert ("percent", "consistent", "875 / 3,500 = 25%, stated 25%") in result.verified


@pytest.mark.parametrize("sentence,stated,computed", [
    ("Grant won by a 73% to 25% margin.", "73%", "70%"),
    ("Grant won by a 70% to 22% margin.", "22%", "25%"),
])
def test_a_margin_that_does_not_restate_the_results_is_reported_once(sentence, stated, computed):
    text = RESULTS.format(sentence=sentence)
    (d,) = lint_text(text, "en").diagnostics
    assert (d.code, d.message) == ("P001", f"stated {stated}, computed {computed}")
    assert d.span.start > text.index(sentence) and text[d.span.start:d.span.end] == stated


@pytest.mark.parametrize("sentence", [
    "In the school board race, Dana Fox won by a 62% to 38% margin.",  # another contest: its winner is not on the list
    "The levy passed by a 58% to 42% margin.",  # no one named
])
def test_a_margin_of_another_contest_is_not_judged_by_these_results(sentence):
    assert lint_text(RESULTS.format(sentence=sentence), "en").diagnostics == ()


def test_a_tie_for_second_place_leaves_the_margin_alone():
    text = ("ROSA GRANT (D) 2,450 votes (70%)\n\nPAUL BAKER (R) 525 votes (15%)\n\nEVA STONE (G) 525 votes (15%)\n\n"
            "Grant won by a 70% to 18% margin.")
    assert not any(d.code == "P001" for d in lint_text(text, "en").diagnostics)

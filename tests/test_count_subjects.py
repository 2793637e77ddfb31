"""A count that is the subject of a verb ("1,800 attend", "1,150 work") counts the noun named before it,
so a subgroup said that way after "Of the …", "Of these," or "Among them" is held within its group."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text
from tests._both_ways import assert_part_within

CASES = [
    ("Of the 7,500 pupils in the district, {p} attend church schools.", "1,800", "18,000", "7,500"),
    ("The hospital employs 3,900 staff. Of these, {p} work night shifts.", "1,150", "11,500", "3,900"),
    ("A total of 2,960 students enrolled this fall. Among them were {p} living off campus.", "412", "4,120", "2,960"),
]


@pytest.mark.parametrize("text, ok, bad, whole", CASES)
def test_a_subgroup_said_with_a_verb_is_checked_against_its_group(text, ok, bad, whole):
    result = lint_text(text.format(p=ok), "en")
    assert result.diagnostics == ()
    assert ("part_le_whole", "consistent", f"{ok} ≤ {whole}") in result.verified


@pytest.mark.parametrize("text, ok, bad, whole", CASES)
def test_a_subgroup_said_with_a_verb_above_its_group_is_reported_once_on_it(text, ok, bad, whole):
    altered = text.format(p=bad)
    (d,) = lint_text(altered, "en").diagnostics
    assert d.code == "S002"
    assert altered[d.span.start:d.span.end] == bad
    assert d.message == f"the part {bad} exceeds its whole {whole}"


@pytest.mark.parametrize("text", [
    # another noun counted: parents are not pupils
    "Of the 7,500 pupils in the district, 9,400 parents attend the open days.",
    # a compound noun the verb list does not break: permits are not staff
    "The hospital employs 3,900 staff. It issued 4,100 work permits last year.",
])
def test_a_count_of_another_noun_stays_silent(text):
    result = lint_text(text, "en")
    assert result.diagnostics == ()
    assert not [v for v in result.verified if v[0] == "part_le_whole" and v[1] != "consistent"]


OPENERS = [
    ("The storm damaged 240 homes, among which {p} were rentals.", "35", "350", "240"),
    ("Out of 1,200 adults surveyed, {p} said they would vote.", "804", "8,040", "1,200"),
]


@pytest.mark.parametrize("text, ok, bad, whole", OPENERS)
def test_among_which_and_out_of_open_a_subgroup(text, ok, bad, whole):
    result = lint_text(text.format(p=ok), "en")
    assert result.diagnostics == ()
    assert ("part_le_whole", "consistent", f"{ok} ≤ {whole}") in result.verified
    altered = text.format(p=bad)
    (d,) = lint_text(altered, "en").diagnostics
    assert (d.code, altered[d.span.start:d.span.end], d.message) == ("S002", bad, f"the part {bad} exceeds its whole {whole}")


@pytest.mark.parametrize("text", [
    "The storm damaged 240 homes, among which were 2,900 square feet of shops.",
    "Out of 1,200 adults surveyed, most left 3,400 comments in all.",
])
def test_among_which_and_out_of_keep_another_noun_out(text):
    assert lint_text(text, "en").diagnostics == ()


OF_WHICH = [
    ("The county logged 98 overdose deaths in 2023, {p} of which involved opioids.", "71", "710", "98"),
    ("The state has 3.2 million registered voters, {p} million of them independents.", "1.1", "11.1", "3.2"),
]


@pytest.mark.parametrize("text, ok, bad, whole", OF_WHICH)
def test_a_part_told_of_which_or_of_them_after_the_wholes_words(text, ok, bad, whole):
    assert_part_within(text.format(p=ok), "en", ok, bad, whole)


@pytest.mark.parametrize("text", [
    # a span of time is no group the part belongs to
    "Over the past 3 years, 45 of them rainy, the town planted trees.",
    "The firm opened offices in 3 years in the region, 45 of which are leased.",
    # two counts before: which one is meant is not known
    "The charity helped 1,000 households in 12 provinces, 800 of which were in the north.",
])
def test_of_which_keeps_a_span_of_time_or_an_unknown_whole_out(text):
    assert lint_text(text, "en").diagnostics == ()


def test_a_whole_named_with_a_possessive_first_holds_its_parts():
    assert_part_within("Of the city's 412 arrests, 58 were for drunk driving.", "en", "58", "580", "412")
    assert lint_text("Of the city's 12 precincts, 4,200 officers patrol the north.", "en").diagnostics == ()


BACK = [
    ("The county has 81,200 registered voters. Independents are {p} of them.", "30,400", "304,000", "81,200"),
    ("A total of 48,210 votes were cast, and Ortiz received {p} of the votes.", "25,902", "259,020", "48,210"),
    ("The league played 1,230 games this season. Home teams won {p} of the games.", "672", "6,720", "1,230"),
]


@pytest.mark.parametrize("text, ok, bad, whole", BACK)
def test_of_them_or_of_the_noun_points_back_to_the_one_count(text, ok, bad, whole):
    assert_part_within(text.format(p=ok), "en", ok, bad, whole)


@pytest.mark.parametrize("text", [
    # two counts before: which one is meant is not known
    "The county has 81,200 voters in 12 towns. Independents are 90,400 of them.",
    "48,210 votes were cast in the county and 61,300 votes in the city. Ortiz received 51,000 of the votes.",
    # the part's own sentence counts something first
    "The county has 81,200 voters. Its 3 towns hold 90,400 of them.",
    # a noun nothing before counts
    "A total of 48,210 votes were cast, and Ortiz received 51,000 of the ballots mailed.",
])
def test_of_them_or_of_the_noun_keeps_an_unknown_whole_out(text):
    assert lint_text(text, "en").diagnostics == ()


def test_a_part_told_of_them_opens_no_list_of_what_follows():
    text = "The maker delivered 88,000 cars in the quarter, 31,000 of them electric, and 252,000 cars so far this year."
    result = lint_text(text, "en")
    assert result.diagnostics == ()
    assert ("part_le_whole", "consistent", "31,000 ≤ 88,000") in result.verified
    assert not any("252,000 ≤ 31,000" in v[2] for v in result.verified)

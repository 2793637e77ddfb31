"""'The number of <modifier> <noun>' is a part of 'the number of <noun>' stated in the same text."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

SEEKERS = "The number of jobseekers was 8,400 in May. The number of young jobseekers — those under 25 — was {young} in May."
WARD = "The number of patients stood at 1,250 this week, and the number of elderly patients reached {old}."


@pytest.mark.parametrize("text, link", [
    (SEEKERS.format(young="1,900"), "1,900 ≤ 8,400"),
    (WARD.format(old="610"), "610 ≤ 1,250"),
])
def test_a_subgroup_named_by_a_modifier_is_checked_against_its_group(text, link):
    result = lint_text(text, "en")
    assert result.diagnostics == ()
    assert [v[2] for v in result.verified if v[0] == "part_le_whole"] == [link]


@pytest.mark.parametrize("text, part, whole", [
    (SEEKERS.format(young="19,000"), "19,000", "8,400"),
    (WARD.format(old="6,100"), "6,100", "1,250"),
])
def test_a_subgroup_above_its_group_is_reported_once_on_it(text, part, whole):
    (d,) = lint_text(text, "en").diagnostics
    assert d.code == "S002"
    assert text[d.span.start:d.span.end] == part
    assert d.message == f"the part {part} exceeds its whole {whole}"


@pytest.mark.parametrize("text", [
    # the group's first figure is a change: its count is not given there
    "The number of jobseekers fell by 400 to 8,400. The number of young jobseekers was 9,100.",
    # a modifier naming no subgroup
    "The number of jobseekers was 8,400. The number of additional jobseekers was 9,100.",
    # another year, another time, another place
    "The number of jobseekers was 8,400 in 2024. The number of young jobseekers was 9,100 in 2019.",
    "The number of jobseekers was 8,400. The number of young jobseekers was 9,100 a year earlier.",
    "In Dover the number of jobseekers was 8,400. In Salem the number of young jobseekers was 9,100.",
    # the subgroup counted over a wider area
    "The number of students at the college was 2,400. Statewide, the number of online students was 18,000.",
    # two counts for the group: which one the subgroup belongs to is a guess
    "The number of jobseekers was 8,400 in May, and the number of jobseekers was 7,900 in April. The number of young jobseekers was 8,100.",
    # a ratio's noun phrase is another noun
    "The number of pupils per teacher was 14. The number of foreign pupils was 90.",
])
def test_a_count_of_another_group_time_or_place_stays_silent(text):
    result = lint_text(text, "en")
    assert result.diagnostics == ()
    assert not [v for v in result.verified if v[0] == "part_le_whole" and v[1] != "consistent"]

"""A day's or a month's count of a flow within the count over its month or year (English)."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

CRIME = "Police recorded {march} burglaries in March. So far this year, officers have logged 61 burglaries across the city."
RAIN = "The wettest day was May 9, with {day} inches of rain. Rainfall in May came to 3.2 inches, and rainfall this year stands at 11.8 inches."
BARE = "There was 3.4\u201d of rain in April. The heaviest daily rainfall was {day}\u201d on April 7."
RESULTS = "The group reported third-quarter revenue of ${q} million, up 4% from a year earlier, and full-year revenue of $1,310 million."
HOMES = "Agents closed {june} home sales in June, the busiest month of the spring. Since January, 1,130 home sales have closed in the county."


@pytest.mark.parametrize("text, links", [
    (CRIME.format(march="14"), ["14 ≤ 61"]),
    (RAIN.format(day="1.4"), ["1.4 ≤ 3.2", "3.2 ≤ 11.8"]),
    (HOMES.format(june="212"), ["212 ≤ 1,130"]),
    (RESULTS.format(q="344"), ["344 ≤ 1,310"]),
    (BARE.format(day="1.6"), ["1.6 ≤ 3.4"]),
])
def test_a_shorter_period_is_checked_against_the_one_holding_it(text, links):
    result = lint_text(text, "en")
    assert result.diagnostics == ()
    assert sorted(v[2] for v in result.verified if v[0] == "part_le_whole") == links


@pytest.mark.parametrize("text, part, whole", [
    (CRIME.format(march="614"), "614", "61"),
    (RAIN.format(day="4.1"), "4.1", "3.2"),
    (HOMES.format(june="2,120"), "2,120", "1,130"),
    (RESULTS.format(q="3,440"), "3,440", "1,310"),
    (BARE.format(day="6.1"), "6.1", "3.4"),
])
def test_a_shorter_period_above_its_whole_is_reported_once_on_it(text, part, whole):
    (d,) = lint_text(text, "en").diagnostics
    assert d.code == "S002"
    assert text[d.span.start:d.span.end] == part
    assert d.message == f"the part {part} exceeds its whole {whole}"


@pytest.mark.parametrize("text", [
    # another year, named or said
    "Police recorded 74 burglaries in March 2023. So far this year, officers have logged 61 burglaries.",
    "Police recorded 74 burglaries in March last year. So far this year, officers have logged 61 burglaries.",
    # a normal, an average, a target: no count of the month itself
    "The city averages 74 burglaries in March. So far this year, officers have logged 61 burglaries.",
    "Normal rainfall in May is 4.1 inches. Rainfall this year stands at 3.2 inches.",
    "Police recorded 14 burglaries in March, under the target of 74 burglaries a month set for this year. So far this year there were 61 burglaries.",
    # a departure from normal, not the month's amount
    "Rainfall in May was 4.1 inches above normal. Rainfall this year stands at 3.2 inches.",
    # a level, not a flow: inmates held are not added up over the months
    "The jail held 740 inmates in March. So far this year, 610 inmates have been released.",
    # another place
    "Police in Dover recorded 74 burglaries in March. So far this year, officers in Salem have logged 61 burglaries.",
    # another firm: unnamed in the part's clause, or named nowhere but beside the part
    "The mill shipped 18,400 tonnes this quarter and 70,900 tonnes for the year; a competitor shipped 91,000 tonnes this quarter.",
    "The mill shipped 70,900 tonnes this year. In March, Ridgeway shipped 91,000 tonnes.",
    # a bare figure with no flow named beside it
    "There was 3.4\u201d of rain in April. The heaviest rain fell on April 7, when the gauge read 6.1 at noon.",
    # another thing counted
    "Police recorded 74 arrests in March. So far this year, officers have logged 61 burglaries.",
    # 'may' the verb names no month
    "Sales may reach 740 homes, agents said. So far this year 610 homes have sold.",
    # a profit may be larger in one quarter than over the year; a forecast is no count
    "Net income for the fourth quarter was $212 million, against full-year net income of $148 million.",
    "Fourth-quarter revenue was $1,840 million, and the group's guidance for full-year revenue is $1,500 million.",
    # a ratio, not a count of events
    "In June it rained 5 times more often than usual. It has rained 3 times this year.",
])
def test_a_figure_of_another_period_place_or_measure_stays_silent(text):
    result = lint_text(text, "en")
    assert result.diagnostics == ()
    assert not [v for v in result.verified if v[0] == "part_le_whole" and v[1] != "consistent"]

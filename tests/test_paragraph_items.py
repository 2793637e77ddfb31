"""A total announcing its breakdown with a colon closing its paragraph, the parts in the paragraphs
after it, each ending with ';': every part counting what the total counts is at most the total."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

FREIGHT = (
    "Rail freight across the network grew 3% to 84 million tonnes last year, the main flows include:\n\n"
    "Largest corridors by volume: North line ({north} million tonnes, +4.1%); Coast line (17.5 million tonnes, +2.2%);\n\n"
    "Largest terminals: Eastport (9.6 million tonnes, +1.0%); Riverside (7.2 million tonnes, -0.8%);\n\n"
    "Passenger trips on the same network rose 2% to 310 million."
)
BUDGET = (
    "The county will spend $62.5 million on roads in the coming year, as follows:\n\n"
    "Repairs: resurfacing ({resurface} million), bridges ($9.8 million);\n\n"
    "New works: the ring road ($14.0 million), cycle lanes ($2.3 million);\n\n"
    "The plan goes to a vote next week."
)


@pytest.mark.parametrize("text", [FREIGHT.format(north="26.9"), BUDGET.format(resurface="$21.4")])
def test_parts_told_in_paragraphs_after_the_colon_are_checked_against_the_total(text):
    result = lint_text(text, "en")
    assert result.diagnostics == ()
    checked = [v for v in result.verified if v[0] == "part_le_whole"]
    assert len(checked) == 4 and all(v[1] == "consistent" for v in checked)


@pytest.mark.parametrize("text, part, whole", [
    (FREIGHT.format(north="269"), "269", "84"),
    (BUDGET.format(resurface="$214"), "214", "62.5"),
])
def test_a_part_above_the_total_is_reported_once_on_it(text, part, whole):
    (d,) = lint_text(text, "en").diagnostics
    assert d.code == "S002"
    assert text[d.span.start:d.span.end].lstrip("$") == part
    assert d.message == f"the part {part} exceeds its whole {whole}"


@pytest.mark.parametrize("text", [
    # no word announcing a breakdown before the colon: the paragraphs after it may be anything
    FREIGHT.replace("the main flows include:", "a record:").format(north="126"),
    # a base of another time inside an item
    FREIGHT.format(north="26.9").replace("(9.6 million tonnes, +1.0%)", "(9.6 million tonnes, up from 95 million tonnes)"),
    # an item set against a larger whole
    FREIGHT.format(north="26.9").replace("Riverside (7.2 million tonnes, -0.8%)", "nationwide (960 million tonnes)"),
    # an item naming a total of its own
    FREIGHT.format(north="26.9").replace("Riverside (7.2 million tonnes, -0.8%)", "all terminals in total (96 million tonnes)"),
    # a year the total was not said of: that year's level
    FREIGHT.format(north="26.9").replace("Riverside (7.2 million tonnes, -0.8%)", "in 2009 the network carried 96 million tonnes"),
    # two counts of the same thing before the colon: which is the total is a guess
    FREIGHT.replace("grew 3% to 84 million tonnes", "grew to 84 million tonnes from 81 million tonnes").format(north="126"),
    # one paragraph ending with ';' is a sentence, not a run of items
    "Rail freight grew to 84 million tonnes, the main flows include:\n\nNorth line (126 million tonnes over the decade);\n\nDone.",
    # another thing counted: trips, not tonnes
    FREIGHT.format(north="26.9").replace("Riverside (7.2 million tonnes, -0.8%)", "Riverside (120 million trips)"),
])
def test_a_figure_that_is_no_part_of_the_total_stays_silent(text):
    result = lint_text(text, "en")
    assert result.diagnostics == ()
    assert not [v for v in result.verified if v[0] == "part_le_whole" and v[1] != "consistent"]


REACHED = ("Enrollment this fall reached 12,480 students, broken down as follows:\n\n"
           "Undergraduates: {u} students, up from 8,900 students last fall;\n\nGraduate students: 2,204 students;\n\n"
           "Online only: 1,180 students;\n\nThe college expects growth next year.")


def test_a_total_reached_is_a_level_its_paragraph_items_stay_within():
    result = lint_text(REACHED.format(u="9,100"), "en")
    assert result.diagnostics == ()
    assert sorted(v[2] for v in result.verified if v[0] == "part_le_whole") == ["1,180 ≤ 12,480", "2,204 ≤ 12,480", "9,100 ≤ 12,480"]
    altered = REACHED.format(u="91,000")
    (d,) = lint_text(altered, "en").diagnostics
    assert (d.code, altered[d.span.start:d.span.end], d.message) == ("S002", "91,000", "the part 91,000 exceeds its whole 12,480")


def test_an_amount_of_change_is_no_total_of_the_items():
    text = ("Enrollment rose by 1,480 students to 12,480, broken down as follows:\n\n"
            "Undergraduates: 9,100 students;\n\nGraduate students: 2,204 students;\n\nDone.")
    result = lint_text(text, "en")
    assert result.diagnostics == ()
    assert not [v for v in result.verified if v[0] == "part_le_whole" and v[1] != "consistent"]

"""No line of the human formats ends in blanks, at any width: a report pasted into a ticket, kept as a
CI log or compared between two runs carries no invisible tail (rich pads wrapped prose and table
titles out to the console's width unless told otherwise)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import cli

SEEDS = str(Path(__file__).resolve().parent.parent / "seeds")
SGR = re.compile(r"\x1b\[[0-9;]*m")


def run(*args: str, columns: int) -> str:
    result = CliRunner().invoke(cli, ["check", "--isolated", "--no-cache", *args], env={"COLUMNS": str(columns), "NO_COLOR": "", "FORCE_COLOR": ""})
    assert result.exit_code == 1, result.output  # seed 002 has three findings
    return result.stdout


@pytest.mark.parametrize("columns", [60, 80, 100, 140])
@pytest.mark.parametrize("fmt, color", [("full", "--no-color"), ("full", "--color"), ("concise", "--no-color")])
def test_no_output_line_ends_with_a_space(columns, fmt, color):
    out = run("--format", fmt, color, "--statistics", "--show-verified", SEEDS, columns=columns)
    lines = SGR.sub("", out).splitlines()
    assert len(lines) > 20
    assert [line for line in lines if line != line.rstrip()] == []


def test_a_wrapped_help_line_goes_on_indented_under_its_first_line():
    out = run("--format", "full", "--no-color", SEEDS, columns=80).splitlines()
    first = "      = gợi ý: 443.137 có lẽ là 43.137: khi đó 43.137 / 46.706 = 92,36%, đúng"
    assert out.count(first) == 2  # S002 and P001 both name the likely typo
    assert out[out.index(first) + 1] == "      như đã ghi"

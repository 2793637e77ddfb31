"""The seed reports end to end: exactly the three real inconsistencies of 002, nothing else at warning or error."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from linter.cli import cli

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _report(*args: str) -> dict:
    result = CliRunner().invoke(cli, ["check", "--isolated", "--format", "json", "--message-language", "en", *args, str(SEEDS)])
    assert result.exit_code == 1, result.output
    return json.loads(result.output)


def test_seed_findings_are_exactly_the_three_real_inconsistencies():
    report = _report()
    text = (SEEDS / "002_8bbf69de936adf42.txt").read_text(encoding="utf-8")
    found = [(Path(d["path"]).name, d["code"], d["severity"], text[d["start"]:d["end"]], d["message"]) for d in report["diagnostics"]]
    assert found == [
        ("002_8bbf69de936adf42.txt", "S002", "error", "443.137", "the part 443.137 exceeds its whole 46.706"),
        ("002_8bbf69de936adf42.txt", "P001", "error", "92,36%", "stated 92,36%, computed 948,78%"),
        ("002_8bbf69de936adf42.txt", "S001", "error", "12.133", "stated total 12.133, the parts add up to 8.817"),
    ]


def test_seed_sum_names_its_parts_and_arithmetic():
    report = _report()
    text = (SEEDS / "002_8bbf69de936adf42.txt").read_text(encoding="utf-8")
    [s001] = [d for d in report["diagnostics"] if d["code"] == "S001"]
    assert [text[r["start"]:r["end"]] for r in s001["related"]] == ["2.206", "1.967", "2.334", "2.310"]
    assert s001["arithmetic"] == "2.206 + 1.967 + 2.334 + 2.310 = 8.817 ≠ 12.133"
    assert (s001["stated"], s001["computed"], s001["line"], s001["column"]) == ("12.133", "8.817", 13, 330)


def test_seeds_report_their_locale_and_claims():
    report = _report()
    assert {f["locale"] for f in report["files"]} == {"vi"}
    assert all(f["claims_checked"] > 0 for f in report["files"])

"""Golden files: tests/golden/<rule-name>/<case>.{txt,md} and the exact concise output in <case>.expected.

`pytest --update-golden` rewrites the .expected files; review the diff before committing.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from linter.run.config import Config
from linter.run.engine import lint_file
from linter.formats.output import concise

ROOT = Path(__file__).parent / "golden"
CASES = sorted(p for p in ROOT.glob("*/*") if p.suffix in (".txt", ".md", ".html"))


@pytest.mark.parametrize("case", CASES, ids=[f"{p.parent.name}/{p.name}" for p in CASES])
def test_golden(case: Path, update_golden: bool, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(ROOT)
    rel = str(case.relative_to(ROOT))
    got = concise([lint_file(rel, Config())])
    expected = case.with_suffix(".expected")
    if update_golden:
        expected.write_text(got, encoding="utf-8")
    assert got == expected.read_text(encoding="utf-8")


def test_every_rule_family_has_golden_cases():
    from linter.run.discovery import load_rules

    names = {p.name for p in ROOT.iterdir() if p.is_dir()}
    missing = [r.name for r in load_rules() if r.name not in names]
    assert not missing, f"rules without golden cases: {missing}"

"""The accuracy figures of shared/tools/score.py on the seeds and the dev corpus, as floors that must not regress.

The corpora live beside the project (../shared); they are measured, never copied into the project.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORE = SHARED / "tools" / "score.py"
CMD = f"{sys.executable} -m linter check --isolated --format json"

pytestmark = pytest.mark.skipif(not SCORE.exists(), reason="shared/tools/score.py is not beside this checkout")


def _score(corpus: Path) -> dict:
    out = subprocess.run([sys.executable, str(SCORE), str(corpus), "--cmd", CMD, "--json"], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def _kinds(fig: dict, *kinds: str) -> tuple[int, int]:
    pairs = [tuple(map(int, fig["mutant_recall_by_kind"][k].split("/"))) for k in kinds if k in fig["mutant_recall_by_kind"]]
    return sum(h for h, _ in pairs), sum(n for _, n in pairs)


def test_seeds():
    fig = _score(SHARED / "seeds")
    assert fig["real_flagged"] == fig["real_inconsistent"] == 3
    assert fig["false_alarms"] == 0
    hit, total = _kinds(fig, "percent", "sum", "part_le_whole")
    assert hit == total == 17


def test_dev_corpus():
    fig = _score(SHARED / "corpus" / "dev")
    assert fig["real_flagged"] == fig["real_inconsistent"]
    assert fig["false_alarms"] == 0
    hit, total = _kinds(fig, "percent", "sum", "part_le_whole")
    assert hit / total >= 0.9, f"{hit}/{total} percent, sum and part_le_whole mutants flagged"  # 128/140 measured

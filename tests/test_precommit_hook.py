"""The real pre-commit, against this checkout, in a throwaway git repository."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
WRONG = "Đảng bộ có 30 chi bộ trực thuộc (24 chi bộ bản, 5 chi bộ trường học, 2 chi bộ trạm y tế).\n"
RIGHT = "Đảng bộ có 31 chi bộ trực thuộc (24 chi bộ bản, 5 chi bộ trường học, 2 chi bộ trạm y tế).\n"


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _try_repo(cwd: Path, env: dict, hook: str, *files: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), hook, "--files", *files]
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_hook_blocks_a_wrong_total_and_passes_a_consistent_draft(tmp_path):
    pytest.importorskip("pre_commit")
    work = tmp_path / "drafts"
    work.mkdir()
    _git(work, "init", "-q")
    _git(work, "config", "user.email", "editor@example.org")
    _git(work, "config", "user.name", "Editor")
    (work / "sai.md").write_text(WRONG, encoding="utf-8")
    (work / "dung.txt").write_text(RIGHT, encoding="utf-8")
    (work / "bang.csv").write_text("30,24,5,2\n", encoding="utf-8")
    _git(work, "add", ".")
    _git(work, "commit", "-qm", "drafts")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    env.pop("FACTLINT_OUTPUT_FORMAT", None)

    blocked = _try_repo(work, env, "factlint", "sai.md", "bang.csv")
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "factlint" in blocked.stdout and "Failed" in blocked.stdout
    assert "sai.md:1:12: S001 [error]" in blocked.stdout
    assert "bang.csv" not in blocked.stdout  # types_or keeps factlint off data files

    passed = _try_repo(work, env, "factlint", "dung.txt")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout

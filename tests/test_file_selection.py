"""Which files `factlint check` picks: ignore files, skipped folders, --force-exclude, --show-files
and --show-settings, and the pre-commit hook that names every file (issue 18)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import cli

REPO = Path(__file__).resolve().parents[1]
WRONG = "Xã có 30 hộ nghèo (12 hộ ở thôn Đông, 19 hộ ở thôn Tây).\n"  # 12 + 19 = 31
RIGHT = "Xã có 31 hộ nghèo (12 hộ ở thôn Đông, 19 hộ ở thôn Tây).\n"


def shown(*args: str) -> list[str]:
    result = CliRunner().invoke(cli, ["check", "--show-files", *args])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A repository of drafts with the usual clutter around them."""
    monkeypatch.chdir(tmp_path)
    for name in ("a.md", "archive/old.md", "build/gen.md", "node_modules/pkg/readme.md", "env/doc.md",
                 "notes/keep.md", "notes/scratch.md", "notes/tmp.md", "logs/x.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(WRONG, encoding="utf-8")
    (tmp_path / "env" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")  # a virtual environment
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("build/\n*.log\nlogs/\n", encoding="utf-8")
    (tmp_path / "notes" / ".ignore").write_text("scratch.md\ntmp.md\n", encoding="utf-8")
    (tmp_path / "notes" / ".gitignore").write_text("!tmp.md\n", encoding="utf-8")  # .ignore still wins over it
    (tmp_path / "factlint.toml").write_text('exclude = ["archive/"]\n', encoding="utf-8")
    return tmp_path


def test_folder_search_respects_ignore_files_and_skips_dependencies_and_environments(repo):
    assert shown(".") == ["a.md", "notes/keep.md"]


def test_deeper_ignore_file_brings_a_file_back(repo):
    (repo / "notes" / ".ignore").write_text("scratch.md\n", encoding="utf-8")
    (repo / "notes" / ".gitignore").write_text("!keep.md\n", encoding="utf-8")
    (repo / ".gitignore").write_text("*.md\n!a.md\n", encoding="utf-8")
    assert shown(".") == ["a.md", "notes/keep.md"]


def test_ignore_files_above_the_searched_folder_count_up_to_the_repository_top(repo):
    (repo / ".gitignore").write_text("notes/keep.md\n", encoding="utf-8")
    assert shown("notes") == []
    os.chdir(repo / "notes")
    assert shown(".") == []


def test_ignore_files_outside_a_repository_above_the_folder_do_not_count(repo):
    (repo / ".git").rmdir()
    (repo / ".gitignore").write_text("notes/\n", encoding="utf-8")
    assert shown("notes") == ["notes/keep.md"]


def test_files_named_explicitly_are_checked_unless_force_exclude(repo):
    assert shown("archive/old.md", "build/gen.md", "a.md") == ["archive/old.md", "build/gen.md", "a.md"]
    assert shown("--force-exclude", "archive/old.md", "a.md") == ["a.md"]
    result = CliRunner().invoke(cli, ["check", "--force-exclude", "--format", "concise", "archive/old.md"])
    assert (result.exit_code, result.stdout) == (0, "")
    assert "no files to check" in result.stderr


def test_force_exclude_reports_what_is_left(repo):
    result = CliRunner().invoke(cli, ["check", "--no-cache", "--force-exclude", "--format", "concise", "archive/old.md", "a.md"])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == "a.md:1:7: S001 [error] ghi tổng 30, nhưng các phần cộng lại được 31"
    assert "old.md" not in result.stdout


def test_show_settings_names_the_configuration_file_and_the_rules(repo):
    result = CliRunner().invoke(cli, ["check", "--show-settings", "--ignore", "D", "a.md"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Settings for a.md:"
    assert lines[1] == f"  configuration file: {repo / 'factlint.toml'}"
    assert '  exclude = ["archive/"]' in lines
    assert '  ignore = ["D"]' in lines
    rules = next(line for line in lines if line.startswith("  rules that run: "))
    assert "S001" in rules and "P001" in rules and "D001" not in rules


def test_show_settings_shows_each_distinct_configuration_once(repo):
    (repo / "notes" / "factlint.toml").write_text('locale = "en"\n', encoding="utf-8")
    lines = CliRunner().invoke(cli, ["check", "--show-settings", "."]).stdout.splitlines()
    assert [line for line in lines if line.startswith("Settings for")] == ["Settings for .:", "Settings for notes/keep.md:"]
    assert '  locale = "en"' in lines


@pytest.mark.slow
def test_precommit_hook_skips_the_configured_exclude(tmp_path):
    pytest.importorskip("pre_commit")
    work = tmp_path / "drafts"
    (work / "archive").mkdir(parents=True)
    (work / "archive" / "old.md").write_text(WRONG, encoding="utf-8")
    (work / "ok.md").write_text(RIGHT, encoding="utf-8")
    (work / "pyproject.toml").write_text('[tool.factlint]\nexclude = ["archive/"]\n', encoding="utf-8")
    for args in (["init", "-q"], ["config", "user.email", "e@example.org"], ["config", "user.name", "E"], ["add", "."], ["commit", "-qm", "d"]):
        subprocess.run(["git", *args], cwd=work, check=True, capture_output=True)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    env.pop("FACTLINT_OUTPUT_FORMAT", None)
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "factlint", "--all-files"]
    done = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout and "old.md" not in done.stdout

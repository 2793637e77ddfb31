"""A per-document time budget (time-budget, --time-budget): a file past it is F005 and the run goes on."""
from __future__ import annotations

import json
import threading
import time

from click.testing import CliRunner

from linter.run import discovery
from linter.cli import cli
from linter.run.config import Config
from linter.run.engine import lint_paths, lint_text
from linter.core.model import Severity, Span
from linter.judge.registry import rule


@rule("T961", "first-percent", severity=Severity.WARNING)
def _first(doc, ctx):
    """Flags the first '%'; fast."""
    i = doc.text.find("%")
    if i >= 0:
        yield ctx.report(Span(i, i + 1), "percent")


@rule("T962", "slow-on-marker", severity=Severity.WARNING)
def _slow(doc, ctx):
    """Runs for ten seconds on a text holding 'SLOW' (a pathological document), else returns at once."""
    if "SLOW" in doc.text:
        time.sleep(10)
    return iter(())


def _only(monkeypatch):
    monkeypatch.setattr(discovery, "_RULES", (_first, _slow))


def test_a_step_past_the_budget_is_stopped_inside_it(monkeypatch):
    _only(monkeypatch)
    start = time.monotonic()
    result = lint_text("SLOW: 50% done", "en", config=Config(time_budget=0.5))
    assert time.monotonic() - start < 3
    assert [d.code for d in result.diagnostics] == ["F005", "T961"]  # what finished before is kept
    assert result.diagnostics[0].message == (
        "checking stopped at the time budget of 0.5 s (time-budget) during the rule T962; "
        "what was found before is reported, the rest of this file was not checked"
    )


def test_off_the_main_thread_the_budget_is_checked_between_steps(monkeypatch):
    _only(monkeypatch)
    monkeypatch.setattr(time, "sleep", lambda seconds: _busy(1.0))  # no signal reaches a thread: a step it cannot interrupt
    out = []
    worker = threading.Thread(target=lambda: out.append(lint_text("SLOW: 50% done", "en", config=Config(time_budget=0.3))))
    worker.start()
    worker.join(10)
    [result] = out
    codes = [d.code for d in result.diagnostics]
    assert codes == ["F005", "T961"], codes
    assert "during the likely-typo search" in result.diagnostics[0].message


def _busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_the_run_goes_on_after_a_file_past_its_budget(tmp_path, monkeypatch):
    _only(monkeypatch)
    (tmp_path / "a.txt").write_text("SLOW: 50% done", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Done: 75%", encoding="utf-8")
    for jobs in ("1", "2"):
        start = time.monotonic()
        result = CliRunner().invoke(cli, ["check", "--no-cache", "-j", jobs, "--format", "json", "--time-budget", "0.5", str(tmp_path)])
        assert time.monotonic() - start < 8
        report = json.loads(result.output)
        assert result.exit_code == 1
        assert [(d["path"].rsplit("/", 1)[-1], d["code"]) for d in report["diagnostics"]] == [("a.txt", "F005"), ("a.txt", "T961"), ("b.txt", "T961")]


def test_time_budget_in_the_configuration(tmp_path, monkeypatch):
    _only(monkeypatch)
    (tmp_path / "factlint.toml").write_text("time-budget = 0.5\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("SLOW: 50% done", encoding="utf-8")
    results = lint_paths([str(tmp_path / "a.txt")], Config(time_budget=0.5))
    assert [d.code for d in results[0].diagnostics] == ["F005", "T961"]
    result = CliRunner().invoke(cli, ["check", "--no-cache", "-j", "1", "--format", "concise", str(tmp_path / "a.txt")])
    assert "F005 [error] checking stopped at the time budget of 0.5 s" in result.output
    (tmp_path / "factlint.toml").write_text("time-budget = 0\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--no-cache", str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert "key `time-budget`: expected a positive number of seconds, got 0" in result.stderr

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from _fakerules import fake_rules  # noqa: F401 - fixture
from linter.formats import report
from linter.cli import cli
from linter.core.model import Diagnostic, FileResult, Severity, Span

DRAFT = "Mở đầu ổn.\n\nTổng thu đạt 5 tỷ, SAI so với kế hoạch.\n\nKết luận SAI.\n"


def check(*args: str):
    return CliRunner().invoke(cli, ["check", "--isolated", "--select", "X001", "--format", "concise", *args])


@pytest.fixture
def draft(tmp_path, monkeypatch, fake_rules):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    result = check("--write-baseline", "baseline.json", "draft.md")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "factlint: recorded 2 findings in baseline.json\n")
    return tmp_path / "draft.md"


def test_baseline_records_path_code_fingerprint_without_lines(draft):
    data = json.loads((draft.parent / "baseline.json").read_text(encoding="utf-8"))
    assert [(f["path"], f["code"], f["message"]) for f in data["findings"]] == [
        ("draft.md", "X001", "stated SAI, rounding nearest"), ("draft.md", "X001", "stated SAI, rounding nearest"),
    ]
    assert len({f["fingerprint"] for f in data["findings"]}) == 2
    assert "line" not in json.dumps(data)


def test_baselined_findings_survive_edits_elsewhere(draft):
    assert (check("--baseline", "baseline.json", "draft.md").exit_code) == 0
    draft.write_text("Đoạn mới chèn lên đầu,\nhai dòng.\n\n" + DRAFT.replace("Mở đầu ổn.", "Mở đầu ổn, viết lại."), encoding="utf-8")
    result = check("--baseline", "baseline.json", str(draft))  # an absolute path this time
    assert (result.exit_code, result.stdout) == (0, "Mọi kiểm tra đều đạt.\n")


def test_new_and_changed_findings_are_reported(draft):
    draft.write_text(DRAFT.replace("Kết luận SAI.", "Kết luận vẫn SAI.") + "\nThêm một câu SAI.\n", encoding="utf-8")
    result = check("--baseline", "baseline.json", "draft.md")
    assert result.exit_code == 1
    assert result.stdout == (
        "draft.md:5:14: X001 [error] stated SAI, rounding nearest\n"
        "draft.md:7:14: X001 [error] stated SAI, rounding nearest\n"
        "Tìm thấy 2 lỗi trong 1 tệp.\n"
    )


def test_a_repeated_sentence_needs_its_own_entry(draft):
    draft.write_text(DRAFT + "\nKết luận SAI.\n", encoding="utf-8")
    assert check("--baseline", "baseline.json", "draft.md").stdout == "draft.md:7:10: X001 [error] stated SAI, rounding nearest\nTìm thấy 1 lỗi trong 1 tệp.\n"


def test_unreadable_baseline_is_exit_2(draft):
    (draft.parent / "bad.json").write_text("{}", encoding="utf-8")
    result = check("--baseline", "bad.json", "draft.md")
    assert result.exit_code == 2
    assert result.stderr == "factlint: error: bad.json: not a factlint baseline (written by --write-baseline): KeyError('findings')\n"


def test_statistics_table(tmp_path, monkeypatch, fake_rules):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Tổng 5% là SAI.\n\nĐoạn hai SAI.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("ổn\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--isolated", "--statistics", "--message-language", "en", "--format", "json-lines", "a.txt", "b.txt"])
    assert len(result.stdout.splitlines()) == 3  # machine output stays parseable; the table goes to stderr
    assert [line.rstrip() for line in result.stderr.splitlines()] == [
        "factlint: findings per rule",
        "┏━━━━━━━┳━━━━━━┳━━━━━━━━━━━━━━┳━━━━━━━━━━┓",
        "┃ Count ┃ Code ┃ Rule         ┃ Severity ┃",
        "┡━━━━━━━╇━━━━━━╇━━━━━━━━━━━━━━╇━━━━━━━━━━┩",
        "│     2 │ X001 │ flag-word    │ error    │",
        "│     1 │ X002 │ percent-sign │ warning  │",
        "└───────┴──────┴──────────────┴──────────┘",
        "        3 findings in 1 of 2 files",
    ]


def test_show_verified_lists_claims_with_verdict_and_arithmetic():
    results = [
        FileResult("a.md", "vi", 2, verified=(("percent", "ok", "100 / 202 = 49,5%"), ("sum", "mismatch", "24 + 5 + 2 = 31 ≠ 30"))),
        FileResult("b.md", "vi", 0),
    ]
    # in the documents' language, with words a reader knows for the kinds and verdicts
    assert report.verified(results) == (
        "a.md: đã đối chiếu 2 nhận định\n  khớp tỷ lệ trên tổng: 100 / 202 = 49,5%\n  mismatch tổng các phần: 24 + 5 + 2 = 31 ≠ 30\n"
        "b.md: đã đối chiếu 0 nhận định\n"
    )
    assert report.verified(results, lang="en") == (
        "a.md: 2 claims verified\n  consistent share of a total: 100 / 202 = 49,5%\n  mismatch total of its parts: 24 + 5 + 2 = 31 ≠ 30\n"
        "b.md: 0 claims verified\n"
    )


def test_show_verified_follows_human_output(tmp_path, monkeypatch, fake_rules):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("ổn\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--isolated", "--show-verified", "--format", "concise", "a.txt"])
    assert (result.exit_code, result.stdout) == (0, "a.txt: đã đối chiếu 0 nhận định\nMọi kiểm tra đều đạt.\n")


def test_no_progress_bar_when_piped(tmp_path, monkeypatch, fake_rules):
    monkeypatch.chdir(tmp_path)
    for i in range(30):
        (tmp_path / f"{i:02}.txt").write_text("ổn\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--isolated", "--format", "concise", "--quiet", "."])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_progress_bar_on_a_terminal_for_long_runs(monkeypatch, capsys):
    monkeypatch.setenv("TTY_COMPATIBLE", "1")  # rich treats stderr as a terminal
    monkeypatch.setenv("COLUMNS", "80")
    with report.progress(25, show=True) as advance:
        advance(25)
    assert "factlint" in capsys.readouterr().err
    with report.progress(5, show=True) as advance:
        advance(5)
    assert capsys.readouterr().err == ""


def test_batches_keep_order_and_group_by_settings():
    jobs = [("a", 1), ("b", 1), ("c", 2), ("d", 1), ("e", 1), ("f", 1)]
    assert list(report.batches(jobs, size=2)) == [(1, ["a", "b"]), (2, ["c"]), (1, ["d", "e"]), (1, ["f"])]


def test_f003_counts_in_statistics():
    d = Diagnostic(code="F003", name="unused-suppression", severity=Severity.WARNING, message="m", span=Span(0, 1))
    assert "│     1 │ F003 │ unused-suppression │ warning  │" in report.statistics([FileResult("a", None, 0, (d,))])

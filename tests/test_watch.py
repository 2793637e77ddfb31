"""`check --watch`: each saved file checked again and its findings printed; Ctrl-C exits 0."""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time

from click.testing import CliRunner

from linter.cli import cli
from linter.run.watch import changes

# 14 + 17 = 31 (sentences written for these tests)
GOOD = "Trường có 31 lớp học (14 lớp ở cơ sở chính, 17 lớp ở cơ sở phụ).\n"
BAD = "Trường có 32 lớp học (14 lớp ở cơ sở chính, 17 lớp ở cơ sở phụ) trong năm học này.\n"


class Lines:
    """The lines a process writes, read by a thread, each waited for with a deadline (a hung watcher fails the test)."""

    def __init__(self, stream) -> None:  # noqa: ANN001 - a text pipe
        self.q: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [self.q.put(line.rstrip("\n")) for line in stream], daemon=True).start()

    def next(self, timeout: float = 30) -> str:
        return self.q.get(timeout=timeout)


def test_a_saved_file_is_checked_again_and_ctrl_c_exits_0(tmp_path):
    (tmp_path / "d.md").write_text(GOOD, encoding="utf-8")
    env = {**os.environ, "LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": "", "FACTLINT_CACHE_DIR": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "linter", "check", "--isolated", "--watch", "--format", "concise", "d.md"]
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        out, err = Lines(proc.stdout), Lines(proc.stderr)
        assert out.next() == "Mọi kiểm tra đều đạt."  # the first check, of everything
        assert err.next() == "factlint: watching 1 file for changes; Ctrl-C stops"
        (tmp_path / "d.md").write_text(BAD, encoding="utf-8")
        assert out.next() == "d.md:1:11: S001 [error] ghi tổng 32, nhưng các phần cộng lại được 31"
        assert out.next() == "Tìm thấy 1 lỗi trong 1 tệp."
        (tmp_path / "d.md").write_text(GOOD, encoding="utf-8")  # fixed: said so
        assert out.next() == "Mọi kiểm tra đều đạt."
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_the_looks_yield_changed_and_new_files_only(tmp_path):
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text("một", encoding="utf-8")
    present = [str(a)]
    watcher = changes(lambda: [(p, None) for p in present], sleep=lambda s: None)
    a.write_text("một hai", encoding="utf-8")
    assert next(watcher) == [(str(a), None)]
    b.write_text("ba", encoding="utf-8")
    present.append(str(b))  # a folder search finds it
    assert next(watcher) == [(str(b), None)]
    st = os.stat(b)
    os.utime(b, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # saved again, same size
    a.unlink()  # gone, though still named: nothing to check
    assert next(watcher) == [(str(b), None)]


def test_watch_refuses_what_it_cannot_do(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text(GOOD, encoding="utf-8")
    for args, says in (
        (["--format", "json"], "use --format full, concise or json-lines"),
        (["--fix"], "cannot be used with --fix"),
        (["-"], "standard input does not change"),
    ):
        result = CliRunner().invoke(cli, ["check", "--isolated", "--watch", *args, *([] if "-" in args else ["d.md"])])
        assert result.exit_code == 2 and says in result.output, (args, result.output)


def _replace(path, text: str) -> None:
    """Saved as editors save: a whole new file put in place, so a look never reads half of it."""
    path.with_name(path.name + ".tmp").write_text(text, encoding="utf-8")
    os.replace(path.with_name(path.name + ".tmp"), path)


def test_an_edited_configuration_changes_the_next_check(tmp_path):
    (tmp_path / "d.md").write_text(BAD, encoding="utf-8")
    _replace(tmp_path / "pyproject.toml", "[tool.factlint]\nlocale = \"vi\"\n")
    env = {**os.environ, "LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": "", "FACTLINT_CACHE_DIR": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "linter", "check", "--watch", "--format", "concise", "d.md"]
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    finding = "d.md:1:11: S001 [error] ghi tổng 32, nhưng các phần cộng lại được 31"
    try:
        out, err = Lines(proc.stdout), Lines(proc.stderr)
        assert [out.next(), out.next()] == [finding, "Tìm thấy 1 lỗi trong 1 tệp."]
        assert err.next() == "factlint: watching 1 file for changes; Ctrl-C stops"
        # the draft untouched: only its settings changed
        _replace(tmp_path / "pyproject.toml", "[tool.factlint]\nlocale = \"vi\"\nignore = [\"S001\"]\n")
        assert out.next(timeout=60) == "Mọi kiểm tra đều đạt."
        # halfway through an edit: said once, the last settings kept
        _replace(tmp_path / "pyproject.toml", "[tool.factlint\nignore = [\n")
        said = err.next(timeout=60)
        assert said.startswith("factlint: configuration error: ") and "pyproject.toml: invalid TOML" in said, said
        assert said.endswith("(the previous settings stay until it is fixed)")
        # a .factlint.toml added beside it comes first: its settings, which ignore nothing, apply
        _replace(tmp_path / ".factlint.toml", "locale = \"vi\"\n")
        assert [out.next(timeout=60), out.next()] == [finding, "Tìm thấy 1 lỗi trong 1 tệp."]
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
        assert out.q.empty() and err.q.empty()  # no other check and no second error message
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

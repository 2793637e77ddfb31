"""--fix edits the file in place: through symbolic links, keeping hard links, owner and mode; read-only files are refused."""
from __future__ import annotations

import os
import stat

import pytest
from click.testing import CliRunner

from linter.cli import cli

FIXABLE = "Kết quả: 49/53 chi bộ đạt 95,45%.\r\n"
FIXED = "Kết quả: 49/53 chi bộ đạt 92,45%.\r\n"


def _fix(path):
    return CliRunner().invoke(cli, ["check", "--no-cache", "-j", "1", "--fix", "--format", "concise", str(path)])


def _write(path, text=FIXABLE):
    path.write_bytes(text.encode("utf-8"))
    return path


def test_fix_through_a_symbolic_link_edits_the_target(tmp_path):
    target = _write(tmp_path / "target.txt")
    link = tmp_path / "link.txt"
    link.symlink_to("target.txt")
    result = _fix(link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == "target.txt"
    assert target.read_bytes() == FIXED.encode("utf-8")  # byte-exact: the CRLF kept
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".factlint")]


def test_fix_keeps_hard_links(tmp_path):
    first = _write(tmp_path / "a.txt")
    second = tmp_path / "b.txt"
    os.link(first, second)
    assert _fix(first).exit_code == 0
    assert second.read_bytes() == FIXED.encode("utf-8")
    assert os.stat(first).st_ino == os.stat(second).st_ino and os.stat(first).st_nlink == 2


def test_fix_keeps_the_mode(tmp_path):
    path = _write(tmp_path / "a.txt")
    path.chmod(0o640)
    assert _fix(path).exit_code == 0
    assert (stat.S_IMODE(path.stat().st_mode), path.read_bytes()) == (0o640, FIXED.encode("utf-8"))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file to another user needs root")
def test_fix_keeps_the_owner(tmp_path):
    path = _write(tmp_path / "a.txt")
    os.chown(path, 65534, 65534)
    assert _fix(path).exit_code == 0
    assert (path.stat().st_uid, path.stat().st_gid, path.read_bytes()) == (65534, 65534, FIXED.encode("utf-8"))


def test_a_file_whose_owner_cannot_be_given_to_a_new_file_is_rewritten_in_place(tmp_path, monkeypatch):
    path = _write(tmp_path / "a.txt")
    inode = path.stat().st_ino
    monkeypatch.setattr("linter.run.fixes._same_owner", lambda tmp, info: False)  # chown refused: another user's file
    assert _fix(path).exit_code == 0
    assert (path.stat().st_ino, path.read_bytes()) == (inode, FIXED.encode("utf-8"))
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".factlint")]


def test_fix_refuses_a_read_only_file(tmp_path):
    path = _write(tmp_path / "a.txt")
    path.chmod(0o444)
    result = _fix(path)
    assert result.exit_code == 1
    assert f"{path}: not fixed: the file is read-only; nothing was fixed (make it writable to apply the fixes)" in result.stderr
    assert path.read_bytes() == FIXABLE.encode("utf-8")

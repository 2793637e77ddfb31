"""Control characters quoted from a document or a file name are shown, never obeyed, in the human formats."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from linter.cli import cli
from linter.formats.output import visible

HOSTILE = "\x1b]0;PWNED\x07\x1b[2J\x9b31m\u202e"
LINE = "Huyện có 42 tổ chức, gồm 20 đảng bộ và 23 chi bộ." + HOSTILE + "\n"
CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # all but the line feed


@pytest.mark.parametrize("fmt", ["full", "concise"])
def test_document_control_characters_reach_the_terminal_visible(tmp_path, fmt):
    path = tmp_path / "e\x1b[31m.txt"
    path.write_text(LINE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--no-cache", "-j", "1", "--no-color", "--format", fmt, "--show-verified", str(path)])
    assert result.exit_code == 1
    assert CONTROLS.findall(result.stdout) == []
    assert "S001" in result.stdout
    assert "e␛[31m.txt" in result.stdout  # the file name as it is, made visible
    if fmt == "full":
        assert "chi bộ.␛]0;PWNED␇␛[2J\ufffd31m\ufffd" in result.stdout
        # one visible character for each control one: the underline still sits under '42'
        frame = result.stdout.splitlines()
        [source] = [i for i, line in enumerate(frame) if line.startswith("    1 │ ")]
        assert frame[source + 1].index("^^") == frame[source].index("42")


def test_visible_keeps_the_length_and_the_text():
    assert visible(HOSTILE) == "␛]0;PWNED␇␛[2J\ufffd31m\ufffd"
    assert len(visible(LINE)) == len(LINE) and visible("Tỷ lệ 50%") == "Tỷ lệ 50%"

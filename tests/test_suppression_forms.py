"""Suppression comments as an editor writes them: at the end of the offending line, and misspelt
(issue 18). Run through the command line on Markdown drafts."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from linter.cli import cli

# 12 + 19 = 31: a stated total of 31 holds, any other is S001
LINE = "Xã có {total} hộ nghèo (12 hộ ở thôn Đông, 19 hộ ở thôn Tây).{tail}\n"


def check(tmp_path, text: str, *args: str) -> list[tuple[int, str, str]]:
    (tmp_path / "d.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--isolated", "--no-cache", "--format", "json", *args, str(tmp_path / "d.md")])
    assert result.exit_code in (0, 1), result.output
    return [(d["line"], d["code"], d["message"]) for d in json.loads(result.stdout)["diagnostics"]]


def test_same_line_suppression_applies_to_its_own_line_only(tmp_path):
    text = LINE.format(total=30, tail=" <!-- factlint: ignore S001 -->") + "\n" + LINE.format(total=40, tail="")
    assert check(tmp_path, text) == [(3, "S001", "ghi tổng 40, nhưng các phần cộng lại được 31")]


def test_same_line_suppression_does_not_reach_the_next_line_of_its_paragraph(tmp_path):
    text = LINE.format(total=30, tail=" <!-- factlint: ignore -->") + LINE.format(total=40, tail="")
    assert check(tmp_path, text) == [(2, "S001", "ghi tổng 40, nhưng các phần cộng lại được 31")]


def test_same_line_suppression_that_suppresses_nothing_is_reported_unused(tmp_path):
    text = LINE.format(total=31, tail=" <!-- factlint: ignore S001 -->")
    [(line, code, message)] = check(tmp_path, text)
    assert (line, code) == (1, "F003")
    assert "factlint: ignore S001" in message


def test_comment_on_its_own_line_still_covers_the_next_paragraph(tmp_path):
    text = "<!-- factlint: ignore S001 -->\n" + LINE.format(total=30, tail="") + "\n" + LINE.format(total=40, tail="")
    assert check(tmp_path, text) == [(4, "S001", "ghi tổng 40, nhưng các phần cộng lại được 31")]


@pytest.mark.parametrize(
    "comment, says",
    [
        ("<!-- factlint: ignor S001 -->", "không hiểu chỉ thị `factlint: ignor S001`"),
        ("<!-- factlint: S001 -->", "không hiểu chỉ thị `factlint: S001`"),
        ("<!-- factlint: ignore S0001 -->", "chỉ thị `factlint: ignore S0001` nêu quy tắc không tồn tại: S0001"),
        ("<!-- factlint: ignore-line S001 -->", "không hiểu chỉ thị `factlint: ignore-line S001`"),  # not ignore with a rule "-line"
    ],
)
def test_a_directive_that_does_not_parse_is_reported_and_suppresses_nothing(tmp_path, comment, says):
    text = comment + "\n" + LINE.format(total=30, tail="")
    found = check(tmp_path, text)
    assert [(line, code) for line, code, _ in found] == [(1, "F006"), (2, "S001")]
    assert found[0][2].startswith(says)


def test_invalid_directive_message_in_english_and_can_be_ignored(tmp_path):
    text = "<!-- factlint: ignor S001 -->\n" + LINE.format(total=31, tail="")
    [(_, code, message)] = check(tmp_path, text, "--message-language", "en")
    assert code == "F006"
    assert message.startswith("suppression `factlint: ignor S001` is not understood")
    assert check(tmp_path, text, "--ignore", "F006") == []
    assert check(tmp_path, text, "--ignore", "invalid-suppression") == []


def test_valid_directives_are_not_reported_invalid(tmp_path):
    text = (
        "<!-- factlint: disable S001, part-within-whole -->\n" + LINE.format(total=30, tail="")
        + "<!-- factlint: enable -->\n\n<!-- factlint: ignore reason=\"số liệu sơ bộ\" -->\n" + LINE.format(total=40, tail="")
    )
    assert check(tmp_path, text) == []

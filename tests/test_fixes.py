from __future__ import annotations

import codecs
import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from linter.cli import cli
from linter.run.engine import lint_file
from linter.run.fixes import FixError, chosen, fix_file, splice
from linter.core.model import Diagnostic, FileResult, Fix, Severity, Span
from linter.run.discovery import load_rules

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SHARES = (
    "Báo cáo tổng kết năm 2023 của Đảng bộ xã.\n"
    "Năm 2023, có 115/157 đảng viên được đánh giá hoàn thành xuất sắc nhiệm vụ, đạt 73,52%.\n"
    "Chi bộ có 49/53 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, đạt 92,54%.\n"
)
ENCODINGS = [(b"", "utf-8"), (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]


def _diag(span: Span, fix: Fix | None) -> Diagnostic:
    return Diagnostic(code="P001", name="percent-of-total", severity=Severity.ERROR, message="m", span=span, fix=fix)


@settings(max_examples=80, deadline=None)
@given(
    st.text(alphabet="ab ,.\r\nđĐươ\u0301\u0323\u0300\t", max_size=40),
    st.text(alphabet="ab ,.\r\nđĐươ\u0301\u0323\u0300%", max_size=40),
    st.sampled_from(ENCODINGS),
    st.booleans(),
)
def test_splice_keeps_every_byte_outside_the_fixed_span(before: str, after: str, enc: tuple[bytes, str], nfd: bool):
    before, after = (unicodedata.normalize("NFD", s) if nfd else s for s in (before, after))
    bom, codec = enc
    text = before + "73,52" + after
    data = bom + text.encode(codec)
    fix = Fix(Span(len(before), len(before) + 5), "73,25", safe=True)
    old, new, body = splice(data, [fix], None, text)
    assert (old, new) == (text, before + "73,25" + after)
    head = bom + before.encode(codec)
    assert body == head + "73,25".encode(codec) + after.encode(codec)
    assert body[:len(head)] == data[:len(head)] and body[len(body) - len(after.encode(codec)):] == data[len(data) - len(after.encode(codec)):]


def test_fix_rewrites_only_the_share_in_a_crlf_bom_nfd_file(tmp_path: Path):
    path = tmp_path / "bao-cao.txt"
    data = codecs.BOM_UTF8 + unicodedata.normalize("NFD", SHARES.replace("\n", "\r\n")).encode("utf-8")
    path.write_bytes(data)
    result = CliRunner().invoke(cli, ["check", "--fix", "--format", "json", str(path)])
    assert result.stderr == "Fixed 2 findings in 1 file.\n"
    assert path.read_bytes() == data.replace(b"73,52", b"73,25").replace(b"92,54", b"92,45")
    assert (result.exit_code, json.loads(result.stdout)["diagnostics"]) == (0, [])


def test_diff_shows_exactly_the_edits_and_writes_nothing(tmp_path: Path):
    path = tmp_path / "r.txt"
    path.write_text(SHARES, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--fix", "--diff", str(path)])
    lines = SHARES.splitlines()
    rel = str(path).lstrip("/")
    assert result.exit_code == 1
    assert result.stdout == (
        f"--- a/{rel}\n+++ b/{rel}\n@@ -1,3 +1,3 @@\n {lines[0]}\n-{lines[1]}\n-{lines[2]}\n"
        f"+{lines[1].replace('73,52', '73,25')}\n+{lines[2].replace('92,54', '92,45')}\n"
    )
    assert path.read_text(encoding="utf-8") == SHARES


def test_unsafe_fixes_apply_the_unique_likely_typo_and_fix_alone_does_not(tmp_path: Path):
    path = tmp_path / "seed.txt"
    shutil.copy(SEEDS / "002_8bbf69de936adf42.txt", path)
    original = path.read_bytes()
    safe = CliRunner().invoke(cli, ["check", "--fix", "--format", "concise", str(path)])
    assert (safe.stderr, path.read_bytes()) == ("Fixed 0 findings in 0 files.\n", original)
    unsafe = CliRunner().invoke(cli, ["check", "--fix", "--unsafe-fixes", "--format", "concise", str(path)])
    assert unsafe.stderr == "Fixed 1 finding in 1 file.\n"
    assert path.read_bytes() == original.replace(b" 443.137,", b" 43.137,")
    assert [d.code for d in lint_file(str(path)).diagnostics] == ["S001"]


def test_pdf_and_stdin_are_refused_with_a_clear_message():  # a .docx is fixed into its runs: tests/test_docx_fix.py
    diag = _diag(Span(0, 2), Fix(Span(0, 2), "12", safe=True))
    pdf = fix_file(FileResult("report.pdf", "vi", 1, (diag,)))
    assert pdf.error == "cannot fix .pdf files; fix the source document instead"
    assert fix_file(FileResult("-", "vi", 1, (diag,))).error == "cannot fix standard input in place; pass a file"


def test_a_file_changed_since_it_was_checked_is_left_alone(tmp_path: Path):
    path = tmp_path / "r.txt"
    path.write_text("đạt 73,25%", encoding="utf-8")
    fix = Fix(Span(4, 9), "73,25", safe=True)
    result = fix_file(FileResult(str(path), "vi", 1, (_diag(Span(4, 10), fix),), text="đạt 73,52%"))
    assert result.error == "the file changed since it was checked; nothing was fixed"
    assert path.read_text(encoding="utf-8") == "đạt 73,25%"
    with pytest.raises(FixError):
        splice(b"ab", [Fix(Span(1, 5), "x", safe=True)])


def test_chosen_keeps_one_of_each_and_never_a_suggestion():
    safe = Fix(Span(0, 5), "73,25", safe=True)
    typo = Fix(Span(10, 17), "43.137")
    shown = Fix(Span(20, 25), "948,78", display_only=True)
    overlapping = Fix(Span(12, 14), "00")
    diags = [_diag(Span(0, 5), f) for f in (safe, typo, typo, shown, overlapping)]
    assert chosen(diags, unsafe=False) == [safe]
    assert chosen(diags, unsafe=True) == [safe, typo]


def test_explain_tells_for_every_rule_which_fixes_are_safe():
    for r in load_rules():
        out = CliRunner().invoke(cli, ["explain", r.code]).output
        assert "Safe fix:" in out and "--unsafe-fixes" in out, r.code

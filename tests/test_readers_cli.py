from __future__ import annotations

import io
import json

import docx
import pytest
from click.testing import CliRunner
from number_rule import every_number
from pdf_fixture import make_pdf

from linter.run import discovery
from linter.cli import cli

MARKDOWN = "# Năm 2023\n\nToàn tỉnh có **12.133** đảng viên, `mã 77`, [xem](https://x.vn/88).\n\n| A | 1.200 |\n|---|---|\n"
HTML = (
    "<html><head><script>var a = 99;</script></head><body>\n"
    "<p>Có <b>12.133</b> đảng viên &amp; 45,5&nbsp;%</p>\n</body></html>\n"
)


@pytest.fixture(autouse=True)
def number_rule_only(monkeypatch):
    monkeypatch.setattr(discovery, "_RULES", (every_number,))


def write_docx(path) -> None:
    word = docx.Document()
    word.add_paragraph("Mở đầu.")
    p = word.add_paragraph("Có ")
    p.add_run("12.")
    p.add_run("133")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Tổng"
    table.cell(0, 1).text = "7"
    buf = io.BytesIO()
    word.save(buf)
    path.write_bytes(buf.getvalue())


def check(*args: str, stdin: bytes | None = None) -> dict:
    result = CliRunner().invoke(cli, ["check", "--format", "json", *args], input=stdin)
    assert result.exit_code == 1, result.output
    return json.loads(result.output)


def figures(report: dict, source: str, path: str) -> list[str]:
    return [source[d["start"]:d["end"]] for d in report["diagnostics"] if d["path"] == path]


def test_json_offsets_slice_the_figures_out_of_markdown_and_html(tmp_path):
    md, html = tmp_path / "a.md", tmp_path / "b.html"
    md.write_text(MARKDOWN, encoding="utf-8")
    html.write_text(HTML, encoding="utf-8")
    report = check(str(md), str(html))
    assert figures(report, MARKDOWN, str(md)) == ["2023", "12.133", "1.200"]
    assert figures(report, HTML, str(html)) == ["12.133", "45,5"]
    first = report["diagnostics"][3]
    assert (first["line"], first["column"], first["end_column"]) == (2, 10, 16)
    assert "location" not in first


def test_docx_and_pdf_findings_carry_their_location(tmp_path):
    write_docx(tmp_path / "c.docx")
    (tmp_path / "d.pdf").write_bytes(make_pdf([["Trang một."], ["Có 42 chi bộ."]]))
    report = check(str(tmp_path / "c.docx"), str(tmp_path / "d.pdf"))
    got = [(d["message"], d["location"], d["line"]) for d in report["diagnostics"]]
    assert got == [("number 12.133", "¶2", 2), ("number 7", "table 1, row 1, col 2", 3), ("number 42", "page 2", 2)]
    concise = CliRunner().invoke(cli, ["check", "--format", "concise", str(tmp_path / "c.docx")]).output
    assert concise.splitlines()[0] == f"{tmp_path / 'c.docx'}:2:4 (¶2): T900 [error] number 12.133"
    full = CliRunner().invoke(cli, ["check", "--format", "full", "--no-color", str(tmp_path / "c.docx")]).output
    assert full.splitlines()[:4] == [
        f"{tmp_path / 'c.docx'}:2:4 (¶2): error T900 every-number", "  number 12.133", "      │", "    2 │ Có 12.133",
    ]


def test_stdin_is_read_with_the_reader_of_its_filename():
    report = check("-", "--stdin-filename", "bai-viet.md", stdin=MARKDOWN.encode())
    assert [f["path"] for f in report["files"]] == ["bai-viet.md"]
    assert figures(report, MARKDOWN, "bai-viet.md") == ["2023", "12.133", "1.200"]
    plain = check("-", stdin=MARKDOWN.encode())
    assert figures(plain, MARKDOWN, "-") == ["2023", "12.133", "77", "88", "1.200"]


def test_a_folder_of_mixed_formats_is_read_file_by_file(tmp_path):
    (tmp_path / "a.txt").write_text("Có 5 chi bộ.", encoding="utf-8")
    (tmp_path / "b.md").write_text(MARKDOWN, encoding="utf-8")
    (tmp_path / "c.html").write_text(HTML, encoding="utf-8")
    write_docx(tmp_path / "d.docx")
    (tmp_path / "e.pdf").write_bytes(make_pdf([["Có 42 chi bộ."]]))
    (tmp_path / "f.docx").write_bytes(b"not a zip")
    (tmp_path / "g.png").write_bytes(b"\x89PNG\x00")
    report = check(str(tmp_path))
    names = [f["path"].rsplit("/", 1)[1] for f in report["files"]]
    assert names == ["a.txt", "b.md", "c.html", "d.docx", "e.pdf", "f.docx"]
    by_file = {}
    for d in report["diagnostics"]:
        by_file.setdefault(d["path"].rsplit("/", 1)[1], []).append(d.get("location") or d["message"])
    assert by_file == {
        "a.txt": ["number 5"],
        "b.md": ["number 2023", "number 12.133", "number 1.200"],
        "c.html": ["number 12.133", "number 45,5"],
        "d.docx": ["¶2", "table 1, row 1, col 2"],
        "e.pdf": ["page 1"],
        "f.docx": ["not a Word .docx file (not a zip archive)"],
    }

"""The same findings whatever the format: the seeds rendered as Markdown, HTML and .docx give the
findings of the .txt, on the same figures; tables are checked in every format that has them."""
from __future__ import annotations

import html
from pathlib import Path

import docx
import pytest

from linter.run.config import Config
from linter.run.engine import lint_file

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
CONFIG = Config(message_language="en")


def _findings(path: Path) -> list[tuple[str, str]]:
    result = lint_file(str(path), CONFIG)
    text = result.text or ""
    out = []
    for d in result.diagnostics:
        figure = text[d.span.start:d.span.end] if d.location is None or path.suffix != ".docx" else d.stated
        out.append((d.code, figure or d.stated or ""))
    return out


def _render(seed: Path, suffix: str, tmp: Path) -> Path:
    lines = seed.read_text(encoding="utf-8").splitlines()
    target = tmp / (seed.stem + suffix)
    if suffix == ".md":
        target.write_text("\n\n".join(line.replace("*", r"\*") for line in lines if line.strip()) + "\n", encoding="utf-8")
    elif suffix == ".html":
        body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip())
        target.write_text(f"<html><head><title>x</title><script>var a = 12.5;</script></head><body><nav>Trang chủ</nav>{body}</body></html>", encoding="utf-8")
    else:
        document = docx.Document()
        for line in lines:
            if line.strip():
                document.add_paragraph(line)
        document.save(target)
    return target


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_seeds_give_the_same_findings_in_every_format(tmp_path: Path, suffix: str):
    for seed in SEEDS:
        assert _findings(_render(seed, suffix, tmp_path)) == _findings(seed), seed.name


TABLE_ROWS = [("Tháng", "Số hộ", "Tỷ lệ"), ("Một", "180", "42,3%"), ("Hai", "128", "30,0%"), ("Ba", "118", "27,7%"), ("Tổng", "428", "100%")]


def _table(suffix: str, tmp: Path) -> Path:
    target = tmp / f"bang{suffix}"
    if suffix == ".md":
        rows = ["| " + " | ".join(r) + " |" for r in TABLE_ROWS]
        target.write_text("Số hộ được hỗ trợ:\n\n" + "\n".join([rows[0], "|---|---|---|", *rows[1:]]) + "\n", encoding="utf-8")
    elif suffix == ".html":
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in TABLE_ROWS)
        target.write_text(f"<p>Số hộ được hỗ trợ:</p><table>{rows}</table>", encoding="utf-8")
    else:
        document = docx.Document()
        document.add_paragraph("Số hộ được hỗ trợ:")
        table = document.add_table(rows=len(TABLE_ROWS), cols=3)
        for r, row in enumerate(TABLE_ROWS):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        document.save(target)
    return target


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_a_table_total_and_share_column_are_checked_in_every_format(tmp_path: Path, suffix: str):
    # 180 + 128 + 118 = 426, not 428; 128 / 428 = 29,9%, not 30,0%
    found = [(d.code, d.stated) for d in lint_file(str(_table(suffix, tmp_path)), CONFIG).diagnostics]
    assert ("T001", "428") in found
    assert all(code in ("T001", "T002", "T003") for code, _ in found), found

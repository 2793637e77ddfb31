"""Every stage of a document's check is isolated: a failure is that file's F002 naming the stage."""
from __future__ import annotations

import io
import json

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.claims import pipeline
from linter.run import discovery
from linter.cli import cli
from linter.run.config import Config
from linter.run.engine import lint_document, lint_paths, lint_text
from linter.core.model import Severity, Span
from linter.readers import read_data
from linter.judge.registry import rule

STT_TABLE = "| STT | Xã | Tỷ lệ |\n|---|---|---|\n| 1 | An Phú | 3,9% |\n| 2 | Bình Hòa | 20,1% |\n| 3 | Cát Lâm | 19,6% |\n"
WRONG_SUM = "Huyện có 42 tổ chức, gồm 20 đảng bộ và 23 chi bộ.\n"


def _check(*paths):
    result = CliRunner().invoke(cli, ["check", "--no-cache", "--jobs", "1", "--format", "json", *map(str, paths)])
    return result.exit_code, json.loads(result.output)


def test_numbered_first_column_beside_shares_is_checked(tmp_path):
    """The row-number column (STT: 1, 2, 3) is no year column: no crash, and the other file is still checked."""
    (tmp_path / "a.txt").write_text(WRONG_SUM, encoding="utf-8")
    (tmp_path / "stt.md").write_text(STT_TABLE, encoding="utf-8")
    code, report = _check(tmp_path / "a.txt", tmp_path / "stt.md")
    assert code == 1
    assert [(d["path"].rsplit("/", 1)[-1], d["code"]) for d in report["diagnostics"]] == [("a.txt", "S001")]
    assert [d.code for d in lint_text(STT_TABLE, "vi").diagnostics] == []


def _explode(an):
    raise IndexError("string index out of range")
    yield  # a generator, as the linkers are


def test_a_crashing_linker_is_f002_naming_it_and_the_rules_still_run(monkeypatch):
    monkeypatch.setattr(pipeline, "LINKERS", (_explode, *pipeline.LINKERS))
    result = lint_text(WRONG_SUM, "vi")
    assert [d.code for d in result.diagnostics] == ["F002", "S001"]
    assert result.diagnostics[0].message.startswith(
        "claim linker test_stage_isolation crashed on this file (IndexError: string index out of range at test_stage_isolation.py:"
    )
    assert result.diagnostics[0].message.endswith("; its claims were not checked. Please report this with the file.")
    assert result.diagnostics[1].message == "ghi tổng 42, nhưng các phần cộng lại được 43"


def test_a_crashing_analysis_is_one_f002_and_the_next_file_is_checked(tmp_path, monkeypatch):
    def broken(text, lang, tables=()):
        raise MemoryError("no room")

    monkeypatch.setattr(pipeline, "analyse_text", broken)
    (tmp_path / "a.txt").write_text(WRONG_SUM, encoding="utf-8")
    (tmp_path / "b.txt").write_text(WRONG_SUM, encoding="utf-8")
    results = lint_paths([str(tmp_path)])
    for r in results:
        [d] = r.diagnostics
        assert (d.code, d.line, d.column) == ("F002", 1, 1)
        assert d.message.startswith("analysis crashed on this file (MemoryError: no room at test_stage_isolation.py:")
        assert d.message.endswith("; no rule could check it. Please report this with the file.")


def test_a_crashing_typo_search_keeps_the_findings(monkeypatch):
    import linter.judge.explain

    def broken(*args):
        raise ValueError("bad digit")

    monkeypatch.setattr(linter.judge.explain, "annotate", broken)
    result = lint_text(WRONG_SUM, "vi")
    assert [d.code for d in result.diagnostics] == ["F002", "S001"]
    assert result.diagnostics[0].message.startswith("likely-typo search crashed on this file (ValueError: bad digit")


def test_crashing_suppressions_keep_the_findings(monkeypatch):
    import linter.run.directives

    def broken(*args, **kwargs):
        raise RecursionError("deep")

    monkeypatch.setattr(linter.run.directives, "apply", broken)
    result = lint_text("<!-- factlint: ignore -->\n" + WRONG_SUM, "vi")
    assert [d.code for d in result.diagnostics] == ["F002", "S001"]
    assert result.diagnostics[0].message.startswith("suppression comments crashed on this file (RecursionError: deep")


@rule("T951", "span-outside", severity=Severity.WARNING)
def _span_outside(doc, ctx):
    """Reports a span past the end of the text: a rule bug."""
    yield ctx.report(Span(0, len(doc.text) + 5), "past the end")


def test_a_finding_outside_the_text_is_the_rule_crash_not_a_finding(monkeypatch):
    monkeypatch.setattr(discovery, "_RULES", (_span_outside,))
    [d] = lint_text("Tỷ lệ 50%.", "vi").diagnostics
    assert d.code == "F002"
    assert d.message.startswith("rule T951 crashed on this file (IndexError: T951 gave the span 0-15 in a text of 10 characters")


# -- generated tables: numbered (STT), year, share and total columns, in Markdown, HTML and .docx

HEADS = {"stt": ("STT", "TT", "No."), "name": ("Xã", "Đơn vị", "Unit"), "year": ("Năm", "Year"),
         "count": ("Số hộ", "Đảng viên", "Votes"), "share": ("Tỷ lệ", "Tỷ lệ (%)", "Share"), "total": ("Tổng", "Total")}
FIGURE = st.one_of(
    st.integers(0, 3000).map(str),
    st.tuples(st.integers(0, 100), st.integers(0, 99), st.sampled_from([",", "."])).map(lambda t: f"{t[0]}{t[2]}{t[1]}%"),
    st.sampled_from(["", "-", "0", "1", "12", "123", "2019", "2020", "20211", "100%", "x"]),
)


@st.composite
def tables(draw):
    kinds = draw(st.lists(st.sampled_from(list(HEADS)), min_size=2, max_size=5))
    header = [draw(st.sampled_from(HEADS[k])) for k in kinds]
    rows = []
    for i in range(draw(st.integers(1, 6))):
        cells = [str(i + 1) if k == "stt" else str(2015 + i) if k == "year" and draw(st.booleans()) else draw(FIGURE) for k in kinds]
        rows.append(cells)
    if draw(st.booleans()):
        rows.append([draw(st.sampled_from(["Tổng cộng", "Total", "Cộng"]))] + [draw(FIGURE) for _ in kinds[1:]])
    return header, rows


def _markdown(header, rows) -> bytes:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + ["| " + " | ".join(r) + " |" for r in rows]
    return ("Bảng số liệu\n\n" + "\n".join(lines) + "\n").encode()


def _html(header, rows) -> bytes:
    cells = lambda tag, r: "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>"  # noqa: E731
    return ("<table>" + cells("th", header) + "".join(cells("td", r) for r in rows) + "</table>").encode()


def _docx(header, rows) -> bytes:
    import docx

    document = docx.Document()
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    for r, values in enumerate([header, *rows]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=tables(), fmt=st.sampled_from(["md", "html", "docx"]), locale=st.sampled_from(["vi", "en"]))
def test_generated_tables_never_raise_and_spans_lie_inside(table, fmt, locale):
    data = {"md": _markdown, "html": _html, "docx": _docx}[fmt](*table)
    doc = read_data(data, f"t.{fmt}", fmt, Config(locale=locale))
    result = lint_document(doc, Config(locale=locale))
    n = len(doc.text)
    for d in result.diagnostics:
        assert d.code not in ("F002", "F005"), d.message
        for span in (d.span, *(note.span for note in d.notes), *([d.fix.span] if d.fix else [])):
            assert 0 <= span.start <= span.end <= n
    for claim in pipeline.analyse(doc).claims:
        for q in (claim.stated, *(o.quantity for o in claim.operands)):
            assert 0 <= q.span.start <= q.span.end <= n

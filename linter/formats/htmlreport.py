"""`--format html`: one self-contained page for someone who reads reports, not terminals.

At the top, a summary per rule and per file; then each document's checked text, paragraph by
paragraph, every stated figure that was checked marked (green when it holds, red for an error,
amber for a warning, grey for a finding a suppression comment accepted) and, beside the
paragraph, its findings with the arithmetic and the likely typo. No script, no external asset, no network: the page is the file. It reflows on a phone
(the findings go under their paragraph) and prints (colours are also underline styles).
"""
from __future__ import annotations

from collections import Counter
from html import escape
from typing import Sequence

from linter.core import lazyre
from linter.lang import DEFAULT
from linter.lang.i18n import N_, translate
from linter.core.model import Diagnostic, FileResult, Severity, Span

_BREAKS = lazyre.compile("[\n\u2029]")
_SPACES = lazyre.compile("[ \t\r\u00a0]{2,}")
_LABELS = {
    "title": N_("factlint report"), "rule": N_("Rule"), "file": N_("File"), "claims": N_("Figures checked"), "errors": N_("Errors"),
    "warnings": N_("Warnings"), "none": N_("No findings."), "legend": N_("marked: green holds, red error, amber warning, grey a finding accepted by a suppression comment or the baseline"),
    "whole": N_("the whole file"),
}
_CSS = """
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}
body{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc;overflow-wrap:anywhere}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}td.n{text-align:right}
td a{overflow-wrap:anywhere}
.para{display:grid;grid-template-columns:minmax(0,1fr) 22rem;gap:1rem;margin:.6rem 0}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
aside{font-size:.9rem}aside p{margin:0 0 .5rem;padding:.3rem .5rem;border-left:4px solid #b00}aside p.warning{border-color:#b60}
mark{background:none;color:inherit;padding:0 .05em}
mark.ok{border-bottom:2px solid #1a7f37}mark.suppressed{border-bottom:2px dotted #777}mark.error{border-bottom:3px double #b00;background:#fde8e8}mark.warning{border-bottom:2px dashed #b60;background:#fff4d6}
code{font-size:.9em;overflow-wrap:anywhere}.legend{color:#555;font-size:.9rem}
@media (max-width:48rem){.para{grid-template-columns:1fr}aside{margin-left:1rem}}
@media print{body{max-width:none;padding:0}.para{break-inside:avoid;grid-template-columns:minmax(0,1fr) 16rem}h2{break-after:avoid}}
"""


def render(results: Sequence[FileResult]) -> str:
    locales = {r.locale for r in results} - {None}
    lang = next(iter(locales)) if len(locales) == 1 else DEFAULT  # the messages are in the documents' language
    words = {key: escape(translate(label, lang)) for key, label in _LABELS.items()}
    body = [f"<h1>{words['title']}</h1>", _summary(results, words), f'<p class="legend">{words["legend"]}</p>']
    body += [_document(i, r, words) for i, r in enumerate(results, 1)]
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{words['title']}</title><style>{_CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def _summary(results: Sequence[FileResult], words: dict[str, str]) -> str:
    per_rule = Counter((d.code, d.name, d.severity) for r in results for d in r.diagnostics)
    rules = "".join(
        f"<tr><td>{escape(code)} {escape(name)}</td><td class=n>{per_rule[(code, name, Severity.ERROR)]}</td><td class=n>{per_rule[(code, name, Severity.WARNING)]}</td></tr>"
        for code, name in sorted({(c, n) for c, n, _ in per_rule})
    )
    files = "".join(
        f'<tr><td><a href="#f{i}">{escape(r.path)}</a></td><td class=n>{r.claims_checked}</td>'
        f"<td class=n>{_count(r, Severity.ERROR)}</td><td class=n>{_count(r, Severity.WARNING)}</td></tr>"
        for i, r in enumerate(results, 1)
    )
    head = f"<th>{words['errors']}</th><th>{words['warnings']}</th>"
    out = f"<table><tr><th>{words['file']}</th><th>{words['claims']}</th>{head}</tr>{files}</table>"
    return out + (f"<table><tr><th>{words['rule']}</th>{head}</tr>{rules}</table>" if rules else f"<p>{words['none']}</p>")


def _count(r: FileResult, severity: Severity) -> int:
    return sum(d.severity == severity for d in r.diagnostics)


def _document(index: int, r: FileResult, words: dict[str, str]) -> str:
    text = r.text or ""
    marks = _marks(r)
    notes = [d for d in r.diagnostics if d.span.end <= d.span.start or not text]
    out = [f'<section><h2 id="f{index}">{escape(r.path)}</h2>']
    if notes:
        out.append(f'<div class="para"><div class="text">{words["whole"]}</div><aside>{"".join(_finding(d) for d in notes)}</aside></div>')
    start = 0
    for m in [*_BREAKS.finditer(text), None]:
        end = m.start() if m else len(text)
        if text[start:end].strip():
            here = [d for d in r.diagnostics if start <= d.span.start < end and d.span.end > d.span.start]
            inner = _marked(text, Span(start, end), marks)
            out.append(f'<div class="para"><div class="text">{inner}</div><aside>{"".join(_finding(d) for d in here)}</aside></div>')
        start = end + 1
    return "\n".join(out) + "</section>"


def _marks(r: FileResult) -> list[tuple[int, int, str, str]]:
    """Non-overlapping (start, end, class, title): findings first (errors before warnings), then the figures whose
    findings a suppression comment hid (accepted, but they do not hold), then the figures that hold."""
    rank = {Severity.ERROR: 0, Severity.WARNING: 1}
    wanted = sorted((d for d in r.diagnostics if d.span.end > d.span.start and d.severity in rank), key=lambda d: (rank[d.severity], d.span.start))
    spans = [(d.span.start, d.span.end, d.severity.value, f"{d.code}: {d.message}") for d in wanted]
    spans += [(s, e, "suppressed", "") for s, e in r.suppressed]
    spans += [(s, e, "ok", "") for s, e in r.checked]
    taken: list[tuple[int, int, str, str]] = []
    for s, e, cls, title in spans:
        if e > s and all(e <= a or s >= b for a, b, _, _ in taken):
            taken.append((s, e, cls, title))
    return sorted(taken)


def _marked(text: str, para: Span, marks: list[tuple[int, int, str, str]]) -> str:
    out, at = [], para.start
    for s, e, cls, title in marks:
        if s < para.start or e > para.end:
            continue
        out.append(_plain(text[at:s]))
        title_attr = f' title="{escape(title)}"' if title else ""
        out.append(f'<mark class="{cls}"{title_attr}>{escape(text[s:e])}</mark>')
        at = e
    out.append(_plain(text[at:para.end]))
    return "".join(out).strip()


def _plain(text: str) -> str:
    """Text between marks: the blanks that stand for markup in Markdown and HTML collapsed to one."""
    return escape(_SPACES.sub(" ", text))


def _finding(d: Diagnostic) -> str:
    where = f" ({escape(d.location)})" if d.location else ""
    lines = [f"<strong>{escape(d.code)}</strong> {escape(d.name)}{where}: {escape(d.message)}"]
    lines += [f"<code>{escape(d.arithmetic)}</code>"] if d.arithmetic else []
    lines += [escape(d.help)] if d.help else []
    return f'<p class="{d.severity.value}">' + "<br>".join(lines) + "</p>"

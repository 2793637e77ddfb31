"""Claim linking: which figures of a document are stated about which others.

`analyse(doc)` reads the figures once (`linter.figures.quantities`), describes each with what the
linkers need (its sentence, whether it is a change, a label, a conversion …, see
`linter.claims.analysis`) and runs the linkers of LINKERS in order, each a function
`(Analysis) -> Iterable[Claim]`. This is the only module that imports linkers: a linker imports
the shared types (`analysis`, and inside tables/ the `grid`) and never another linker; where one
family needs another's findings (the weekdays and year ranges need the dates, the totals of a
table its rate and totals columns), the pipeline hands them over. Matching runs on NFC text; spans
are mapped back to the document's own offsets at the end.
"""
from __future__ import annotations

import unicodedata
from typing import Iterator

from linter.claims import additions, counted, dates, examples, lists, margins, perbase, periodparts, periods, placeparts, pointed, rangesums, restated, results, shareparts, sharesums, targets
from linter.claims import numberof, paraitems, subperiods, turnout, units, weekdays
from linter.claims.changes import pairs as changes
from linter.claims.shares import links as shares
from linter.claims.analysis import Analysis, Linker, describe_figures
from linter.claims.tables import changes as table_changes
from linter.claims.tables import prose, totals
from linter.claims.tables.grid import grids, percent_columns, total_like, unhedge_cells
from linter.core import budget
from linter.core.model import Claim, Document, Operand, Quantity, Span
from linter.figures.quantities import scan
from linter.figures.segment import segment, unwrap
from linter.lang import DEFAULT
from linter.lang.packs import lexicon
from linter.core.record import replace


def _dates(an: Analysis) -> Iterator[Claim]:
    """Impossible dates, then the weekdays and year ranges told about the same dates (read once)."""
    found = dates.mentions(an)
    yield from dates.invalid(found)
    yield from weekdays.claims(an, found)
    yield from periods.claims(an, found)


def _tables(an: Analysis) -> Iterator[Claim]:
    """Each table's totals, shares and rates, column by column, then its totals columns."""
    if not grids(an):
        return  # most reports have no table: a cold start does not load the rate and column linkers
    from linter.claims.tables import columns, rates

    yield from totals.extract(an, rates.row_rates, (columns.total_columns, columns.leading_total))


LINKERS: tuple[Linker, ...] = (
    lists.extract,
    counted.of_them,
    counted.over,
    shares.extract,
    turnout.extract,
    sharesums.extract,
    _tables,
    prose.extract,
    _dates,
    table_changes.extract,
    units.extract,
    targets.extract,
    changes.extract,
    periodparts.extract,
    periodparts.sums,
    results.extract,
    shareparts.extract,
    rangesums.extract,
    placeparts.extract,
    paraitems.extract,
    subperiods.extract,
    numberof.extract,
    margins.extract,
    additions.extract,
    examples.extract,
    examples.more_members,
    pointed.extract,
    restated.extract,
    perbase.extract,
)


def _name(linker: Linker) -> str:
    """A linker as an F002 names it: its module ("shares", "totals"), or a step composed here by its own name ("dates")."""
    module = getattr(linker, "__module__", None) or __name__
    return linker.__name__.strip("_") if module == __name__ else module.rsplit(".", 1)[-1]


SOFT_BLOCKS = ("paragraph", "list_item", "quote")  # Markdown blocks whose line breaks are spaces


def reading_text(doc: Document) -> str:
    """The document's text with the line breaks that are not breaks read as spaces (same offsets, so
    every span stays the file's): in HTML every one (blocks end with U+2029); in Markdown those inside a
    paragraph, list item or quotation, but a hard break (two spaces before it); in plain text and PDF
    those a hard-wrapped paragraph has (`segment.unwrap`); none in Word, whose lines are paragraphs."""
    text = doc.text
    if "\n" not in text or doc.fmt == "docx":
        return text
    if doc.fmt == "html":
        return text.replace("\n", " ")
    if doc.fmt == "md":
        chars = list(text)
        for block in doc.blocks:
            if block.kind in SOFT_BLOCKS:
                i = text.find("\n", block.span.start, block.span.end)
                while i >= 0:
                    if text[max(0, i - 2):i] != "  ":
                        chars[i] = " "
                    i = text.find("\n", i + 1, block.span.end)
        return "".join(chars)
    return unwrap(text)


def analyse_text(text: str, lang: str, tables: tuple = ()) -> Analysis:
    lex = lexicon(lang)
    sc = scan(text, lex.lang)
    an = Analysis(text=text, lower=text.lower(), lex=lex, seg=segment(text), scan=sc, figs=[], doc_tables=tables)
    an.figs = describe_figures(an)
    by_start = {f.q.span.start: f for f in an.figs}
    for a, b, _ in sc.fractions:  # "5.775/8.227 xã": the numerator counts what the denominator counts
        fa, fb = by_start[a.span.start], by_start[b.span.start]
        fa.unit = fa.unit or fb.unit
    an.cells = [cell for g in grids(an) for row in g.rows for cell in row]
    unhedge_cells(an)
    percent_columns(an)
    an.total_like = total_like(an)
    seen: set[tuple] = set()
    for extract in LINKERS:
        budget.check()  # a document over its time budget stops between linkers (F005)
        try:
            for claim in extract(an):
                key = (claim.kind, claim.stated.span, tuple((o.role, o.quantity.span) for o in claim.operands))
                if key not in seen:  # two openers can find the same breakdown
                    seen.add(key)
                    an.claims.append(claim)
        except Exception as exc:  # a broken linker loses its own claims only; the engine reports it (F002)
            an.failures.append((f"claim linker {_name(extract)}", exc))
    an.quantities = tuple(sc.quantities)
    an.claims = list(an.claims)
    return an


def analyse(doc: Document) -> Analysis:
    text = reading_text(doc)
    norm = unicodedata.normalize("NFC", text)
    an = analyse_text(norm, doc.locale or DEFAULT, doc.tables if norm == text else ())
    if norm == text:
        return an
    back = _offset_map(text, norm)
    an.claims = [_remap_claim(c, back) for c in an.claims]
    an.quantities = tuple(_remap_q(q, back) for q in an.quantities)
    an.scan.conflicts = [(_remap_q(q, back), r) for q, r in an.scan.conflicts]
    return an


def _offset_map(src: str, norm: str) -> list[int]:
    """For each offset of the NFC text, the offset of the same character in the source."""
    out, j = [], 0
    for i, ch in enumerate(src):
        if unicodedata.combining(ch) and i > 0 and out:
            composed = unicodedata.normalize("NFC", src[out[-1]:i + 1])
            if len(composed) == 1 and j > 0:
                continue
        out.append(i)
        j += 1
    out.append(len(src))
    while len(out) < len(norm) + 1:
        out.append(len(src))
    return out


def _remap_span(s: Span | None, back: list[int]) -> Span | None:
    return None if s is None else Span(back[min(s.start, len(back) - 1)], back[min(s.end, len(back) - 1)])


def _remap_q(q: Quantity, back: list[int]) -> Quantity:
    return replace(q, span=_remap_span(q.span, back), unit_span=_remap_span(q.unit_span, back))


def _remap_claim(c: Claim, back: list[int]) -> Claim:
    ops = tuple(Operand(o.role, _remap_q(o.quantity, back)) for o in c.operands)
    alts = tuple(tuple(Operand(o.role, _remap_q(o.quantity, back)) for o in alt) for alt in c.alternatives)
    return replace(c, stated=_remap_q(c.stated, back), operands=ops, alternatives=alts, span=_remap_span(c.span, back))

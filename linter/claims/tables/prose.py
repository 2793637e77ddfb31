"""Prose that restates a table cell: "toàn tỉnh có 12.133 đảng viên" against the table's total.

A figure outside the tables is linked to a cell only when all of these hold:

- its sentence names the cell's row: the row label as a phrase (without a leading "số",
  "tổng số", "number of"), or, for a totals row, a whole-area word of the language (toàn tỉnh,
  cả nước, in total, overall);
- its sentence names the cell's column: the header's words as a phrase, or the noun counted
  after the figure ("đảng viên", "votes") is in the header;
- both are written alike: both shares or both counts, the same scale word and decimals, no hedge;
- the two agree, or differ by one typing slip (a digit changed, added or dropped, two neighbours
  swapped). A larger difference is another quantity (another year, another area, a subset),
  not a restatement, and is left alone; so is a figure that fits several cells.

A figure that agrees is a consistent claim (it shows in --show-verified and a later edit that
breaks it is caught); one a slip away from exactly one cell is a claim T004 reports.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.claims.analysis import Analysis, Fig
from linter.figures.edits import slips
from linter.core.model import Claim, Operand, Span
from linter.lang.packs import phrases, words

_LEAD = lazyre.compile(lambda: r"^(?:" + phrases("tables", "lead_words") + r")\s+")
_HEADER_NOISE = lazyre.compile(lambda: r"\([^)]*\)|\b(?:" + phrases("tables", "header_noise") + r")\b|[^\w\s%]")
_NOT_WHOLE = frozenset(words("tables", "not_whole"))  # too common in prose to name a totals row


def _norm(text: str) -> str:
    return _clean(text).lower()


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _phrase_in(phrase: str, sentence: str, patterns: dict[str, re.Pattern[str]]) -> bool:
    """`phrase` as whole words in `sentence`; its pattern compiled once per document (a yearbook
    has more row labels than the `re` module's cache holds)."""
    if not phrase:
        return False
    pattern = patterns.get(phrase)
    if pattern is None:
        pattern = patterns[phrase] = re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")
    return pattern.search(sentence) is not None


def _row_key(label: str) -> str:
    key = _LEAD.sub("", _norm(label)).strip(" :.-–")
    return key if len(key) >= 3 and (any(ch.isalpha() for ch in key) or re.fullmatch(r"(?:18|19|20)\d\d", key)) else ""


def _column_key(header: str) -> str:
    key = _norm(_HEADER_NOISE.sub(" ", header.lower()))
    return key if len(key) >= 3 else ""


def _digits(f: Fig) -> str:
    return re.sub(r"\D", "", f.q.raw)


def _alike(p: Fig, c: Fig) -> bool:
    a, b = p.q, c.q
    return (a.percent == b.percent and a.scale == b.scale and a.decimals == b.decimals and a.hedge is None
            and b.hedge is None and not p.label and not p.delta and not p.conversion and not a.year_like)


def _cells(an: Analysis) -> Iterator[tuple[int, tuple[Fig, str, str, bool, str]]]:
    """(table index, (figure, row key, column key, in a totals row, "row, column" as written)) for
    every cell holding one figure."""
    from linter.claims.tables.grid import TOTAL_LABEL, cell_figs, cell_text, grids

    for i, g in enumerate(grids(an)):
        if not g.header_rows or len(g.rows) < 2:
            continue
        header = g.rows[0]
        for row in g.rows[g.header_rows:]:
            if not row:
                continue
            label = cell_text(an, row[0])
            total_row = bool(TOTAL_LABEL.match(label))
            for c in range(1, min(len(row), len(header))):
                figs = cell_figs(an, row[c])
                if len(figs) == 1 and not figs[0].q.year_like:
                    head = cell_text(an, header[c])
                    yield i, (figs[0], _row_key(label), _column_key(head), total_row, _clean(label) + ", " + _clean(head))


NEAR = 2  # tables on each side of a figure that its prose may restate: a yearbook's prose speaks of the tables beside it


def extract(an: Analysis) -> Iterator[Claim]:
    if not an.cells:
        return
    tables: dict[int, dict[str, list[tuple[Fig, str, str, bool, str]]]] = {}
    for i, cell in _cells(an):
        if cell[1] or cell[3]:
            tables.setdefault(i, {}).setdefault(_digits(cell[0]), []).append(cell)
    if not tables:
        return
    near = _nearby(an, tables)
    whole_words = tuple(w for w in an.lex.total_words if w not in _NOT_WHOLE)
    sentences: dict[int, str] = {}
    patterns: dict[str, re.Pattern[str]] = {}
    for p in an.figs:
        if p.q.hedge is not None or p.label or p.delta or p.conversion or p.q.year_like or an.cell_of(p.q.span.start) is not None:
            continue  # no cell is written alike (`_alike`), or the figure is a cell itself
        by_digits = near(p.q.span.start)
        if not by_digits:
            continue
        digits = _digits(p)
        same = _named(an, p, by_digits.get(digits, ()), sentences, whole_words, patterns)
        if same:
            cell, where = same[0]
        elif _in_named_row(an, p, by_digits.get(digits, ()), sentences, whole_words, patterns):
            continue  # "at 27,227, down 30 from FY2022": the row's other column, not a slip of the one named
        else:
            fits = [fit for slip in slips(digits) & by_digits.keys() for fit in _named(an, p, by_digits[slip], sentences, whole_words, patterns)]
            if len(fits) != 1:
                continue
            cell, where = fits[0]
        yield Claim("restates", p.q, (Operand("cell", cell.q),), "table-prose", span=p.q.span.cover(cell.q.span),
                    extra=(("cell", where),))


def _nearby(an: Analysis, tables: dict[int, dict[str, list]]):  # noqa: ANN202 - offset -> cells by digits
    """For an offset, the cells by digits of the NEAR tables starting before it and the NEAR after
    it, in the tables' own order: a figure is compared with a bounded number of tables however long
    the document, and the figures between two tables share one index."""
    import bisect

    from linter.claims.tables.grid import grids

    found = grids(an)
    order = sorted(tables, key=lambda i: found[i].rows[0][0].start)
    starts = [found[i].rows[0][0].start for i in order]
    memo: dict[int, dict[str, list]] = {}

    def near(offset: int) -> dict[str, list]:
        k = bisect.bisect_right(starts, offset)
        if k not in memo:
            merged: dict[str, list] = {}
            for i in sorted(order[max(0, k - NEAR):k + NEAR]):
                for digits, cells in tables[i].items():
                    merged.setdefault(digits, []).extend(cells)
            memo[k] = merged
        return memo[k]

    return near


def _in_named_row(an: Analysis, p: Fig, cells, sentences: dict[int, str], whole_words: tuple[str, ...], patterns: dict[str, re.Pattern[str]]) -> bool:
    """Whether `p` is written exactly as a cell of a row its sentence names, whatever the column:
    a sentence naming one column as its comparison ("from 2022") may state the other one."""
    return bool(_named(an, p, cells, sentences, whole_words, patterns, any_column=True))


def _named(an: Analysis, p: Fig, cells, sentences: dict[int, str], whole_words: tuple[str, ...], patterns: dict[str, re.Pattern[str]],
           any_column: bool = False) -> list[tuple[Fig, str]]:
    """The cells among `cells` written like `p` whose row and column its sentence names."""
    fits = []
    for cell, row_key, col_key, total_row, where in cells:
        if not _alike(p, cell):
            continue
        sent = sentences.get(p.sent)
        if sent is None:
            span = an.seg.sentences[p.sent]
            sent = sentences[p.sent] = _norm(an.lower[span.start:span.end])
        noun = _norm(p.q.unit or "")
        row_named = (_phrase_in(row_key, sent, patterns) and _row_beside(an, p, row_key)) or (total_row and an.has_word(sent, whole_words))
        col_named = _phrase_in(col_key, sent, patterns) or (len(noun) >= 3 and _phrase_in(noun, col_key, patterns))
        if row_named and (col_named or any_column):
            fits.append((cell, where))
    return fits


def _row_beside(an: Analysis, p: Fig, row_key: str) -> bool:
    """Whether the sentence names the row with no other figure between the name and `p`: "kiểm tra
    1.286 cơ sở sản xuất, kinh doanh …, phát hiện 142 …, nhắc nhở 44 cơ sở" speaks of businesses
    in general, and its 44 restates no cell of the row "Kinh doanh"."""
    span = an.seg.sentences[p.sent]
    rx = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, row_key.split())) + r"(?!\w)")
    for m in rx.finditer(an.lower, span.start, span.end):
        lo, hi = (m.end(), p.q.span.start) if m.end() <= p.q.span.start else (p.q.span.end, m.start())
        if not any(g is not p and not g.label and not g.q.year_like for g in an.figs_in(Span(lo, hi))):
            return True
    return False


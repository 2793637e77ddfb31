"""Change columns of tables: "2000-2010 change" beside two count columns, "%±" in a time series.

A column of counts headed as a change ("Tăng/giảm", "Change", "+/-") is each row's difference of two
count columns of the row when that difference explains every row but at most one, in three rows at
least; the row it does not explain is reported.

A column of percentages is read as changes only when the figures of the table explain most of
it (at least three rows and three in five): each row's change between two count columns of the
same row, or each row's change from the previous row's count in a table whose rows are years.
Which column is the earlier one is decided the same way, so header years are not needed.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.figures.changemath import corners, matches, pct_change
from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim, Operand, Quantity, Span
from linter.claims.tables.grid import CHANGE_HEADER, Grid, cell_text, grids

Row = list[Span]
# a footnote's mark closing a header or a row's label: "Tăng/giảm (*)", "Xã Tân Phú (1)", "Brown²"
FOOTNOTE = re.compile(r"(?:\(\s*(?:\*+|\d{1,2}|[a-z])\s*\)|\*+|[\u00b9\u00b2\u00b3\u2074-\u2079])\s*$")


def _cell(an: Analysis, row: Row, c: int, percent: bool) -> Quantity | None:
    """The first percentage (or count) of cell `c` of a row; looked up once per document, since
    every pair of columns is tried against each percentage column."""
    if c >= len(row):
        return None
    span = row[c]
    memo: dict[tuple[int, int, bool], Quantity | None] = an.memo.change_cells
    key = (span.start, span.end, percent)
    if key not in memo:
        figs: list[Fig] = an.figs_in(span)
        memo[key] = next((f.q for f in figs if f.q.percent == percent and not (f.q.year_like and not percent)), None)
    return memo[key]


def _level(an: Analysis, row: Row, c: int) -> Quantity | None:
    """The count, or else the rate, of cell `c`: the two levels a difference column subtracts ("| 5,5 | 4,8 |
    -0,7 |" under "2023 (%)", "2024 (%)", "Chênh lệch (điểm)" is a fall of 0,7 points)."""
    return _cell(an, row, c, False) or _cell(an, row, c, True)


def _year(an: Analysis, row: Row) -> int | None:
    head = an.text[row[0].start:row[0].end].strip() if row else ""
    # four digits, not more: a row number ('1', 'STT' column) is no year
    return int(head[:4]) if len(head) >= 4 and head[:4].isdigit() and (len(head) == 4 or not head[4].isdigit()) else None


def _explained(triples: list[tuple[Quantity, Quantity, Quantity]], headed: bool = False) -> bool:
    """Three rows and three in five explained; in a column named a change by its header ("Tăng/giảm
    (%)", "Change, %") or by its signs (a negative percentage is no share), every row but one of three
    or more, as a difference column is."""
    hits = sum(matches(p, corners(pct_change, a, b)) for a, b, p in triples)
    if headed and len(triples) >= 3 and hits >= len(triples) - 1:
        return True
    return len(triples) >= 3 and hits >= 3 and hits * 5 >= len(triples) * 3


def _claims(triples: list[tuple[Quantity, Quantity, Quantity]], evidence: str) -> Iterator[Claim]:
    for a, b, p in triples:
        yield Claim("change_pct", p, (Operand("from", a), Operand("to", b)), evidence, span=a.span.cover(p.span), extra=(("strength", "certain"),))


def _pair_columns(an: Analysis, body: list[Row], c: int, ncols: int, headed: bool) -> list[tuple[Quantity, Quantity, Quantity]]:
    best: list[tuple[Quantity, Quantity, Quantity]] = []
    for i in range(1, ncols):
        for j in range(1, ncols):
            if len({i, j, c}) < 3:
                continue
            triples = [(a, b, p) for r in body if (a := _cell(an, r, i, False)) and (b := _cell(an, r, j, False)) and (p := _cell(an, r, c, True))]
            if _explained(triples, headed) and len(triples) > len(best):
                best = triples
    return best


def _series(an: Analysis, body: list[Row], c: int, ncols: int) -> list[tuple[Quantity, Quantity, Quantity]]:
    years = [_year(an, r) for r in body]
    if len(body) < 4 or any(y is None for y in years) or years != sorted(years):
        return []
    for k in range(1, ncols):
        if k == c:
            continue
        triples = [(a, b, p) for prev, r in zip(body, body[1:]) if (a := _cell(an, prev, k, False)) and (b := _cell(an, r, k, False)) and (p := _cell(an, r, c, True))]
        if _explained(triples):
            return triples
    return []


def extract(an: Analysis) -> Iterator[Claim]:
    for g in grids(an):
        yield from _grid(an, g)


def _grid(an: Analysis, g: Grid) -> Iterator[Claim]:
    body = g.rows[g.header_rows:]
    ncols = max((len(r) for r in g.rows), default=0)
    for c in range(1, ncols):
        if sum(1 for r in body if _cell(an, r, c, True)) < 3:
            yield from _difference_column(an, g, body, c, ncols)
            continue
        signed = any(q is not None and q.value < 0 for q in (_cell(an, r, c, True) for r in body))
        triples = _pair_columns(an, body, c, ncols, _change_headed(an, g, c) or signed)
        if triples:
            yield from _claims(triples, "table-columns")
            continue
        yield from _claims(_series(an, body, c, ncols), "table-series")


def _change_headed(an: Analysis, g: Grid, c: int) -> bool:
    """Whether column c's header names it a change, with no footnote mark saying how it is reckoned
    ("Tăng/giảm (*)": the note says)."""
    header = g.rows[g.header_rows - 1] if g.header_rows else []
    return c < len(header) and bool(CHANGE_HEADER.search(cell_text(an, header[c]))) and not FOOTNOTE.search(cell_text(an, header[c]))


def _difference_column(an: Analysis, g: Grid, body: list[Row], c: int, ncols: int) -> Iterator[Claim]:
    """'| Năm 2022 | Năm 2023 | Tăng/giảm |': each row's change is the later count less the earlier."""
    if not _change_headed(an, g, c):
        return
    body = [r for r in body if not (r and FOOTNOTE.search(cell_text(an, r[0])))]  # "Xã Tân Phú (1)": the note explains the row
    for i in range(1, ncols):
        for j in range(1, ncols):
            if len({i, j, c}) < 3:
                continue
            triples = [(a, b, d) for r in body if (a := _level(an, r, i)) and (b := _level(an, r, j)) and a.percent == b.percent
                       and (d := _cell(an, r, c, False))]
            hits = sum(matches(d, corners(lambda x, y: y - x, a, b)) for a, b, d in triples)
            if len(triples) >= 3 and hits >= len(triples) - 1:
                for a, b, d in triples:
                    yield Claim("diff", d, (Operand("from", a), Operand("to", b)), "table-columns", span=a.span.cover(d.span),
                                extra=(("strength", "certain"), ("points", a.percent)))
                return

"""Totals columns of tables: a column headed Tổng / Total after the count columns it totals, or a
first count column that the count columns after it add up to in the data itself.

Conservative on purpose: only the run of at least two count columns standing right before the
totals column is summed, and a column most data rows disagree with is no partition at all. A
leading "Tổng số" is usually followed by overlapping subsets (nữ, dân tộc …), so a first column
is taken for a total only when every later count column together makes it, exactly, in at least
three data rows and all but one.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.figures.arith import adds_up
from linter.claims.analysis import Analysis
from linter.core.model import Claim, Operand, Span
from linter.lang.packs import phrases
from linter.claims.tables.grid import CHANGE_HEADER, SHARE_HEADER, TOTAL_LABEL, cell_count, cell_share, cell_text

# columns that number, date or code the rows: never parts of a total
ID_HEADER = lazyre.compile(lambda: r"^\W*(?:" + phrases("tables", "id_headers") + r"|#)\W*$", re.I)


def _header_kind(an: Analysis, header: list[Span], c: int) -> str:
    head = cell_text(an, header[c]).strip() if c < len(header) else ""
    if SHARE_HEADER.search(head) or CHANGE_HEADER.search(head) or ID_HEADER.match(head):
        return "other"
    return "total" if TOTAL_LABEL.match(head) else "count"


def total_columns(an: Analysis, header: list[Span], body: list[list[Span]], ncols: int) -> Iterator[Claim]:
    """A totals column after the count columns it totals: per row, the cells before it add up to it.

    Only the run of count columns right before it is summed, never columns after it (a leading
    "Tổng số" is followed by overlapping subsets: nữ, dân tộc …). Unless most data rows (at least
    two) agree, the columns are not a partition and nothing is claimed.
    """
    for c in range(2, ncols):
        if _header_kind(an, header, c) != "total":
            continue
        cols: list[int] = []
        for k in range(c - 1, 0, -1):
            if _header_kind(an, header, k) != "count" or header[k] == header[c] or not _counts_in(an, body, k):
                break
            cols.append(k)
        if len(cols) < 2:
            continue
        rows = [(r, cl) for r in body if (cl := _row_sum(an, r, c, cols[::-1])) is not None]
        # the partition is judged on the data rows: a totals row repeats their slips
        votes = [adds_up(cl.stated, cl.operands_of("part")) for r, cl in rows if not TOTAL_LABEL.match(cell_text(an, r[0]))]
        good, bad = votes.count(True), votes.count(False)
        if bad == 0 or (good > bad and good >= 2):
            yield from (cl for _, cl in rows)


def leading_total(an: Analysis, header: list[Span], body: list[list[Span]], ncols: int) -> Iterator[Claim]:
    """'Population | % | Male | % | Female | %': the first count column is the sum of the later ones.

    Judged by the data, since the header does not say it: the later count columns (shares,
    changes and ids skipped) add up exactly to the first in at least three data rows and in all
    but one, which is then the slip. The first column may be headed Total; a totals column after
    it is left to `total_columns`.
    """
    kinds = [_header_kind(an, header, k) for k in range(ncols)]
    counts = [k for k in range(1, ncols) if kinds[k] in ("count", "total") and _counts_in(an, body, k)]
    if len(counts) < 3 or any(kinds[k] == "total" for k in counts[1:]):
        return  # a totals column after the first is total_columns' to judge
    if len({cell_text(an, header[k]).strip().lower() for k in counts if k < len(header)}) < len(counts):
        return
    first, parts = counts[0], counts[1:]
    rows = [(r, cl) for r in body if (cl := _row_sum(an, r, first, parts)) is not None]
    votes = [adds_up(cl.stated, cl.operands_of("part")) for r, cl in rows if not TOTAL_LABEL.match(cell_text(an, r[0]))]
    if votes.count(True) >= 3 and votes.count(False) <= 1:
        yield from (cl for _, cl in rows)


def _counts_in(an: Analysis, body: list[list[Span]], k: int) -> bool:
    """Column k holds counts in at least half its rows, and no shares."""
    cells = [r[k] for r in body if k < len(r)]
    counts = sum(1 for cell in cells if cell_count(an, cell))
    return counts * 2 >= len(body) and counts >= 1 and not any(cell_share(an, cell) for cell in cells)


def _row_sum(an: Analysis, row: list[Span], c: int, cols: list[int]) -> Claim | None:
    if c >= len(row) or len({row[k] for k in cols} | {row[c]}) < len(cols) + 1:
        return None  # a cell merged across columns: what it counts is unknown
    total = cell_count(an, row[c])
    parts = [cell_count(an, row[k]) for k in cols]
    if total is None or any(p is None for p in parts):
        return None
    ops = (Operand("total", total.q),) + tuple(Operand("part", p.q) for p in parts)
    return Claim("sum", total.q, ops, "table", span=parts[0].q.span.cover(total.q.span), extra=(("axis", "row"),))

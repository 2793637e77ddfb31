"""Tables: pipe tables and aligned columns found in text, plus the tables readers pass in.

A totals row (Total, Tổng, Tổng cộng, Cộng …) must equal the sum of the rows above it, per
column; a totals column standing after two or more count columns must equal, per row, the sum
of those cells. A share column (%, Tỷ lệ, Share, "% of … total") is each row's count over the
whole: the totals row of its count column when there is one; otherwise the one figure of the
document that explains most of the column, which is only trusted when it explains at least half
of it. Shares add up to 100% when a totals row says 100%, or when the totals row of their count
column proves the rows a partition.

Every claim found here has evidence "table": the table rules (T001–T003) judge them, the prose
rules (S001, P001, P002) leave them alone.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal
from typing import Callable, Iterable, Iterator, Sequence

from linter.claims.analysis import Analysis, Fig
from linter.claims.tables.grid import CHANGE_HEADER, LABEL_UNIT, NOT_ADDITIVE, SHARE_HEADER, TOTAL_LABEL, Grid, cell_count, cell_share, cell_text, grids, row_units
from linter.core.model import Claim, Operand, Quantity, Span
from linter.figures.arith import adds_up, implied_whole


def _col(row: list[Span], c: int) -> Span | None:
    return row[c] if c < len(row) else None


# the rate and totals-column linkers, handed in by the pipeline: a linker never imports another
RowRates = Callable[[Analysis, list[list[Span]], int], Iterable[Claim]]
ColumnTotals = Callable[[Analysis, list[Span], list[list[Span]], int], Iterable[Claim]]


def extract(an: Analysis, row_rates: RowRates, column_totals: Sequence[ColumnTotals]) -> Iterator[Claim]:
    """Each table's claims in its reading order: column by column, then the totals columns."""
    for g in grids(an):
        yield from _grid_claims(an, g, row_rates, column_totals)


def _grid_claims(an: Analysis, g: Grid, row_rates: RowRates, column_totals: Sequence[ColumnTotals]) -> Iterator[Claim]:
    body = g.rows[g.header_rows:] if g.header_rows else g.rows
    header = g.rows[0] if g.header_rows else []
    total_idx = next((i for i, r in enumerate(body) if r and TOTAL_LABEL.match(cell_text(an, r[0]))), None)
    ncols = max(len(r) for r in g.rows)
    if total_idx is not None and len(row_units(an, g, body[:total_idx + 1])) > 1:
        total_idx = None  # "Tổng đàn lợn (con)" under "Diện tích (ha)": a row of its own, not a total
    data = [r for r in (body[:total_idx] if total_idx is not None else body) if not _sub_row(an, r)]
    for c in range(1, ncols):
        head = cell_text(an, header[c]) if header and c < len(header) else ""
        if total_idx is not None and not SHARE_HEADER.search(head) and not NOT_ADDITIVE.search(head):
            yield from _column_sum(an, data, body[total_idx], c)
            for segment, later in _later_totals(an, body, total_idx):
                yield from _column_sum(an, segment, later, c)
        if CHANGE_HEADER.search(head) or _signed(an, body, c):
            continue  # a negative percentage is a change ("Tỷ lệ (%)" beside "Tăng/giảm"), never a share or a rate
        if not SHARE_HEADER.search(head):
            if all(cell_share(an, r[c]) for r in body if c < len(r)):  # "Rate", "Tỷ suất": percentages, named otherwise
                yield from row_rates(an, body, c)
            continue
        rates = _rates(an, body, total_idx, c)
        shares = [] if rates else list(_share_column(an, body, data, total_idx, c))
        yield from shares
        if not rates and total_idx is not None:
            yield from _shares_total(an, data, body[total_idx], c)
        if rates or not shares and total_idx is None:  # rates of each row's own base: of which two columns?
            yield from row_rates(an, body, c)
    if g.header_rows:
        for columns in column_totals:
            yield from columns(an, g.rows[g.header_rows - 1], body, ncols)


def _signed(an: Analysis, body: list[list[Span]], c: int) -> bool:
    return any(s is not None and s.q.value < 0 for s in (cell_share(an, r[c]) for r in body if c < len(r)))


def _sub_row(an: Analysis, row: list[Span]) -> bool:
    """'- Trong đó: thu tiền sử dụng đất', 'of which: exports': a row breaking down the row above,
    already counted in it, never a row of its own to add to the total."""
    label = cell_text(an, row[0]).lower().lstrip(" -–—+*•.:") if row else ""
    return any(label.startswith(w) and not label[len(w):len(w) + 1].isalnum() for w in an.lex.list_openers)


def _later_totals(an: Analysis, body: list[list[Span]], first: int) -> list[tuple[list[list[Span]], list[Span]]]:
    """Totals rows after the first, with what each totals: the rows since the previous totals row
    (Cộng khối A … Cộng khối B), or, standing right under totals rows, those totals (Tổng cộng)."""
    idx = [i for i in range(first, len(body)) if body[i] and TOTAL_LABEL.match(cell_text(an, body[i][0]))]
    out, above = [], [idx[0]]
    for a, b in zip(idx, idx[1:]):
        segment = body[a + 1:b]
        if segment:
            out.append((segment, body[b]))
            above.append(b)
        else:
            out.append(([body[i] for i in above], body[b]))
    return out


def _rates(an: Analysis, body: list[list[Span]], total_idx: int | None, c: int) -> bool:
    """A percentage column whose totals row is not 100% holds rates of each row's own base, not shares."""
    cell = _col(body[total_idx], c) if total_idx is not None else None
    total = cell_share(an, cell) if cell else None
    return total is not None and abs(total.q.value - 100) > total.q.resolution / 2


def _column_sum(an: Analysis, data: list[list[Span]], total_row: list[Span], c: int) -> Iterator[Claim]:
    cell = _col(total_row, c)
    total = cell_count(an, cell) if cell else None
    parts = [cell_count(an, r[c]) if c < len(r) else None for r in data]
    if total is None or len(parts) < 2 or any(p is None for p in parts):
        return
    if len({p.i for p in parts}) < len(parts):  # a cell merged over rows: which rows it counts is unknown
        return
    if _named(an, total_row) and not _near(total.q.value, [p.q.value for p in parts]):
        return  # "Total assets" under the lines of an income statement: a named total of rows not all above it
    ops = (Operand("total", total.q),) + tuple(Operand("part", p.q) for p in parts)
    yield Claim("sum", total.q, ops, "table", span=parts[0].q.span.cover(total.q.span))


def _named(an: Analysis, row: list[Span]) -> bool:
    """A totals row that names what it totals ("Total assets", "Tổng tài sản", "Cộng khối A"), unlike a
    bare "Total", "Tổng cộng" or "Toàn tỉnh": it may total some of the rows above it, a section of a
    statement, so only a near miss (one slip, or within 2%) of the rows above is taken for an error."""
    label = cell_text(an, row[0]).strip(" *_:") if row else ""
    m = TOTAL_LABEL.match(label)
    rest = LABEL_UNIT.sub("", label[m.end():] if m else "")
    return m is not None and any(ch.isalpha() for ch in rest)


def _near(total: Decimal, parts: list[Decimal]) -> bool:
    """The rows add up to the total, or would with the total one typing slip away or one row, and
    only one, a changed or swapped digit away, or within 2%."""
    from linter.figures.edits import one_slip

    def digits(v: Decimal) -> str:
        return re.sub(r"\D", "", f"{v:f}")

    got = sum(parts, Decimal(0))
    if got == total or abs(total - got) <= abs(total) * Decimal("0.02") or one_slip(digits(total), digits(got)):
        return True
    # a row's slip keeps its length (a digit changed, two swapped), and only one row has it: a round
    # difference (700) is a changed digit of many rows, which explains nothing
    fits = [p for p in parts if total - got + p > 0 and len(digits(p)) == len(digits(total - got + p))
            and one_slip(digits(p), digits(total - got + p))]
    return len(fits) == 1


def _shares_total(an: Analysis, data: list[list[Span]], total_row: list[Span], c: int) -> Iterator[Claim]:
    """A share column whose totals row says 100%, or whose count column is proven a partition by its totals row."""
    total = cell_share(an, total_row[c]) if c < len(total_row) else None
    shares = [cell_share(an, r[c]) if c < len(r) else None for r in data]
    if len(shares) < 2 or any(s is None for s in shares):
        return
    if total is not None:
        ops = tuple(Operand("share", s.q) for s in shares)
        yield Claim("shares_total", total.q, ops, "table", span=shares[0].q.span.cover(total.q.span))
    elif _partition(an, data, total_row, _count_col(an, data, c)):
        ops = tuple(Operand("share", s.q) for s in shares)
        yield Claim("shares_total", shares[-1].q, ops, "table", span=shares[0].q.span.cover(shares[-1].q.span), extra=(("basis", "counts"),))


def _partition(an: Analysis, data: list[list[Span]], total_row: list[Span], k: int | None) -> bool:
    """Whether the counts of column k add up to its totals row: then the rows split one whole."""
    if k is None or k >= len(total_row):
        return False
    total = cell_count(an, total_row[k])
    parts = [cell_count(an, r[k]) if k < len(r) else None for r in data]
    if total is None or any(p is None for p in parts) or len({p.i for p in parts}) < len(parts):
        return False
    return adds_up(total.q, [p.q for p in parts])


def _count_col(an: Analysis, rows: list[list[Span]], c: int) -> int | None:
    for k in range(c - 1, 0, -1):
        if sum(1 for r in rows if k < len(r) and cell_count(an, r[k])) >= max(1, len(rows) // 2):
            return k
    return None


def _share_column(an: Analysis, body, data, total_idx, c: int) -> Iterator[Claim]:
    k = _count_col(an, data, c)
    if k is None:
        return
    pairs = [(cell_count(an, r[k]), cell_share(an, r[c])) for r in body if c < len(r) and k < len(r)]
    pairs = [(p, s) for p, s in pairs if p and s]
    whole = cell_count(an, body[total_idx][k]) if total_idx is not None and k < len(body[total_idx]) else None
    if whole is None:
        whole = _best_whole(an, pairs, body)
    if whole is None and total_idx is None:
        yield from _shares_of_column(pairs)
        return
    for part, share in pairs:
        if whole is not None and part is not whole:
            yield Claim("percent", share.q, (Operand("part", part.q), Operand("whole", whole.q)), "table", span=part.q.span.cover(share.q.span), extra=(("strength", "certain"),))


PARTITION_ROWS = 3  # rows a share column needs before its counts' sum is trusted as its whole


def _holds(interval: tuple[Decimal, Decimal], value: Decimal) -> bool:
    return interval[0] <= value <= interval[1]


def _shares_of_column(pairs: list[tuple[Fig, Fig]]) -> Iterator[Claim]:
    """A share column with no totals row and no whole in the text, beside a count column (votes and
    their shares): when the counts' sum explains every share but at most one, the rows split that
    sum, and each share is of it; the one it does not explain is reported."""
    if len(pairs) < PARTITION_ROWS or len({p.i for p, _ in pairs}) < len(pairs):
        return
    parts = [p.q for p, _ in pairs]
    value = sum((q.value for q in parts), Decimal(0))
    spans = [implied_whole(p.q, s.q) for p, s in pairs]
    hits = sum(1 for span in spans if _holds(span, value))
    if hits < len(pairs) - 1:
        return
    if hits < len(pairs) and max(lo for lo, _ in spans) <= min(hi for _, hi in spans):
        return  # one whole explains every share, a little more than the counts' sum: blank ballots left out of the table
    whole = Quantity(span=Span(parts[0].span.start, parts[-1].span.end), raw=" + ".join(q.raw for q in parts),
                     value=value, resolution=sum((q.resolution for q in parts), Decimal(0)))
    for part, share in pairs:
        yield Claim("percent", share.q, (Operand("part", part.q), Operand("whole", whole)), "table", span=part.q.span.cover(share.q.span),
                    extra=(("strength", "certain"), ("whole_parts", tuple(parts))))


def _best_whole(an: Analysis, pairs, body: list[list[Span]]) -> Fig | None:
    """The first figure outside this table's own rows explaining the most shares, trusted when it
    explains at least half of them (a count in the share's own rows is the base of a rate)."""
    if not pairs:
        return None
    own = (body[0][0].start, body[-1][-1].end) if body and body[0] and body[-1] else (0, 0)
    spans = [implied_whole(p.q, s.q) for p, s in pairs]
    los, his = sorted(lo for lo, _ in spans), sorted(hi for _, hi in spans)
    best, hits = None, 0
    for f in _within(an, spans):  # a share's interval holds f when it opens at or before f and closes at or after it
        if own[0] <= f.q.span.start < own[1]:
            continue
        n = bisect.bisect_right(los, f.q.value) - bisect.bisect_left(his, f.q.value)
        if n > hits:
            best, hits = f, n
    return best if hits * 2 >= len(pairs) and hits >= 1 else None


def _within(an: Analysis, spans: list[tuple[Decimal, Decimal]]) -> list[Fig]:
    """The counts of the document whose value lies in one of `spans`, in text order: the only
    figures that can explain a share (found through the counts sorted by value, once per document,
    not by reading every figure for every share column of every table)."""
    index = an.memo.counts_by_value
    if index is None:
        counts = sorted((f.q.value, f.i) for f in an.figs if f.count and not f.q.percent)
        index = an.memo.counts_by_value = ([v for v, _ in counts], [i for _, i in counts])
    values, order = index
    merged: list[list[Decimal]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    found = [i for lo, hi in merged for i in order[bisect.bisect_left(values, lo):bisect.bisect_right(values, hi)]]
    return [an.figs[i] for i in sorted(found)]

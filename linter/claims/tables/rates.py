"""Rate columns of tables: each row's percentage is one of its counts over another of its counts.

| Huyện | Dân số | Hộ nghèo | Tỷ lệ hộ nghèo |
| Huyện A | 52.000 | 2.100 | 4,04% |

A percentage column that is not a partition of one whole (its totals row is not 100%, or no
whole explains it) may hold a rate of each row's own base. Which two columns make the rate is
not written, so it is inferred: the pair of count columns before the rate column whose quotient
gives the rate in every row but at most one, better than any other pair, and in at least two
rows when the rates carry decimals (a chance fit to 0,01% is rare), three when they are whole
percentages. Each row then states part / whole, and T002 judges it; the one row that does not
fit is reported. Fewer rows, a tie between pairs, or two misfits: nothing is inferred.
"""
from __future__ import annotations

from typing import Iterator

from linter.figures.arith import overlaps, share_interval, stated_interval
from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim, Operand, Span
from linter.claims.tables.grid import cell_count, cell_share

MIN_ROWS = 3  # rows holding a rate


def _fits(part: Fig, whole: Fig, rate: Fig) -> bool:
    if whole.q.value == 0:
        return False
    return overlaps(*share_interval(part.q, whole.q), *stated_interval(rate.q))


def row_rates(an: Analysis, body: list[list[Span]], c: int) -> Iterator[Claim]:
    rows = []
    for r in body:
        rate = cell_share(an, r[c]) if c < len(r) else None
        if rate is not None:
            rows.append((rate, [cell_count(an, r[k]) if k < len(r) else None for k in range(c)]))
    if len(rows) < MIN_ROWS:
        return
    scores: list[tuple[int, int, int]] = []
    for k in range(1, c):  # the part's column
        for j in range(1, c):  # the base's column
            if j == k:
                continue
            usable = [(rate, counts[k], counts[j]) for rate, counts in rows if counts[k] is not None and counts[j] is not None]
            if len(usable) < len(rows) - 1:
                continue
            fits = sum(1 for rate, part, whole in usable if _fits(part, whole, rate))
            scores.append((fits, k, j))
    if not scores:
        return
    scores.sort(reverse=True)
    fits, k, j = scores[0]
    needed = 2 if all(rate.q.decimals > 0 for rate, _ in rows) else 3
    if fits < needed or fits < len(rows) - 1 or (len(scores) > 1 and scores[1][0] == fits):
        return
    for rate, counts in rows:
        part, whole = counts[k], counts[j]
        if part is None or whole is None:
            continue
        yield Claim(
            "percent", rate.q, (Operand("part", part.q), Operand("whole", whole.q)), "table",
            span=whole.q.span.cover(rate.q.span), extra=(("strength", "certain"), ("rate", True)),
        )

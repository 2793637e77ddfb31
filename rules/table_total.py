from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from linter.arith import sum_interval, total_interval
from linter.model import Diagnostic, Document, Note, Span
from linter.registry import Context, rule


@rule("T001", "table-total")
def table_total(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A totals row or totals column of a table must equal the sum of the cells it totals.

    A totals row is labelled Tổng, Tổng cộng, Cộng, Tổng số, Toàn tỉnh, Total, All or Sum: per
    column, it must equal the sum of the cells above it. A totals column (its header is such a
    label) must equal, per row, the sum of the count columns standing right before it, and only
    when there are at least two: a leading "Tổng số" column followed by "Trong đó: nữ" or "Dân
    tộc" is not the sum of those subsets and is never checked. Share, change, year and number
    columns are not summed, and unless most of the data rows (at least two) agree with their
    totals column, the columns are not a partition and nothing is reported for it. Markdown pipe tables, HTML and Word tables,
    and pipe or aligned tables in plain text are read.

    Safe fix: none (which cell is wrong is not known); see the likely-typo note.

    Okay: | Tháng | Số hộ |
          |---|---|
          | Một | 180 |
          | Hai | 128 |
          | Tổng | 308 |
    T001: | Tháng | Số hộ |
          |---|---|
          | Một | 180 |
          | Hai | 128 |
          | Tổng | 309 |
    Okay: | Unit | Men | Women | Total |
          |---|---|---|---|
          | North | 12 | 15 | 27 |
          | South | 20 | 22 | 42 |
          | East | 9 | 11 | 20 |
    T001: | Unit | Men | Women | Total |
          |---|---|---|---|
          | North | 12 | 15 | 27 |
          | South | 20 | 22 | 44 |
          | East | 9 | 11 | 20 |
    """
    reported: set[Span] = set()
    for claim in doc.claims_of("sum"):
        if claim.evidence != "table" or claim.stated.span in reported:
            continue
        total = claim.operand("total")
        parts = claim.operands_of("part")
        lo, hi = sum_interval(parts)
        t_lo, t_hi = total_interval(total)
        if (hi is None or hi >= t_lo) and lo <= t_hi:
            continue
        reported.add(claim.stated.span)  # a grand total is checked by its row and by its column: one finding
        d = max(p.decimals for p in (total, *parts))
        computed = ctx.fmt(sum((p.value for p in parts), Decimal(0)) / total.scale, d)
        stated = ctx.fmt(total.value / total.scale, total.decimals)
        terms = " + ".join(ctx.fmt(p.value / total.scale, p.decimals) for p in parts)
        if claim.get("axis") == "row":
            message = ctx._("stated row total {stated}, the cells of its row add up to {computed}", stated=stated, computed=computed)
        else:
            message = ctx._("stated total {stated}, the parts add up to {computed}", stated=stated, computed=computed)
        yield ctx.report(
            total.span,
            message,
            notes=tuple(Note(p.span, ctx._("part")) for p in parts),
            stated=stated, computed=computed, arithmetic=f"{terms} = {computed} ≠ {stated}", claim=claim,
        )

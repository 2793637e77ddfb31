from __future__ import annotations

from typing import Iterator

from linter.figures.arith import adds_up, percent_verdict
from linter.core.model import Diagnostic, Document, Note, Span
from linter.judge.registry import Context, rule


@rule("T004", "prose-matches-table", claims=("restates", "sum", "percent"))
def prose_matches_table(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A figure in the prose that restates a table cell must agree with it.

    The figure is linked to a cell only when its sentence names the cell's row (its label, or for
    a totals row toàn tỉnh / cả nước / in total …) and its column (the header's words, or the noun
    counted after the figure is in the header), both are written alike (both counts or both
    shares, the same scale and decimals, no hedge), and the two differ by one typing slip: a digit
    changed, added or dropped, or two neighbours swapped. A larger difference is taken to be
    another quantity and is left alone, as is a figure that fits more than one cell. A cell that
    its own table contradicts (a total that is not the sum above it) is reported by T001 or T002
    instead: the prose may be the figure that is right.

    Safe fix: none; the table's value is offered as an unsafe fix (the table may be the one that
    is wrong).

    Okay: | Đơn vị | Số đảng viên |
          | --- | --- |
          | Đảng bộ xã | 7.850 |
          | Tổng cộng | 12.133 |
          Toàn tỉnh có 12.133 đảng viên.
    T004: | Đơn vị | Số đảng viên |
          | --- | --- |
          | Đảng bộ xã | 7.850 |
          | Tổng cộng | 12.133 |
          Toàn tỉnh có 12.183 đảng viên.
    Okay: | Region | Members |
          | --- | --- |
          | North | 1,204 |
          | South | 987 |
          The North region reported 1,204 members.
    T004: | Region | Members |
          | --- | --- |
          | North | 1,204 |
          | South | 987 |
          The North region reported 1,240 members.
    """
    broken: set[Span] | None = None
    for claim in ctx.claims_of("restates"):
        stated, cell = claim.stated, claim.operand("cell")
        if cell is None or stated.value == cell.value:
            continue
        broken = _broken_cells(ctx) if broken is None else broken
        if cell.span in broken:
            continue  # the cell disagrees with its own table: T001/T002 report it, and the prose may be right
        said = stated.raw.strip()
        table = cell.raw.strip()
        yield ctx.report(
            stated.span,
            ctx._("the text says {stated}, the table says {table}", stated=said, table=table),
            notes=(Note(cell.span, ctx._("table cell")),),
            stated=said, computed=table, arithmetic=f"{said} ≠ {table} (table: {claim.get('cell')})", claim=claim,
            fix=ctx.fix(stated, cell.value / stated.scale, stated.decimals),
            help=ctx._("if the table is the one that is wrong, correct its cell instead"),
        )


def _broken_cells(ctx: Context) -> set[Span]:
    """Cells stated as a table's total or share that their table contradicts."""
    out: set[Span] = set()
    for c in ctx.claims:
        if not c.from_table:
            continue
        if c.kind == "sum" and not adds_up(c.operand("total"), c.operands_of("part")):
            out.add(c.stated.span)
        elif c.kind == "percent" and percent_verdict(c)[0] != "ok":
            out.add(c.stated.span)
    return out

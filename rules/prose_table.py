from __future__ import annotations

from typing import Iterator

from linter.model import Diagnostic, Document, Note
from linter.registry import Context, rule


@rule("T004", "prose-matches-table")
def prose_matches_table(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A figure in the prose that restates a table cell must agree with it.

    The figure is linked to a cell only when its sentence names the cell's row (its label, or for
    a totals row toàn tỉnh / cả nước / in total …) and its column (the header's words, or the noun
    counted after the figure is in the header), both are written alike (both counts or both
    shares, the same scale and decimals, no hedge), and the two differ by one typing slip: a digit
    changed, added or dropped, or two neighbours swapped. A larger difference is taken to be
    another quantity and is left alone, as is a figure that fits more than one cell.

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
    for claim in doc.claims_of("restates"):
        stated, cell = claim.stated, claim.operand("cell")
        if cell is None or stated.value == cell.value:
            continue
        said = stated.raw.strip()
        table = cell.raw.strip()
        yield ctx.report(
            stated.span,
            ctx._("the text says {stated}, the table says {table}", stated=said, table=table),
            notes=(Note(cell.span, ctx._("table cell")),),
            stated=said, computed=table, arithmetic=f"{said} ≠ {table} (table: {claim.get('cell')})", claim=claim,
            fix=ctx.fix(stated, cell.value / stated.scale, stated.decimals),
            help=ctx._("one of the two is mistyped; correct the prose or the table"),
        )

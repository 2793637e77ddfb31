from __future__ import annotations

from typing import Iterator

from linter.judge import verdicts
from linter.core.model import Diagnostic, Document
from linter.judge.registry import Context, rule


@rule("T001", "table-total", claims=("sum",), source="table")
def table_total(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A totals row or totals column of a table must equal the sum of the cells it totals.

    A totals row is labelled Tổng, Tổng cộng, Cộng, Tổng số, Toàn tỉnh, Total, All or Sum: per
    column, it must equal the sum of the cells above it; a later totals row, the rows since the
    previous one (Cộng khối A … Cộng khối B), or, right under totals rows, those subtotals
    (Tổng cộng). A totals column (its header is such a
    label) must equal, per row, the sum of the count columns standing right before it, and only
    when there are at least two. A leading "Tổng số" column followed by "Trong đó: nữ" or "Dân
    tộc" is not the sum of those subsets; a first count column is taken for a total only when all
    the later count columns together make it up exactly in at least three data rows and in all but
    one (Population | Men | Women). Share, change, year and number columns are not summed, and
    unless most of the data rows (at least two) agree with their totals column, the columns are
    not a partition and nothing is reported for it. Markdown pipe
    tables, HTML and Word tables, and pipe or aligned tables in plain text are read.

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
    yield from verdicts.totals(ctx, ctx.claims_of("sum"))

from __future__ import annotations

from typing import Iterator

from linter.judge import verdicts
from linter.core.model import Diagnostic, Document
from linter.judge.registry import Context, rule


@rule("T002", "table-share", options=verdicts.RoundingOptions(), claims=("percent",), source="table")
def table_share(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A share column of a table must equal each row's count over the total, within its precision.

    A share column is headed %, Tỷ lệ, Tỷ trọng, Cơ cấu, Share or Percent; its count column is
    the nearest column before it holding counts. The total is the totals row of that count
    column; without a totals row, the one figure of the document that explains at least half of
    the column's shares. 20,3% stands for [20,25; 20,35): a share is consistent when some values
    inside the intervals of its count and the total give it. A column of rates of each row's own
    base (its totals row is not 100%, or it is headed otherwise: Rate, Tỷ suất) is checked row by
    row when one pair of the row's count columns gives the rate in every row but at most one
    (at least two rows with decimals, three with whole percentages): Hộ nghèo / Dân số = Tỷ lệ
    hộ nghèo. A share that is the truncated
    rather than the rounded value is a warning (option `rounding`: nearest, truncate or either).

    Safe fix: none; the value is shown as a suggestion (the count or the total may be the typo,
    see the likely-typo note).

    Okay: | Nhóm tuổi | Số người | Tỷ lệ |
          |---|---|---|
          | Dưới 18 | 3.893 | 16,4% |
          | Từ 18 | 19.907 | 83,6% |
          | Tổng | 23.800 | 100% |
    T002: | Nhóm tuổi | Số người | Tỷ lệ |
          |---|---|---|
          | Dưới 18 | 3.893 | 16,4% |
          | Từ 18 | 19.907 | 85,6% |
          | Tổng | 23.800 | |
    """
    yield from verdicts.shares(ctx, ctx.claims_of("percent"))

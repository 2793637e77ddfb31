from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from linter.arith import percent_verdict, point
from linter.model import Diagnostic, Document, Note, Severity
from linter.registry import Context, rule


@dataclass(frozen=True)
class Options:
    rounding: str = "nearest"  # nearest | truncate | either: how the newsroom rounds shares

    def __post_init__(self) -> None:
        if self.rounding not in ("nearest", "truncate", "either"):
            raise ValueError(f"rounding must be 'nearest', 'truncate' or 'either', not {self.rounding!r}")


@rule("T002", "table-share", options=Options())
def table_share(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A share column of a table must equal each row's count over the total, within its precision.

    A share column is headed %, Tỷ lệ, Tỷ trọng, Cơ cấu, Share or Percent; its count column is
    the nearest column before it holding counts. The total is the totals row of that count
    column; without a totals row, the one figure of the document that explains at least half of
    the column's shares. 20,3% stands for [20,25; 20,35): a share is consistent when some values
    inside the intervals of its count and the total give it. A share that is the truncated
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
    rounding = ctx.options.rounding if ctx.options else "nearest"
    for claim in doc.claims_of("percent"):
        if claim.evidence != "table":
            continue
        verdict, ops = percent_verdict(claim, rounding)
        if verdict == "ok":
            continue
        part, whole = ops[0].quantity, ops[1].quantity
        d = claim.stated.decimals
        stated = claim.stated.raw.strip()
        suffix = stated.lstrip("-−0123456789.,\u00a0\u202f\u2009")  # "%", " %"
        computed = ctx.fmt(point(part, whole), d) + suffix
        arithmetic = f"{ctx.fmt(part.value, part.decimals)} / {ctx.fmt(whole.value, whole.decimals)} = {computed}" + (f" ≠ {stated}" if verdict == "mismatch" else "")
        notes = (Note(part.span, ctx._("part")), Note(whole.span, ctx._("whole")))
        if verdict == "truncated":
            yield ctx.report(
                claim.stated.span, ctx._("stated {stated}, computed {computed}: the share is truncated, not rounded", stated=stated, computed=computed),
                notes=notes, severity=Severity.WARNING, stated=stated, computed=computed, arithmetic=arithmetic, claim=claim,
                help=ctx._("round to the nearest value, or set rounding = \"truncate\" for T002 if your newsroom truncates"),
            )
            continue
        yield ctx.report(
            claim.stated.span, ctx._("stated {stated}, computed {computed}", stated=stated, computed=computed),
            notes=notes, stated=stated, computed=computed, arithmetic=arithmetic, claim=claim,
        )

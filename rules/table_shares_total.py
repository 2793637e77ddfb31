from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from linter.arith import percent_verdict
from linter.model import Diagnostic, Document, Note
from linter.registry import Context, rule


@rule("T003", "table-shares-100")
def table_shares_total(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """The shares of a table column that partitions one whole must add up to 100%.

    Each share written with d decimals may be off by half a unit of its last digit, so n shares
    may miss 100% by n × ½·10⁻ᵈ (33,3% + 33,3% + 33,3% is fine). A column is a partition when
    its totals row says 100%, or, with no 100% cell, when the totals row of its count column
    equals the sum of the counts above it. In that second case the finding is on the last share,
    and it is left to T002 when that share itself disagrees with its count.

    Safe fix: none; which share is off is not known.

    Okay: | Age | Residents | Share |
          |---|---|---|
          | Under 18 | 3,893 | 16.4% |
          | 18 and over | 19,907 | 83.6% |
          | Total | 23,800 | 100% |
    T003: | Age | Residents | Share |
          |---|---|---|
          | Under 18 | 3,893 | 16.4% |
          | 18 and over | 19,907 | 83.9% |
          | Total | 23,800 | 100% |
    """
    wrong = None
    for claim in doc.claims_of("shares_total"):
        if claim.evidence != "table":
            continue
        shares = claim.operands_of("share")
        lo = sum((s.value - s.resolution / 2 for s in shares), Decimal(0))
        hi = sum((s.value + s.resolution / 2 for s in shares), Decimal(0))
        if lo <= 100 <= hi:
            continue
        if claim.get("basis") == "counts":
            wrong = _wrong_shares(doc) if wrong is None else wrong
            if claim.stated.span in wrong:
                continue  # T002 already reports this figure
        d = max(s.decimals for s in shares)
        total = ctx.fmt(sum((s.value for s in shares), Decimal(0)), d, percent=True)
        terms = " + ".join(ctx.fmt(s.value, s.decimals, percent=True) for s in shares)
        yield ctx.report(
            claim.stated.span,
            ctx._("the shares add up to {total}, not 100%", total=total),
            notes=tuple(Note(s.span, ctx._("share")) for s in shares if s.span != claim.stated.span),
            stated=claim.stated.raw.strip(), computed=total, arithmetic=f"{terms} = {total} ≠ 100%", claim=claim,
        )


def _wrong_shares(doc: Document) -> set:
    """Spans of table shares that disagree with their own count and total."""
    return {c.stated.span for c in doc.claims_of("percent") if c.evidence == "table" and percent_verdict(c, "nearest")[0] != "ok"}

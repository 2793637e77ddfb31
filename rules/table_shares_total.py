from __future__ import annotations

from typing import Iterator

from linter.judge import verdicts
from linter.figures.arith import percent_verdict
from linter.core.model import Claim, Diagnostic, Document
from linter.judge.registry import Context, rule


@rule("T003", "table-shares-100", claims=("shares_total", "percent"), source="table")
def table_shares_total(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """The shares of a table column that partitions one whole must add up to 100%.

    Each share written with d decimals may be off by half a unit of its last digit, so n shares
    may miss 100% by n × ½·10⁻ᵈ (33,3% + 33,3% + 33,3% passes). A column is a partition when
    its totals row says 100%, or, with no cell of 100%, when the totals row of its count column
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
    wrong: set | None = None

    def judged(claim: Claim) -> bool:
        nonlocal wrong
        if claim.get("basis") == "counts":  # the finding would sit on the last share: not when T002 reports it
            wrong = _wrong_shares(ctx) if wrong is None else wrong
            return claim.stated.span not in wrong
        return True

    yield from verdicts.shares_close(ctx, (c for c in ctx.claims_of("shares_total") if judged(c)))


def _wrong_shares(ctx: Context) -> set:
    """Spans of table shares that disagree with their own count and total."""
    return {c.stated.span for c in ctx.claims_of("percent") if percent_verdict(c, "nearest")[0] != "ok"}

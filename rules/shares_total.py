from __future__ import annotations

from typing import Iterator

from linter.judge import verdicts
from linter.lang.packs import lexicon
from linter.core.model import Claim, Diagnostic, Document
from linter.judge.registry import Context, rule
from linter.figures.context import is_change


@rule("P002", "shares-total", claims=("shares_total",), source="prose")
def shares_total(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """Shares that partition one whole must add up to 100%.

    Each share written with d decimals may be off by half a unit of its last digit, so n shares
    may miss 100% by n × ½·10⁻ᵈ (33,3% + 33,3% + 33,3% passes). The partition checked is a list
    of shares only ("Trong đó, nam chiếm 48,5%, nữ chiếm 51,5%") that comes within three points
    of 100%; share columns of tables are T003's. A list holding a change (a signed percentage, or
    one named as a change: "95.2 percent Hispanic, a 6.1 percent increase") is not a breakdown.
    Two candidates' shares of one vote written as a margin ("won by a 62% to 36% margin") may leave
    the rest to others: they must add up to at most 100% within their rounding.

    Safe fix: none; which share is off is not known.

    Okay: Trong tổng số đảng viên mới kết nạp, trong đó: nam chiếm 48,5%, nữ chiếm 51,5%.
    P002: Trong tổng số đảng viên mới kết nạp, trong đó: nam chiếm 48,5%, nữ chiếm 51,8%.
    Okay: Of the members, consisting of: men 33.3%, women 33.3% and others 33.3%.
    P002: Of the members, consisting of: men 33.3%, women 33.3% and others 34.3%.
    Okay: The county (95.2 percent Hispanic, a 6.1 percent increase) grew.
    Okay: In the runoff vote, Bell beat Reed 62 percent to 36 percent.
    P002: In the runoff vote, Bell beat Reed 62 percent to 41 percent.
    """
    lex = lexicon(ctx.locale)

    def partition(claim: Claim) -> bool:
        return not any(is_change(doc.text, s, lex) for s in claim.operands_of("share"))

    yield from verdicts.shares_close(ctx, filter(partition, ctx.claims_of("shares_total")))  # tables are T003's

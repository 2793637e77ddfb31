from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from linter.model import Diagnostic, Document, Note
from linter.registry import Context, rule


@rule("P002", "shares-total")
def shares_total(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """Shares that partition one whole must add up to 100%.

    Each share written with d decimals may be off by half a unit of its last digit, so n shares
    may miss 100% by n × ½·10⁻ᵈ (33,3% + 33,3% + 33,3% is fine). The partition checked is a list
    of shares only ("Trong đó, nam chiếm 48,5%, nữ chiếm 51,5%") that comes within three points
    of 100%; share columns of tables are T003's.

    Safe fix: none; which share is off is not known.

    Okay: Trong tổng số đảng viên mới kết nạp, trong đó: nam chiếm 48,5%, nữ chiếm 51,5%.
    P002: Trong tổng số đảng viên mới kết nạp, trong đó: nam chiếm 48,5%, nữ chiếm 51,8%.
    Okay: Of the members, consisting of: men 33.3%, women 33.3% and others 33.3%.
    P002: Of the members, consisting of: men 33.3%, women 33.3% and others 34.3%.
    """
    for claim in doc.claims_of("shares_total"):
        if claim.evidence == "table":  # tables are judged by T001–T003
            continue
        shares = claim.operands_of("share")
        lo = sum((s.value - s.resolution / 2 for s in shares), Decimal(0))
        hi = sum((s.value + s.resolution / 2 for s in shares), Decimal(0))
        if lo <= 100 <= hi:
            continue
        d = max(s.decimals for s in shares)
        total = ctx.fmt(sum((s.value for s in shares), Decimal(0)), d, percent=True)
        terms = " + ".join(ctx.fmt(s.value, s.decimals, percent=True) for s in shares)
        yield ctx.report(
            claim.stated.span,
            ctx._("the shares add up to {total}, not 100%", total=total),
            notes=tuple(Note(s.span, ctx._("share")) for s in shares if s.span != claim.stated.span),
            stated=claim.stated.raw.strip(), computed=total, arithmetic=f"{terms} = {total} ≠ 100%", claim=claim,
        )

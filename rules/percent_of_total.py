from __future__ import annotations

from typing import Iterator

from linter.judge import verdicts
from linter.core.model import Claim, Diagnostic, Document
from linter.judge.registry import Context, rule


@rule("P001", "percent-of-total", options=verdicts.RoundingOptions())
def percent_of_total(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A stated share must equal part / whole within the precision it is written with.

    93,63% stands for [93,625; 93,635): the share is consistent when some values inside the
    intervals of the part and the whole give it. The whole is a fraction written beside the share
    (49/53 … 92,45%), an explicit base (trong tổng số 15.081; out of 640), the total heading the
    enumeration the part belongs to, or a figure before it that counts the same thing (share
    columns of tables are T002's). An election's turnout (tỉ lệ cử tri đi bỏ phiếu, turnout) is
    the votes cast over the electorate, each named before it. A share whose whole is only
    inferred is reported as a warning, and only when no figure explains it.
    A share that is the truncated rather than the rounded value is a warning (option `rounding`:
    nearest, truncate or either).

    Safe fix: a share written beside its own fraction (49/53 … 92,45%; 73,52% (115/157)) or with an
    explicit base (trong tổng số 202; out of 640) is rewritten to part / whole, rounded to the
    decimals it is written with: both operands are written out and the relation is unambiguous, so
    the share is the figure to correct. Other shares get the value as a suggestion only (the
    operands may be the typo, see the likely-typo note), and a truncated share is never rewritten.

    Okay: Trong tổng số 202 đảng viên mới kết nạp, trong đó: 100 đảng viên nữ chiếm 49,5%.
    P001: Trong tổng số 202 đảng viên mới kết nạp, trong đó: 100 đảng viên nữ chiếm 59,5%.
    Okay: Có 49/53 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, đạt 92,45%.
    P001: Có 49/53 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, đạt 92,54%.
    Okay: Electorate: 8,974. Total votes cast: 640. Turnout: 7.13%.
    P001: Electorate: 8,974. Total votes cast: 640. Turnout: 7.31%.
    Okay: Of the 640 votes cast, 494 votes (77.2%) were in favour.
    P001: Of the 640 votes cast, 494 votes (72.2%) were in favour.
    """
    prose = (c for c in ctx.claims_of("percent") if not c.from_table)  # tables are T002's
    yield from verdicts.shares(ctx, prose, derived=_derived)


def _derived(claim: Claim) -> bool:
    """A share recomputed from operands that are written out and exact, linked without guessing."""
    exact = all(o.quantity.hedge is None and o.quantity.resolution == 0 for o in claim.operands)
    return claim.evidence in ("fraction", "explicit") and not claim.alternatives and exact and claim.stated.hedge is None

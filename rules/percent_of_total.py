from __future__ import annotations

from typing import Iterator

from linter.judge import verdicts
from linter.figures.arith import percent_verdict
from linter.core.model import Claim, Diagnostic, Document
from linter.judge.registry import Context, rule


@rule("P001", "percent-of-total", options=verdicts.RoundingOptions(), claims=("percent",), source="prose")
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

    Before a share is reported, the other readings of its neighbourhood are tried, and any that
    makes it hold silences it: a signed percentage or one named as a change (-2,4%; a 6.1 percent
    increase) is a change; one in a clause on the counted noun or behind a threshold (38/45 trường
    có tỷ lệ học sinh lên lớp đạt 100%; 5 of 14 districts with a poverty rate below 4%) is each
    member's rate; a share of a subgroup (Riêng trường chuyên …; At magnet schools, …) takes no
    whole from another sentence; another pair of counts of its clause, or the step between two
    values at two times, may give it. A stated figure gets at most one finding.

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
    Okay: Có 38/45 trường có tỷ lệ học sinh lên lớp đạt 100%, 40/45 trường đạt chuẩn quốc gia, đạt 88,9%.
    P001: Có 38/45 trường có tỷ lệ học sinh lên lớp đạt 100%, 40/45 trường đạt chuẩn quốc gia, đạt 89,9%.
    Okay: Toàn huyện có 2.450 học sinh dự thi, 2.310 em đỗ, đạt 94,3%. Riêng trường chuyên có 415 em đỗ, đạt 99,5%.
    Okay: Bệnh viện khám cho 84.500 lượt người, điều trị nội trú 9.200 lượt, công suất giường bệnh đạt 118%.
    Okay: The Hawks shot 45.0 percent from 3-point range (18-for-40).
    P001: The Hawks shot 48.0 percent from 3-point range (18-for-40).
    P001: Có 49/53 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, đạt 102,45%.
    """
    prose = [c for c in ctx.claims_of("percent") if not _over_inferred(c)]  # tables are T002's
    yield from verdicts.shares(ctx, one_per_figure(prose), derived=_derived)


def _over_inferred(claim: Claim) -> bool:
    """A part is never more than its whole: above 100% a percentage that no reading explains says that
    what it measures is no part of a whole the linker only inferred (a bed occupancy of 112%, a plan
    exceeded); a whole written out or heading the enumeration makes it a slip to report."""
    return claim.get("strength") == "likely" and claim.stated.value > 100 and percent_verdict(claim)[0] == "mismatch"


EXPLICIT = ("fraction", "explicit", "turnout", "partition")


def one_per_figure(claims: list[Claim]) -> list[Claim]:
    """One claim per stated figure: a figure two linkers read is judged by the reading that holds,
    else by the one reading written out in the text; two inferred readings that disagree say nothing."""
    by_figure: dict[tuple[int, int], list[Claim]] = {}
    for c in claims:
        by_figure.setdefault((c.stated.span.start, c.stated.span.end), []).append(c)
    out = []
    for readings in by_figure.values():
        if len(readings) == 1:
            out.extend(readings)
            continue
        holding = [c for c in readings if percent_verdict(c)[0] != "mismatch"]
        explicit = [c for c in readings if c.evidence in EXPLICIT]
        out.append(holding[0] if holding else explicit[0] if len(explicit) == 1 else None)
    return [c for c in out if c is not None]


def _derived(claim: Claim) -> bool:
    """A share recomputed from operands that are written out and exact, linked without guessing."""
    exact = all(o.quantity.hedge is None and o.quantity.resolution == 0 for o in claim.operands)
    return claim.evidence in ("fraction", "explicit") and not claim.alternatives and exact and claim.stated.hedge is None

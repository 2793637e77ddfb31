from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from linter.arith import percent_verdict, point
from linter.model import Claim, Diagnostic, Document, Note, Severity
from linter.registry import Context, rule


@dataclass(frozen=True)
class Options:
    rounding: str = "nearest"  # nearest | truncate | either: how the newsroom rounds shares

    def __post_init__(self) -> None:
        if self.rounding not in ("nearest", "truncate", "either"):
            raise ValueError(f"rounding must be 'nearest', 'truncate' or 'either', not {self.rounding!r}")


@rule("P001", "percent-of-total", options=Options())
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
    rounding = ctx.options.rounding if ctx.options else "nearest"
    for claim in doc.claims_of("percent"):
        if claim.evidence == "table":  # tables are judged by T001–T003
            continue
        verdict, ops = percent_verdict(claim, rounding)
        if verdict == "ok":
            continue
        part, whole = ops[0].quantity, ops[1].quantity
        d = claim.stated.decimals
        stated = claim.stated.raw.strip()
        suffix = stated.lstrip("-−0123456789.,\u00a0\u202f\u2009")  # "%", " %", " phần trăm", " percent"
        computed = ctx.fmt(point(part, whole), d) + suffix
        whole_text = " + ".join(ctx.fmt(p.value, p.decimals) for p in claim.get("whole_parts", ())) or ctx.fmt(whole.value, whole.decimals)
        arithmetic = f"{ctx.fmt(part.value, part.decimals)} / {whole_text} = {computed}" + (f" ≠ {stated}" if verdict == "mismatch" else "")
        notes = (Note(part.span, ctx._("part")), Note(whole.span, ctx._("whole")))
        if verdict == "truncated":
            yield ctx.report(
                claim.stated.span, ctx._("stated {stated}, computed {computed}: the share is truncated, not rounded", stated=stated, computed=computed),
                notes=notes, severity=Severity.WARNING, stated=stated, computed=computed, arithmetic=arithmetic, claim=claim,
                help=ctx._("round to the nearest value, or set rounding = \"truncate\" for P001 if your newsroom truncates"),
            )
            continue
        certain = claim.get("strength") == "certain"
        yield ctx.report(
            claim.stated.span, ctx._("stated {stated}, computed {computed}", stated=stated, computed=computed),
            notes=notes, severity=Severity.ERROR if certain else Severity.WARNING, stated=stated, computed=computed,
            arithmetic=arithmetic, claim=claim, fix=ctx.fix(claim.stated, point(part, whole), d, safe=True) if _derived(claim) else None,
            help=None if certain else ctx._("the whole was inferred from the figures before this share; if it is another whole, say which"),
        )


def _derived(claim: Claim) -> bool:
    """A share recomputed from operands that are written out and exact, linked without guessing."""
    exact = all(o.quantity.hedge is None and o.quantity.resolution == 0 for o in claim.operands)
    return claim.evidence in ("fraction", "explicit") and not claim.alternatives and exact and claim.stated.hedge is None

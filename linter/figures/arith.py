"""Interval arithmetic on written figures: what a stated figure can mean, and what it should be."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable

from linter.core.model import Claim, Hedge, Quantity

HUNDRED = Decimal(100)


def share_interval(part: Quantity, whole: Quantity) -> tuple[Decimal, Decimal | None]:
    """All the percentages part/whole can give when both stand for the intervals they are written as."""
    w_lo, w_hi = whole.low, whole.high
    lo = part.low * HUNDRED / w_hi if w_hi else Decimal(0)
    hi = (part.high * HUNDRED / w_lo) if (part.high is not None and w_lo > 0) else None
    return max(lo, Decimal(0)), hi


def point(part: Quantity, whole: Quantity) -> Decimal:
    return part.value * HUNDRED / whole.value if whole.value else Decimal(0)


def overlaps(lo: Decimal, hi: Decimal | None, s_lo: Decimal, s_hi: Decimal | None) -> bool:
    return (hi is None or hi >= s_lo) and (s_hi is None or s_hi >= lo)


def stated_interval(q: Quantity, mode: str = "nearest") -> tuple[Decimal, Decimal | None]:
    """The values a stated figure admits; mode 'truncate' reads 48,02% as [48,02; 48,03)."""
    if q.hedge is not None:
        return q.low, q.high
    if mode == "truncate":
        return q.value, q.value + q.resolution
    return q.value - q.resolution / 2, q.value + q.resolution / 2


def percent_verdict(claim: Claim, rounding: str = "nearest") -> tuple[str, tuple]:
    """('ok'|'truncated'|'mismatch', reading): the best reading of a percent claim."""
    readings = [claim.operands, *claim.alternatives]
    modes = {"nearest": ("nearest",), "truncate": ("truncate",), "either": ("nearest", "truncate")}[rounding]
    for ops in readings:
        part, whole = ops[0].quantity, ops[1].quantity
        lo, hi = share_interval(part, whole)
        if any(overlaps(lo, hi, *stated_interval(claim.stated, m)) for m in modes):
            return "ok", ops
    if rounding == "nearest":
        for ops in readings:
            lo, hi = share_interval(ops[0].quantity, ops[1].quantity)
            if overlaps(lo, hi, *stated_interval(claim.stated, "truncate")):
                return "truncated", ops
    return "mismatch", claim.operands


def rounding_step(q: Quantity) -> Decimal:
    """One unit of the last non-zero digit written: "hơn 87.560" was rounded down to tens, "hơn 74.886"
    to units, "hơn 530,5 tỷ" to tenths of a billion (decimals written are deliberate, zeros too)."""
    digits = re.sub(r"\D", "", q.raw)
    zeros = len(digits) - len(digits.rstrip("0")) if q.decimals == 0 and digits.strip("0") else 0
    return Decimal(1).scaleb(zeros - q.decimals) * q.scale


def part_interval(p: Quantity) -> tuple[Decimal, Decimal | None]:
    """The values a part admits: "hơn 3.110" is 3.110 up to the next step of its rounding, 3.120."""
    if p.hedge is None:
        return p.value - p.resolution / 2, p.value + p.resolution / 2
    if p.hedge == Hedge.MORE_THAN:
        return p.value, p.value + rounding_step(p)
    if p.hedge == Hedge.ABOUT and _precise(p):  # "ước đạt 10.005 tấn": an estimate written to its last digits, as a total's
        return p.value - p.resolution / 2, p.value + p.resolution / 2
    return p.low, p.high


def _precise(q: Quantity) -> bool:
    """Whether a figure is written to its last digits (at most one trailing zero), not rounded."""
    digits = q.raw.rstrip("% ").replace(".", "").replace(",", "")
    return len(digits) - len(digits.rstrip("0")) <= 1


def sum_interval(parts: Iterable[Quantity]) -> tuple[Decimal, Decimal | None]:
    lo, hi = Decimal(0), Decimal(0)
    for p in parts:
        p_lo, p_hi = part_interval(p)
        lo += p_lo
        hi = None if hi is None or p_hi is None else hi + p_hi
    return lo, hi


def adds_up(total: Quantity, parts: Iterable[Quantity]) -> bool:
    """Whether some values within the precision and the hedges of the parts add up to the total."""
    lo, hi = sum_interval(parts)
    t_lo, t_hi = total_interval(total)
    return (hi is None or hi >= t_lo) and lo <= t_hi


def whole_ceiling(q: Quantity) -> Decimal | None:
    """The most a whole can be that its parts must stay within; None when it has no ceiling.

    "hơn 87.560 tấn" is below the next step of its rounding (87.570); a round "hơn 15.000" is a floor
    of the writer's choosing, yet one that a count twice as large would not have been given.
    """
    if q.hedge != Hedge.MORE_THAN:
        return q.high
    digits = q.raw.rstrip("% ").replace(".", "").replace(",", "")
    precise = len(digits) - len(digits.rstrip("0")) <= 1
    return q.value + rounding_step(q) if precise else q.value * 2


def total_interval(q: Quantity) -> tuple[Decimal, Decimal]:
    """The values a stated total admits for its breakdown.

    "hơn 5.230" is a figure rounded down: at least 5.230 and at most the next step of its rounding
    (5.240); "gần 5.230" is the step below it. A total hedged with 'trở lên' or 'at least' is still
    the figure its breakdown must reach, and so is an estimate written to its last digits ("ước đạt
    12.450 tỷ đồng"); only a round figure ("khoảng 12.000") is approximate.
    """
    if q.hedge == Hedge.MORE_THAN:
        return q.value, q.value + rounding_step(q)
    digits = q.raw.rstrip("% ").replace(".", "").replace(",", "")
    precise = len(digits) - len(digits.rstrip("0")) <= 1
    if q.hedge == Hedge.NEARLY and precise:
        return q.value - rounding_step(q), q.value
    if q.hedge is None or q.hedge.value in ("at_least", "less_than", "at_most") or precise:
        return q.value - q.resolution / 2, q.value + q.resolution / 2
    return q.low, q.high or q.value


def implied_whole(part: Quantity, share: Quantity) -> tuple[Decimal, Decimal]:
    """The interval of wholes for which part is share% of it, widened to admit a truncated share."""
    lo_share = share.value - share.resolution / 2
    hi_share = share.value + share.resolution
    if lo_share <= 0:
        return Decimal(0), Decimal("Infinity")
    return part.low * 100 / hi_share, (part.high or part.value * 2) * 100 / lo_share

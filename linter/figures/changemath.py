"""Interval arithmetic for changes: what a percent change or a difference of written figures can be.

Every operand stands for the interval it is written with (rounded figures widen it, hedged
ones widen it by the architecture's 5%); a change is monotone in each operand, so its extremes
are found at the corners of the operand box.
"""
from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Callable

from linter.figures.arith import stated_interval
from linter.core.model import Claim, Hedge, Quantity

HUNDRED = Decimal(100)


def bounds(q: Quantity) -> tuple[Decimal, Decimal]:
    if q.hedge in (Hedge.ABOUT, Hedge.NEARLY) and q.high is not None:
        return q.low, q.high
    return q.value - q.resolution / 2, q.value + q.resolution / 2


def corners(fn: Callable[..., Decimal | None], *qs: Quantity) -> tuple[Decimal, Decimal] | None:
    values = [v for combo in itertools.product(*(bounds(q) for q in qs)) if (v := fn(*combo)) is not None]
    return (min(values), max(values)) if values else None


def pct_change(old: Decimal, new: Decimal) -> Decimal | None:
    return (new - old) * HUNDRED / old if old > 0 else None


def pct_of_base(delta: Decimal, new: Decimal, sign: int) -> Decimal | None:
    """'X, tăng D (P%)': the earlier value is X − D (X + D after a fall); the change keeps its direction."""
    old = new - sign * delta
    return sign * delta * HUNDRED / old if old > 0 else None


def direction(claim: Claim) -> int:
    """The direction of the pair a change is stated about: the word before its amount ('giảm 130 vụ')."""
    return int(claim.get("dir", claim.get("sign", 1)) or 1)


def matches(stated: Quantity, interval: tuple[Decimal, Decimal] | None, *, absolute: bool = False) -> bool:
    """Whether the stated figure admits some value of `interval` (magnitudes when `absolute`)."""
    if interval is None:
        return True
    lo, hi = interval
    s_lo, s_hi = stated_interval(stated)
    if absolute:
        lo, hi = (Decimal(0) if lo <= 0 <= hi else min(abs(lo), abs(hi))), max(abs(lo), abs(hi))
        if s_hi is not None:
            s_lo, s_hi = (Decimal(0) if s_lo <= 0 <= s_hi else min(abs(s_lo), abs(s_hi))), max(abs(s_lo), abs(s_hi))
    return (s_hi is None or s_hi >= lo) and s_lo <= hi


def truncated(stated: Quantity, interval: tuple[Decimal, Decimal] | None) -> bool:
    """19.357% printed as 19.3%: the stated figure is the computed one cut, not rounded."""
    if interval is None or stated.hedge is not None:
        return False
    lo, hi = (abs(interval[0]), abs(interval[1]))
    lo, hi = min(lo, hi), max(lo, hi)
    v = abs(stated.value)
    return v <= hi and lo < v + stated.resolution


def point(interval: tuple[Decimal, Decimal]) -> Decimal:
    return (interval[0] + interval[1]) / 2


def change_interval(claim: Claim) -> tuple[Decimal, Decimal] | None:
    """What a change_pct claim's figures make of the change: from its base, or from 'X, tăng D'."""
    new = claim.operand("to")
    if claim.operand("delta") is not None:
        return corners(lambda d, n: pct_of_base(d, n, direction(claim)), claim.operand("delta"), new)
    return corners(pct_change, claim.operand("from"), new)


def change_holds(claim: Claim, interval: tuple[Decimal, Decimal] | None = None) -> bool:
    """Whether the stated percent change fits its figures, in the direction its words give (C002)."""
    interval = interval if interval is not None else change_interval(claim)
    if interval is None:
        return True
    stated, sign = claim.stated, int(claim.get("sign", 0))
    signed = claim.get("signed", True) and sign == 0
    return matches(stated, interval, absolute=not signed) and (sign == 0 or point(interval) * sign >= -stated.resolution)


def difference_holds(claim: Claim) -> bool:
    """Whether a stated difference is the gap of its two figures (C001), or, where allowed, their relative change."""
    old, new, stated = claim.operand("from"), claim.operand("to"), claim.stated
    if old is None or new is None:
        return True
    if matches(stated, corners(lambda a, b: abs(b - a), old, new), absolute=True):
        return True
    return bool(claim.get("relative_ok")) and matches(stated, corners(pct_change, old, new), absolute=True)

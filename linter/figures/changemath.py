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


Window = tuple[tuple[Decimal | None, Decimal | None], ...]  # intervals of values; () admits none
ANY: Window = ((None, None),)


def edit_window(claim: Claim, at: object, r: Decimal) -> Window:
    """The values the unhedged, non-negative figure at span `at` may take for `change_holds` (a
    change_pct claim) or `difference_holds` (a diff) to accept the claim once that figure alone is
    changed; a superset, each bound widened by `r`, the coarsest resolution the new figure can be
    written with (its half-width is at most r/2). ANY where the figure's effect is not monotone
    (a base at or below zero, an amount of change, a figure used twice)."""
    figs = [claim.stated, *(o.quantity for o in claim.operands), *(o.quantity for alt in claim.alternatives for o in alt)]
    if claim.alternatives or sum(1 for f in figs if f.span == at) != 1:
        return ANY
    old, new = claim.operand("from"), claim.operand("to")
    if claim.kind == "change_pct":
        if claim.stated.span == at:
            interval = change_interval(claim)
            signed = claim.get("signed", True) and int(claim.get("sign", 0)) == 0
            return ANY if interval is None else (_around(interval, signed, r),)
        if claim.operand("delta") is not None or old is None or new is None:
            return ANY
        signed = claim.get("signed", True) and int(claim.get("sign", 0)) == 0
        return _pct_window(claim.stated, old, new, at, signed, r)
    if claim.kind != "diff" or old is None or new is None:
        return ANY
    relative = bool(claim.get("relative_ok"))
    if claim.stated.span == at:
        gap = corners(lambda a, b: abs(b - a), old, new)
        pct = corners(pct_change, old, new) if relative else None
        if gap is None or (relative and pct is None):
            return ANY
        return (_around(gap, False, r),) + ((_around(pct, False, r),) if pct is not None else ())
    s_lo, s_hi = stated_interval(claim.stated)
    if s_hi is None:
        return ANY
    m = max(abs(s_lo), abs(s_hi))
    if at not in (old.span, new.span):
        return ANY
    b_lo, b_hi = bounds(new if old.span == at else old)
    found: Window = ((b_lo - m - r, b_hi + m + r),)  # |b - a| can be at most m: a within m of b
    return found + (_pct_window(claim.stated, old, new, at, False, r) if relative else ())


def _around(interval: tuple[Decimal, Decimal], signed: bool, r: Decimal) -> tuple[Decimal, Decimal]:
    """Stated values a computed interval admits: within it (signed), or of at most its largest magnitude."""
    lo, hi = interval
    if signed:
        return lo - r, hi + r
    top = max(abs(lo), abs(hi))
    return -(top + r), top + r


def _pct_window(stated: Quantity, old: Quantity, new: Quantity, at: object, signed: bool, r: Decimal) -> Window:
    """Values of the base (`old`) or the later figure (`new`) at `at` for which (new - old) / old
    can meet the stated change (its magnitude when not `signed`)."""
    s_lo, s_hi = stated_interval(stated)
    if not signed:
        if s_hi is None:
            return ANY
        s_hi = max(abs(s_lo), abs(s_hi))
        s_lo = -s_hi
    if new.span == at:  # increasing in new for a positive base: new within the base grown by the change
        o_lo, o_hi = bounds(old)
        if o_lo <= 0:
            return ANY
        k = (s_lo + HUNDRED) / HUNDRED
        lo = min(o_lo * k, o_hi * k) - r
        if s_hi is None:
            return ((lo, None),)
        big = (s_hi + HUNDRED) / HUNDRED
        return ((lo, max(o_lo * big, o_hi * big) + r),)
    if old.span != at:
        return ANY
    n_lo, n_hi = bounds(new)  # the base at `at`: new / old meets (100 + change) / 100
    if n_lo <= 0 or s_hi is None or s_hi + HUNDRED <= 0:
        return ANY
    low = n_lo * HUNDRED / (s_hi + HUNDRED) - r
    high = n_hi * HUNDRED / (s_lo + HUNDRED) + r if s_lo + HUNDRED > 0 else None
    return ((None, r), (low, high))  # a base at or below zero leaves no change to compare: it passes

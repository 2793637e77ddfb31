"""Explain a share before accusing it: the other readings its neighbourhood offers.

A share linked to a part and a whole that do not give it may still be right under another reading
of the figures around it, and then it is no finding:

- another pair of counts of its clause, one a share or a ratio of the other ("năm nay có 1.250 hộ
  thoát nghèo so với 1.125 hộ năm trước, bằng 111,1%" where the linker took another whole): the
  claim gains that reading, and `--show-verified` writes the arithmetic that explains it;
- the figure read as a change: the stated percentage is new / old − 1 of two counts of its clause
  ("1.250 hộ, năm trước 1.125 hộ, 11,1%").

Only a share that no reading explains is reported. The readings are looked for in the share's own
clause only, where the text ties figures together; a fraction written beside the share
("49/53 … 92,45%") is explicit and is not second-guessed.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from decimal import Decimal
from itertools import permutations
from typing import Iterator

from linter.arith import overlaps, percent_verdict, share_interval, stated_interval
from linter.claims import Analysis, Fig
from linter.model import Claim, Operand, Quantity

HUNDRED = Decimal(100)


def _clause_counts(an: Analysis, claim: Claim) -> list[Fig]:
    """The counts of the share's own clause, besides the share."""
    clause = an.seg.clause(claim.stated.span.start)
    span = an.seg.clauses[clause]
    starts = an.fig_starts
    lo, hi = bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end)
    return [g for g in an.figs[lo:hi] if g.count and g.q.value > 0]


def _change_interval(new: Quantity, old: Quantity) -> tuple[Decimal, Decimal]:
    """All the percent changes from old to new the two written figures can give."""
    corners = [(n - o) * HUNDRED / o for n in (new.low, new.high if new.high is not None else new.value) for o in (old.low, old.high if old.high is not None else old.value) if o > 0]
    return (min(corners), max(corners)) if corners else (Decimal(0), Decimal(0))


def _as_change(stated: Quantity, counts: list[Fig]) -> bool:
    """Whether the stated percentage is the change between two counts of the same thing."""
    s_lo, s_hi = stated_interval(stated)
    for new, old in permutations(counts, 2):
        if new.unit != old.unit:
            continue
        lo, hi = _change_interval(new.q, old.q)
        if lo <= 0 <= hi:
            continue  # no direction: "1.250 and 1.249" explain any small change
        if overlaps(min(abs(lo), abs(hi)), max(abs(lo), abs(hi)), s_lo, s_hi):
            return True
    return False


def _as_share(stated: Quantity, counts: list[Fig]) -> tuple[Quantity, Quantity] | None:
    """Another pair of counts of the clause, the first a share of the second, that gives the stated figure."""
    s_lo, s_hi = stated_interval(stated)
    for part, whole in permutations(counts, 2):
        if part.unit != whole.unit or (part.q.value >= whole.q.value) != (stated.value > 100):
            continue  # above 100% only a ratio of a larger figure to a smaller: "1.250 hộ so với 1.125 hộ, bằng 111,1%"
        lo, hi = share_interval(part.q, whole.q)
        if overlaps(lo, hi, s_lo, s_hi):
            return part.q, whole.q
    return None


def explain(an: Analysis, claims: Iterator[Claim]) -> Iterator[Claim]:
    """The share claims, each kept as linked when it holds, given the reading that explains it, or
    dropped when it reads as a change."""
    for claim in claims:
        if claim.kind != "percent" or claim.evidence == "fraction" or percent_verdict(claim)[0] != "mismatch":
            yield claim
            continue
        counts = _clause_counts(an, claim)
        pair = _as_share(claim.stated, counts)
        if pair is not None:
            reading = (Operand("part", pair[0]), Operand("whole", pair[1]))
            yield replace(claim, alternatives=claim.alternatives + (reading,))
            continue
        if _as_change(claim.stated, counts):
            continue  # "1.250 hộ, năm trước 1.125 hộ, 11,1%": a change, not a share
        yield claim

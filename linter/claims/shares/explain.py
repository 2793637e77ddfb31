"""Explain a share before accusing it: the other readings its neighbourhood offers.

A share linked to a part and a whole that do not give it may still be right under another reading
of the figures around it, and then it is no finding:

- another pair of counts of its clause, one a share or a ratio of the other ("năm nay có 1.250 hộ
  thoát nghèo so với 1.125 hộ năm trước, bằng 111,1%" where the linker took another whole): the
  claim gains that reading, and `--show-verified` writes the arithmetic that explains it;
- the figure read as a change: the stated percentage is new / old − 1 of its part and the count
  right before it ("năm 2023 có 1.250 hộ, năm 2022 có 1.125 hộ, 11,1%").

Only a share that no reading explains is reported. The readings are looked for in the share's own
clause only, where the text ties figures together; a fraction written beside the share
("49/53 … 92,45%") is explicit and is not second-guessed.
"""
from __future__ import annotations

import bisect
from decimal import Decimal
from itertools import permutations
from typing import Iterator

from linter.figures.arith import overlaps, percent_verdict, share_interval, stated_interval
from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim, Operand, Quantity, Span
from linter.core.record import replace

HUNDRED = Decimal(100)


COUNTS_REACH = 600  # characters before a share in which the counts of another reading of it are looked for


def _clause_counts(an: Analysis, claim: Claim) -> list[Fig]:
    """The counts of the share's own clause before it (a figure after a share starts the next item)."""
    clause = an.seg.clause(claim.stated.span.start)
    span = an.seg.clauses[clause]
    starts = an.fig_starts
    lo = bisect.bisect_left(starts, max(span.start, claim.stated.span.start - COUNTS_REACH))  # a run-on clause: its near part
    hi = bisect.bisect_left(starts, claim.stated.span.start)
    return [g for g in an.figs[lo:hi] if g.count and g.q.value > 0]


def _change_interval(new: Quantity, old: Quantity) -> tuple[Decimal, Decimal]:
    """All the percent changes from old to new the two written figures can give."""
    news = (new.low, new.value if new.high is None else new.high)
    olds = (old.low, old.value if old.high is None else old.high)
    corners = [(n - o) * HUNDRED / o for n in news for o in olds if o > 0]
    return (min(corners), max(corners)) if corners else (Decimal(0), Decimal(0))


def _as_change(an: Analysis, claim: Claim, counts: list[Fig]) -> bool:
    """Whether the stated percentage is the change between the share's part and the count right before it.

    "năm 2023 có 1.250 hộ, năm 2022 có 1.125 hộ, 11,1%": two values of one thing at two times,
    and the percentage is the step between them, either way. Without a second time ("Trong tổng số
    35 …, trong đó 17 …") the two are a whole and its part, and no change is read.
    """
    own = claim.operands[0].quantity.span
    i = next((k for k, g in enumerate(counts) if g.q.span == own), None)
    if not i:
        return False
    part, before = counts[i], counts[i - 1]
    if part.unit != before.unit or not _two_times(an, before, claim.stated):
        return False
    s_lo, s_hi = stated_interval(claim.stated)
    for new, old in ((part, before), (before, part)):
        lo, hi = _change_interval(new.q, old.q)
        if not lo <= 0 <= hi and overlaps(min(abs(lo), abs(hi)), max(abs(lo), abs(hi)), s_lo, s_hi):
            return True  # a change has a direction: "1.250 and 1.249" would explain any small one
    return False


def _two_times(an: Analysis, first: Fig, share: Quantity) -> bool:
    """Whether the text from the first figure to the share names another time: a year, "năm trước", "a year earlier"."""
    between = an.lower[first.q.span.end:share.span.start]
    if any(g.q.year_like for g in an.figs_in(Span(first.q.span.end, share.span.start))):
        return True
    return an.has_word(between, an.lex.other_time)


def _as_share(claim: Claim, counts: list[Fig]) -> tuple[Quantity, Quantity] | None:
    """Another pair of counts of the clause, sharing the claim's part or one of its wholes, that gives the stated figure.

    Above 100% only a ratio of the claim's own part to a smaller figure is read ("1.250 hộ thoát
    nghèo so với 1.125 hộ năm trước, bằng 111,1%"): a part is never more than its whole.
    """
    stated = claim.stated
    s_lo, s_hi = stated_interval(stated)
    own = claim.operands[0].quantity.span
    wholes = {ops[1].quantity.span for ops in (claim.operands, *claim.alternatives)}
    for part, whole in permutations(counts, 2):
        if part.unit != whole.unit or (part.q.value >= whole.q.value) != (stated.value > 100):
            continue
        if part.q.span != own and (stated.value > 100 or whole.q.span not in wholes):
            continue
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
        pair = _as_share(claim, counts)
        if pair is not None:
            reading = (Operand("part", pair[0]), Operand("whole", pair[1]))
            yield replace(claim, alternatives=claim.alternatives + (reading,))
            continue
        if _as_change(an, claim, counts):
            continue  # "1.250 hộ, năm trước 1.125 hộ, 11,1%": a change, not a share
        yield claim

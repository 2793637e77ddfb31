"""Revisions summed up: "March payrolls were revised from +88,000 to +96,000, and April's from +120,000
to +131,000. With these revisions, job growth over the two months was 19,000 higher than previously
reported."

The figure said to be higher or lower than previously reported is the difference of the revised
values' sum and the first values' sum. Linked only when the sentence before (or its own) gives
nothing but revisions ('revised from A to B') and the statement's sentence no other count, and only
when the revisions go the way the statement says.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from linter.claims.analysis import Analysis, Fig
from linter.claims.changes.ahead import _alone
from linter.claims.changes.grammar import _w
from linter.core import lazyre
from linter.core.model import Claim, Operand, Quantity, Span
from linter.lang.packs import words as pack_words

THAN_REPORTED = lazyre.compile(lambda: r"\s*(?P<dir>" + _w("than_comparatives") + r")\s+(?:" + _w("revised_than") + r")\b", re.I)
REVISED_FROM = lazyre.compile(lambda: r"\b(?:" + _w("revision_verbs") + r")\s+(?:" + _w("from_words") + r")\s*\+?$", re.I)
TO_REVISED = lazyre.compile(lambda: r"\s*(?:" + _w("to_words") + r")\s*\+?", re.I)


def claims(an: Analysis) -> Iterator[Claim]:
    for s in an.figs:
        stated = not (s.q.percent or s.label or s.conversion) and s.q.hedge is None  # 'gains were 12,000 higher': an amount, maybe read as one
        m = THAN_REPORTED.match(an.text, s.q.span.end, s.q.span.end + 60) if stated else None
        if m is None or not _alone(an, s):
            continue
        revisions = _revisions(an, s.sent - 1) if s.sent > 0 else None
        if not revisions:
            continue
        old, new = (_summed(an, [pair[k] for pair in revisions]) for k in (0, 1))
        up = m.group("dir").lower() in pack_words("changes", "than_up")
        if (new.value > old.value) != up or new.value == old.value:
            continue  # the revisions go the other way: which figure is wrong is not known
        yield Claim("diff", s.q, (Operand("from", old), Operand("to", new)), "revisions", span=old.span.cover(s.q.span),
                    extra=(("points", False),))


def _revisions(an: Analysis, sent: int) -> list[tuple[Fig, Fig]] | None:
    """The pairs 'revised from A to B' of a sentence that gives nothing else, or None."""
    span = an.seg.sentences[sent]
    figs = [g for g in an.figs_in(Span(span.start, min(span.end, span.start + 1500))) if not g.label]  # a bounded read
    if not figs or len(figs) % 2 or len(figs) > 12:
        return None
    pairs = list(zip(figs[::2], figs[1::2]))
    for a, b in pairs:
        if a.q.percent or b.q.percent or a.q.hedge or b.q.hedge or a.q.currency != b.q.currency:
            return None
        if not REVISED_FROM.search(an.text, max(0, a.q.span.start - 40), a.q.span.start) or not TO_REVISED.fullmatch(an.text, a.q.span.end, b.q.span.start):
            return None
    return pairs


def _summed(an: Analysis, qs: list[Fig]) -> Quantity:
    """The values of one side of the revisions as one figure ('129,000 + 175,000'); one value is itself."""
    if len(qs) == 1:
        return qs[0].q
    return Quantity(span=Span(qs[0].q.span.start, qs[-1].q.span.end), raw=" + ".join(g.q.raw for g in qs),
                    value=sum((g.q.value for g in qs), Decimal(0)), resolution=sum((g.q.resolution for g in qs), Decimal(0)),
                    currency=qs[0].q.currency)

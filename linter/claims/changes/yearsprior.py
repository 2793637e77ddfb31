"""A year and how many years before the paragraph's own it lies: "Reported burglaries in 2022 numbered
840. … Compared to 2016, just 6 years prior, burglaries were down 30%."

The count is the difference of the paragraph's year and the year it follows. The paragraph's year
is the one year its first sentence names, when no later one is named before the count; the year
counted from must be earlier. "N years ago" counts from a date the text does not give, and is left alone.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.claims.analysis import Analysis, Fig
from linter.claims.changes.grammar import _w
from linter.core import lazyre
from linter.core.model import Claim, Operand, Span

APPOSITIVE = lazyre.compile(r"\s*,\s*(?:[^\W\d_]+\s+)?$")  # "2007, just 3": the count set beside the year
SENTENCE_END = lazyre.compile(r"[.!?]\s")
PRIOR = lazyre.compile(lambda: r"\s+(?:" + _w("years_prior") + r")\b", re.I)


def claims(an: Analysis) -> Iterator[Claim]:
    frames: dict[int, Fig | None] = {}  # paragraph → the year of its first sentence, worked out once
    for y, n in zip(an.figs, an.figs[1:]):
        if not (y.q.year_like and y.label) or n.q.percent or n.q.decimals or n.q.hedge or n.sent != y.sent:
            continue
        if not APPOSITIVE.match(an.text, y.q.span.end, n.q.span.start) or not PRIOR.match(an.text, n.q.span.end):
            continue
        if y.para not in frames:
            frames[y.para] = _first_year(an, y.para)
        frame = frames[y.para]
        if frame is not None and frame.sent != y.sent and frame.q.value > y.q.value and not _later_before(an, frame, y):
            yield Claim("diff", n.q, (Operand("from", y.q), Operand("to", frame.q)), "years prior", span=y.q.span.cover(n.q.span),
                        extra=(("points", False),))


def _first_year(an: Analysis, para: int) -> Fig | None:
    """The one year the paragraph's first sentence names, or None."""
    span = an.seg.paragraphs[para]
    first = an.seg.sentences[an.figs_in(span)[0].sent] if an.figs_in(span) else None
    if first is None or SENTENCE_END.search(an.text, span.start, first.start) or first.start < span.start:
        return None
    years = [g for g in an.figs_in(Span(first.start, min(first.end, first.start + 1500))) if g.q.year_like and g.label]
    return years[0] if years and len({g.q.value for g in years}) == 1 else None


def _later_before(an: Analysis, frame: Fig, y: Fig) -> bool:
    """A later year than the paragraph's named between its first sentence and the year counted from (a bounded look back)."""
    k = y.i
    return any(g.q.year_like and g.label and g.q.value > frame.q.value for g in an.figs[max(frame.i, k - 40):k])

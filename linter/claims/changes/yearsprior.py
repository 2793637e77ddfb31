"""A year and how many years before the paragraph's own it lies: "Total crime in 2010 was 1,327. …
Compared to 2007, just 3 years prior, overall crime was down 41%."

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
    for y, n in zip(an.figs, an.figs[1:]):
        if not (y.q.year_like and y.label) or n.q.percent or n.q.decimals or n.q.hedge or n.sent != y.sent:
            continue
        if not APPOSITIVE.match(an.text, y.q.span.end, n.q.span.start) or not PRIOR.match(an.text, n.q.span.end):
            continue
        frame = _paragraph_year(an, y)
        if frame is not None and frame.q.value > y.q.value:
            yield Claim("diff", n.q, (Operand("from", y.q), Operand("to", frame.q)), "years prior", span=y.q.span.cover(n.q.span),
                        extra=(("points", False),))


def _paragraph_year(an: Analysis, y: Fig) -> Fig | None:
    """The one year the paragraph's first sentence names, if no later year is named before `y`."""
    para = an.seg.paragraphs[y.para]
    years = [g for g in an.figs_in(Span(para.start, y.q.span.start)) if g.q.year_like and g.label]
    first = [g for g in years if g.sent == years[0].sent] if years else []
    if not first or first[0].sent == y.sent or SENTENCE_END.search(an.text, para.start, first[0].q.span.start):
        return None  # no year in the paragraph's first sentence, or the year counted from is in it: no frame before it
    if len({g.q.value for g in first}) != 1:
        return None  # "in 2022 …, and 2024 will see more": which is the paragraph's year is not said
    return first[0] if all(g.q.value <= first[0].q.value for g in years) else None

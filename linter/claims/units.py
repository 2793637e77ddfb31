"""Unit conversions as claims: a figure with its unit, then the same amount in another unit in parentheses.

"333 km (207 dặm)", "2 ha (20.000 m²)": the units are read by `linter.figures.units`, which also converts.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.claims.analysis import Analysis
from linter.core import lazyre
from linter.core.model import Claim, Operand
from linter.figures.units import AREA, unit_at
from linter.lang.packs import phrases

_OPEN = lazyre.compile(lambda: r"^\s*\(\s*(?P<h>" + phrases("", "unit_hedges") + r"|~|≈)?\s*$", re.I)


def extract(an: Analysis) -> Iterator[Claim]:
    for f, g in zip(an.figs, an.figs[1:]):
        if f.q.percent or g.q.percent or f.sent != g.sent:
            continue
        first = unit_at(an.text, f.q.span.end)
        if first is None:
            continue
        opening = _OPEN.match(an.text[first[1]:g.q.span.start])
        second = unit_at(an.text, g.q.span.end) if opening else None
        if second is None or not an.text[second[1]:second[1] + 3].lstrip().startswith(")"):
            continue
        src, dst = first[0], second[0]
        if src in AREA and dst in ("kilometer", "meter", "mile", "foot"):
            dst += "**2"
        if src == dst:
            continue  # "5 km (3 km of them paved)": a part, not a conversion
        hedged = bool(opening.group("h")) or f.q.hedge is not None or g.q.hedge is not None
        yield Claim("unit", g.q, (Operand("value", f.q),), "parenthesis", span=f.q.span.cover(g.q.span),
                    extra=(("from_unit", src), ("to_unit", dst), ("hedged", hedged)))

"""A rate, its change in points, then the rate it changed from.

"Tỷ lệ tốt nghiệp đạt 92,5%, tăng 2,5 điểm phần trăm so với năm trước (90%)", "The graduation rate
was 92.5%, up 2.5 percentage points from 90.0% a year earlier": the change is stated about the pair
(90%, 92.5%) and is a difference in points. Only a change written in points is read so: "tăng 2,5%"
of a rate may be relative or in points, and C002's points reading weighs that.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.claims.changes.grammar import BASE_BETWEEN, X_DELTA, YEARS, Pair, _sign, _w
from linter.claims.analysis import Analysis, Fig

POINTS = lazyre.compile(lambda: r"^\s*(?:" + _w("rate_points") + r")(?=\W)", re.I)


def rate_points_base(an: Analysis, figs: list[Fig], used: set[int]) -> Iterator[Pair]:
    """(base rate, later rate) for 'later rate, up N points from base rate'."""
    for a, b, c in zip(figs, figs[1:], figs[2:]):
        if not (a.sent == b.sent == c.sent) or {a.i, b.i, c.i} & used:
            continue
        if not (a.q.percent and c.q.percent and not b.q.percent) or a.delta or b.label or c.delta:
            continue
        first = YEARS.sub("", an.text[a.q.span.end:b.q.span.start])
        after = an.text[b.q.span.end:c.q.span.start]
        points = POINTS.match(after)
        if points is None or not X_DELTA.search(first) or not BASE_BETWEEN.match(YEARS.sub("", after[points.end():])):
            continue
        sign = _sign(first[-20:])
        if sign:
            yield Pair(c.q, a.q, None, sign, a.sent, (a.i, c.i))

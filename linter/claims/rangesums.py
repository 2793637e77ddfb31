"""A total written as a range, broken down completely into parts some of which are ranges.

"tạo thêm chỗ làm cho 42-45 nghìn người, bao gồm tại các khu công nghiệp 30-32 nghìn người; tại các
làng nghề 12-13 nghìn người": each end of the total is the sum of the same ends of the parts
(42 = 30 + 12 and 45 = 32 + 13), a figure that is no range adding to both. The first end of a
range takes the scale and noun written after the second ("42-45 nghìn"). Only a breakdown promised
complete (gồm, bao gồm) with its items between semicolons, each one count of what the total counts,
is checked.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from linter.claims.analysis import Analysis, Fig, compatible
from linter.core.model import Claim, Operand, Quantity, Span
from linter.core.record import replace
from linter.lang.lexicon import alternation

DASH = re.compile(r"\s?[-–]\s?")
OPENER_REACH = 40  # characters between a total's noun and the opener of its breakdown
LIST_REACH = 600  # characters a breakdown may run after its opener: a run-on text stays linear


def extract(an: Analysis) -> Iterator[Claim]:
    openers = an.lex.exhaustive_openers
    if not openers:
        return
    ends = _ranges(an)
    opener = re.compile(r"(?<!\w)(?:" + alternation(openers) + r")(?!\w)\s*:?")
    for i, (low, high) in ends.items():
        m = opener.search(an.lower, high.q.end, min(high.q.end + OPENER_REACH, an.seg.sentences[high.sent].end))
        if m is None or re.search(r"[;\d]", an.text[high.q.end:m.start()]):
            continue
        items = _items(an, m.end(), min(an.seg.sentences[high.sent].end, m.end() + LIST_REACH), ends)
        if len(items) < 2 or not any(len(item) == 2 for item in items):
            continue
        if not all(compatible(item[-1].unit, high.unit, an.lex.person_nouns) for item in items):
            continue
        for k, total in enumerate((_scaled(low.q, high.q), high.q)):
            parts = [_scaled(item[0].q, item[1].q) if len(item) == 2 and k == 0 else item[-1].q for item in items]
            ops = (Operand("total", total),) + tuple(Operand("part", p) for p in parts)
            yield Claim("sum", total, ops, "range", span=total.span.cover(parts[-1].span), extra=(("per_year", False),))


def _ranges(an: Analysis) -> dict[int, tuple[Fig, Fig]]:
    """Figure pairs written as a range of counts ("1,4-1,5 triệu người"), by the second's index."""
    out = {}
    for a, b in zip(an.figs, an.figs[1:]):
        if not DASH.fullmatch(an.text[a.q.span.end:b.q.span.start]) or a.q.unit_span is not None:
            continue
        if a.q.percent or b.q.percent or not b.count or b.unit is None or a.q.year_like or b.q.year_like or a.q.scale != 1:
            continue
        out[b.i] = (a, b)
    return out


def _items(an: Analysis, start: int, end: int, ends: dict[int, tuple[Fig, Fig]]) -> list[tuple[Fig, ...]]:
    """The breakdown's items between semicolons, each a range or one count; none when one is neither."""
    items: list[tuple[Fig, ...]] = []
    pos = start
    for piece in an.text[start:end].split(";"):
        figs = [f for f in an.figs_in(Span(pos, pos + len(piece))) if not f.q.percent and not f.delta]
        pos += len(piece) + 1
        if len(figs) == 2 and figs[1].i in ends and ends[figs[1].i][0] is figs[0]:
            items.append((figs[0], figs[1]))
        elif len(figs) == 1 and figs[0].count and figs[0].unit is not None:
            items.append((figs[0],))
        else:
            return []
    return items


def _scaled(first: Quantity, second: Quantity) -> Quantity:
    """The first end of a range in the scale and noun written after the second."""
    if first.scale == second.scale:
        return first
    value: Decimal = first.value * second.scale
    return replace(first, value=value, resolution=first.resolution * second.scale, scale=second.scale, unit=second.unit)

"""A change of a rate said per unit, its base after it and its later value stated before.

"The council adopted a tax rate of $0.4500 per $100 of value. … The new rate represents a decrease of
$0.0200 per $100 from the current rate of $0.4700." The amount is the difference of the base and
the level an earlier sentence gives a rate of the same name per the same unit. Linked only when
exactly one earlier figure is such a level, the words naming the rate recur, and the level lies on
the side of the base the change says.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.claims.analysis import Analysis, Fig
from linter.claims.changes.clauses import STOP
from linter.claims.changes.grammar import _sign, _w
from linter.core import lazyre
from linter.core.model import Claim, Operand, Span
from linter.lang.packs import phrases

PER = lazyre.compile(lambda: r"\s*(?:" + phrases("tables", "per_word") + r")\s+[$€£]?$", re.I)
FROM_OF = lazyre.compile(lambda: r"[^;()]{0,60}?\b(?:" + _w("from_words") + r")\b[^;()]{0,40}?\b(?:" + _w("of_at") + r")\s+[$€£]?", re.I)
WORD = lazyre.compile(r"[^\W\d_]{4,}")
LEVEL_SENTENCES = 8  # how many sentences back the rate's level is looked for


def claims(an: Analysis) -> Iterator[Claim]:
    for d, u, b in zip(an.figs, an.figs[1:], an.figs[2:]):
        if not d.delta or d.q.percent or d.q.currency is None or not d.sent == u.sent == b.sent:
            continue
        if not PER.match(an.text, d.q.span.end, u.q.span.start) or b.q.currency != d.q.currency or b.q.percent or b.delta:
            continue
        if not FROM_OF.fullmatch(an.text, u.q.span.end, b.q.span.start):
            continue
        sign = _sign(an.text[max(an.seg.sentences[d.sent].start, d.q.span.start - 40):d.q.span.start])
        level = _level(an, d, u, b)
        if level is None or sign == 0 or (level.q.value - b.q.value) * sign <= 0:
            continue  # no level, or one on the other side of the base than the change says
        yield Claim("diff", d.q, (Operand("from", b.q), Operand("to", level.q)), "per unit", span=d.q.span.cover(b.q.span),
                    extra=(("points", False),))


def _level(an: Analysis, d: Fig, u: Fig, b: Fig) -> Fig | None:
    """The one earlier figure said per the same unit in the same currency, its words naming the rate as the change's do."""
    sent = an.seg.sentences[d.sent]
    named = _named(an.lower[max(sent.start, d.q.span.start - 120):d.q.span.start])  # the words naming the rate, a bounded read
    first = an.seg.sentences[max(0, d.sent - LEVEL_SENTENCES)].start
    found = []
    window = an.figs_in(Span(max(first, sent.start - 3000), sent.start))  # bounded: a run-on text has long sentences
    for g in window:
        h = an.figs[g.i + 1]
        if g.delta or g.q.percent or g.q.currency != d.q.currency or h.q.value != u.q.value or not PER.match(an.text, g.q.span.end, h.q.span.start):
            continue
        if named & _named(an.lower[max(an.seg.sentences[g.sent].start, g.q.span.start - 40):g.q.span.start]):
            found.append(g)
    return found[0] if len(found) == 1 and found[0].q.value != b.q.value else None


def _named(text: str) -> set[str]:
    return {w for w in WORD.findall(text) if w not in STOP}

"""A value said to be some percent above or below another value of its sentence, with a verb between.

"The $518,000 paid last year is 8.4% higher than the $478,000 of 2021", "the 1,450 patients seen
this year were 22% more than the 1,188 of 2022": the later value, its verb, the change and the base.
Linked only when both figures are amounts of one currency or counts of one noun, and the words
between the later value and its verb are few and name no other measure of it ("the 1,200 students'
average score was 15% higher than …" compares scores, not students).
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.claims.changes.grammar import MORE_THAN, YEARS, Pair, _w
from linter.claims.analysis import Analysis, Fig
from linter.lang.packs import words as pack_words

# " recorded last month is still ", " were ": a few words, then the verb
VERB_BETWEEN = lazyre.compile(lambda:
    r"^(?:\s+[^\W\d_]+){0,4}?\s+(?:" + _w("value_verbs") + r")\s+(?:(?:" + _w("value_adverbs") + r")\s+)*$", re.I)
OTHER_MEASURE = lazyre.compile(lambda: r"['’]|\b(?:" + _w("other_measure") + r")\b", re.I)


def value_verb_more_than(an: Analysis, figs: list[Fig], used: set[int]) -> Iterator[Pair]:
    for a, b, c in zip(figs, figs[1:], figs[2:]):
        if not (a.sent == b.sent == c.sent) or {a.i, b.i, c.i} & used:
            continue
        if a.q.percent or c.q.percent or not b.q.percent or a.label or c.label or a.delta or b.q.hedge is not None:
            continue
        first = an.text[a.q.span.end:b.q.span.start]
        more = MORE_THAN.match(YEARS.sub("", an.text[b.q.span.end:c.q.span.start]))
        if more is None or not VERB_BETWEEN.match(first) or OTHER_MEASURE.search(first) or not _same_measure(a, c):
            continue
        sign = 1 if more.group("dir").lower().startswith(tuple(pack_words("changes", "than_up"))) else -1
        yield Pair(c.q, a.q, None, sign, a.sent, (a.i, c.i))


def _same_measure(a: Fig, c: Fig) -> bool:
    """Two amounts of one currency and scale, or two counts of one noun."""
    if a.q.currency is not None or c.q.currency is not None:
        return a.q.currency == c.q.currency
    return a.unit is not None and a.unit == c.unit

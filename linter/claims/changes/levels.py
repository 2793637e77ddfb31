"""A change and its percentage whose later value is the level the sentence before gives its subject.

"In May, average hourly earnings rose by 3 cents to $31.40. Over the year, average hourly earnings
have risen by 95 cents, or 3.1%." The second sentence states an amount and its percentage with no
value of its own: the amount is a change of the level the first sentence gives the same subject
("average hourly earnings … to $31.40"), so the base is that level less the amount. The link is
made only when the subject's words (two or more) recur in the sentence before, in the same
paragraph, and exactly one figure there is a level reached ("to $31.40") in the amount's unit.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.claims.changes.refs import OR_PCT, SUBUNITS, TO_AFTER_PCT, _in_units_of
from linter.claims.changes.grammar import TO_BEFORE, Pair, _before, _sign, _w
from linter.claims.analysis import Analysis, Fig
from linter.lang.packs import words as pack_words

# "average hourly earnings have risen by": the subject (words only, no mark between), then the verb and "by"
SUBJECT_BY = lazyre.compile(lambda:
    r"(?P<subj>(?:[^\W\d_]+\s+){2,5}?)(?:(?:" + _w("perfect_aux") + r")\s+)?"
    r"(?P<verb>" + _w("subject_by_verbs") + r")\s+(?:" + _w("by_bare") + r")\s*[$€£]?$",
    re.I,
)
# what SUBJECT_BY's text must end with: tried first, since searching for the subject from every
# position of the look-back costs a hundred times more and the look-back rarely ends so
BY_AT_END = lazyre.compile(lambda: r"(?:" + _w("by_bare") + r")\s*[$€£]?$", re.I)
# words that start no subject: "Over the year the rate has risen by" keeps "the rate"
LEADING = frozenset(pack_words("changes", "subject_leading"))


def of_earlier_level(an: Analysis, figs: list[Fig], used: set[int]) -> Iterator[Pair]:
    """'Over the year, average hourly earnings have risen by 95 cents, or 3.1%.' after '… to $31.40.'"""
    for d, p in zip(figs, figs[1:]):
        if d.i in used or d.label or d.q.percent or not p.q.percent or p.sent != d.sent or d.sent == 0:
            continue
        before = _before(an, d, 80)
        m = SUBJECT_BY.search(before) if BY_AT_END.search(before) else None
        if m is None or not OR_PCT.fullmatch(an.text[d.q.end:p.q.span.start]) or _has_own_value(an, d, p):
            continue
        words = _subject(m.group("subj"))
        level = _level(an, d, words) if len(words) >= 2 else None
        if level is not None:
            yield Pair(None, level.q, _in_units_of(d.q, level.q), _sign(m.group("verb")) or 1, d.sent, (level.i, d.i))


def _subject(text: str) -> list[str]:
    """The subject's words, without the adverbial words a sentence may open with."""
    words = text.lower().split()
    while words and words[0] in LEADING:
        words.pop(0)
    return words


def _has_own_value(an: Analysis, d: Fig, p: Fig) -> bool:
    """Another figure in the amount's sentence (other than the year): the change may be of that one."""
    others = [f for f in an.figs if f.sent == d.sent and f.i not in (d.i, p.i) and not f.label]
    return bool(others) or bool(TO_AFTER_PCT.match(an.text[p.q.end:p.q.end + 12]))


def _level(an: Analysis, d: Fig, words: list[str]) -> Fig | None:
    """The one level reached in the sentence before, after the subject's words, in the amount's unit
    ('grew to 4,120': the grammar may read the figure after a verb of change as an amount)."""
    prev = an.seg.sentences[d.sent - 1]
    said = re.search(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", an.lower[prev.start:prev.end])
    if said is None:
        return None
    start = prev.start + said.end()
    cands = [f for f in an.figs if f.sent == d.sent - 1 and f.q.span.start >= start and f.para == d.para and not f.label]
    levels = [f for f in cands if not (f.q.percent or f.conversion) and TO_BEFORE.search(_before(an, f, 12)) and _same_measure(d, f)]
    return levels[0] if len(levels) == 1 else None


def _same_measure(d: Fig, level: Fig) -> bool:
    """The amount counts what the level counts: the same currency (cents of a dollar level too) or noun."""
    if level.q.currency is not None:
        return d.q.currency == level.q.currency or (d.unit or "").lower() in SUBUNITS and d.q.currency is None
    return d.q.currency is None and d.unit is not None and d.unit == level.unit

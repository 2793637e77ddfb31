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
from decimal import Decimal
from typing import Iterator

from linter.core import lazyre
from linter.claims.changes.refs import OR_PCT, SUBUNITS, TO_AFTER_PCT, _in_units_of
from linter.claims.changes.grammar import TO_BEFORE, Pair, _before, _sentence_before, _sign, _w
from linter.claims.analysis import Analysis, Fig
from linter.core.model import Span
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
    """'Over the year, the hourly wage has risen by 60 cents, or 2.5%.' after '… to $24.60.'"""
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


# "… while net profit was up 12.5% from $8.0 million": a subject (words only), its verb of change, the percentage
SUBJECT_VERB = lazyre.compile(lambda:
    r"(?P<subj>(?:[^\W\d_]+\s+){2,6}?)(?:(?:" + _w("auxiliaries") + r")\s+)?(?P<verb>" + _w("up") + "|" + _w("down") + r")\s*$", re.I)
FROM_BASE = lazyre.compile(lambda: r"^\s*(?:" + _w("from_words") + r")\s+(?:(?:" + _w("before_level") + r")\s+)?[$€£]?$", re.I)
LATER_AFTER = lazyre.compile(lambda: r"^\s*(?:(?:" + _w("scale_words") + r")\b)?[^\d;.]{0,40}?\b(?:" + _w("to_before") + r")\s*[$€£]?\d", re.I)
LEVEL_LINK = lazyre.compile(lambda:
    r"\s*(?:(?:" + _w("level_periods") + r")\s+)?(?:" + _w("level_links") + r")\s*[$€£]?", re.I)
HYPOTHETICAL = lazyre.compile(lambda: r"^\s*(?:" + _w("hypotheticals") + r")\b", re.I)
LEVEL_SENTENCES = 8  # how many sentences back the level of a change's subject is looked for
LEVEL_GAP = 40  # characters between the subject's words and its level


def of_stated_level(an: Analysis, figs: list[Fig], used: set[int]) -> Iterator[Pair]:
    """'Quarterly operating income of $23.4 million … Operating income increased 5.9% from the $22.1
    million reported last quarter': a change and its base whose later value is the level an earlier
    sentence gives the same subject (two or more words). Made only when every earlier mention of the
    subject followed by a figure gives it as a level ('of', 'was', 'at'; 'would have been' is no
    level) and all of them agree; a figure said of another period, place or part is another subject."""
    for p, b in zip(figs, figs[1:]):
        if p.i in used or b.i in used or not p.q.percent or b.q.percent or b.label or p.sent != b.sent or p.sent == 0:
            continue
        if not FROM_BASE.match(an.text[p.q.end:b.q.span.start]) or LATER_AFTER.match(an.text[b.q.end:b.q.end + 60]):
            continue  # "rose 12% from $50 million to $56 million": the later value is in the sentence
        m = SUBJECT_VERB.search(_sentence_before(an, p, 80))
        words = _clause_subject(m.group("subj")) if m else []
        level = _stated_level(an, p, b, words) if len(words) >= 2 else None
        if level is not None:
            yield Pair(b.q, level.q, None, _sign(m.group("verb")) or 1, p.sent, (b.i,))


def _clause_subject(text: str) -> list[str]:
    """The subject's words after the last word joining clauses ('… quarter while net income' → net income)."""
    words = text.lower().split()
    joins = set(pack_words("changes", "clause_breaks")) | set(pack_words("changes", "and_words"))
    cut = max((k + 1 for k, w in enumerate(words) if w in joins), default=0)
    return _subject(" ".join(words[cut:]))


def _stated_level(an: Analysis, p: Fig, b: Fig, words: list[str]) -> Fig | None:
    """The one level the sentences before the change give its subject, in the base's currency or noun."""
    first = an.seg.sentences[max(0, p.sent - LEVEL_SENTENCES)].start
    end = an.seg.sentences[p.sent].start
    phrase = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b")
    levels: list[Fig] = []
    for m in phrase.finditer(an.lower, first, end):
        nxt = next((f for f in an.figs_in(Span(m.end(), min(end, m.end() + LEVEL_GAP))) if not f.label), None)
        if nxt is None or HYPOTHETICAL.match(an.text[m.end():nxt.q.span.start]):
            continue  # the subject named without a figure, or with the value it would have had
        if not LEVEL_LINK.fullmatch(an.text[m.end():nxt.q.span.start]) or nxt.q.percent:
            return None  # the subject said with another figure (another period, a change, a share): which is its level is not known
        levels.append(nxt)
    if not levels or len({f.q.value for f in levels}) != 1:
        return None
    level = levels[-1]
    alike = level.q.currency == b.q.currency and (level.q.currency is not None or level.unit == b.unit)
    return level if alike and _scale_near(level.q.value, b.q.value) else None


def _scale_near(a: Decimal, b: Decimal) -> bool:
    """A level and its base within a factor of ten: beyond it a scale word was missed or the figures measure different things."""
    return a > 0 and b > 0 and Decimal("0.1") < a / b < 10

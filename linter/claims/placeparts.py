"""A place's count, part of the nation's count said shortly before with the same words.

"Cả nước có 1.050.132 thí sinh đăng ký dự thi. … Hà Nội có 110.000 thí sinh đăng ký dự thi, nhiều nhất
cả nước": the place's figure cannot exceed the nation's. The nation's count is said in a sentence
naming the nation before it; the place's in one of the next few sentences, which must say the place
is of the nation: it opens with "Riêng" ("Riêng Hà Nội có …") or names the nation after the figure
("…, nhiều nhất cả nước"); a place compared with the nation from outside ("Thái Lan xuất khẩu …") says
neither. Both counts must be followed by the same three words (the noun and what is said of it) and be
the only ones so followed in their sentences; another time or a change is left alone.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim, Operand, Span
from linter.figures.context import MEASURE_WORDS
from linter.lang.lexicon import alternation

PHRASE_WORDS = 3  # the words after a count that must be the same for the place's and the nation's
PLACE_REACH = 4  # sentences after the nation's in which a place's count may stand
SENTENCE_REACH = 600  # characters of a sentence read: a run-on text stays linear


def extract(an: Analysis) -> Iterator[Claim]:
    nation = an.lex.lists.nation_words
    opens = an.lex.shares.subgroup_openers
    if not nation or not opens:
        return
    rx = re.compile(r"(?<!\w)(?:" + alternation(nation) + r")(?!\w)")
    for k, sent in enumerate(an.seg.sentences):
        named = rx.search(an.lower, sent.start, min(sent.end, sent.start + SENTENCE_REACH))
        if named is None:
            continue
        wholes: dict[tuple[str, ...], list[Fig]] = {}
        for f in an.figs_in(Span(named.end(), min(sent.end, sent.start + SENTENCE_REACH))):
            phrase = _phrase(an, f)
            if phrase:
                wholes.setdefault(phrase, []).append(f)
        for phrase, found in wholes.items():
            if len(found) == 1:
                yield from _places(an, k, phrase, found[0])


def _places(an: Analysis, k: int, phrase: tuple[str, ...], whole: Fig) -> Iterator[Claim]:
    nation, opens = an.lex.lists.nation_words, an.lex.shares.subgroup_openers
    for j in range(k + 1, min(len(an.seg.sentences), k + 1 + PLACE_REACH)):
        sent = an.seg.sentences[j]
        sent = Span(sent.start, min(sent.end, sent.start + SENTENCE_REACH))
        alike = [f for f in an.figs_in(sent) if _phrase(an, f) == phrase]
        if len(alike) != 1:
            continue
        part = alike[0]
        lead = an.lower[sent.start:part.q.span.start]
        within = _opens(an.lower[sent.start:sent.end].lstrip(" -–•*"), opens) or an.has_word(an.lower[part.q.end:sent.end], nation)
        if within and not an.has_word(lead, nation + an.lex.other_time) and not any(f.q.year_like for f in an.figs_in(Span(sent.start, part.q.span.start))):
            yield Claim("part_le_whole", part.q, (Operand("part", part.q), Operand("whole", whole.q)), "place", span=whole.q.span.cover(part.q.span))


def _opens(text: str, words: tuple[str, ...]) -> bool:
    return any(text.startswith(w + " ") for w in words)


def _phrase(an: Analysis, f: Fig) -> tuple[str, ...] | None:
    """The first words after a count up to a mark or a figure, when it counts something and is no change."""
    if not f.count or f.attr or f.q.year_like or f.q.currency or f.unit is None or f.unit in MEASURE_WORDS or f.paren is not None:
        return None
    after = re.split(r"[,;:.()\d]", an.lower[f.q.span.end:f.q.span.end + 80])[0].split()
    return tuple(after[:PHRASE_WORDS]) if len(after) >= PHRASE_WORDS else None

"""A count named "the number of <modifier> <noun>" is part of the count named "the number of <noun>".

"The number of jobseekers was 8,400 in May. The number of young jobseekers — those under 25 — was
1,900": the young jobseekers are some of the jobseekers. The noun phrase is read from "the number of"
(the pack's `number_of`) to the first function word; its figure is the one its verb gives at once
("was", "stood at", "reached"; a short aside between dashes or parentheses may come first). A phrase
whose first figure is a change ("fell by 300") gives none. The modifier must name a subgroup: "the
number of additional …", "… total …" (the pack's `not_restrictive`) do not. Two figures for the whole's
phrase, another year, another time or a place only the whole's sentence names keep them apart.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim, Operand, Span
from linter.lang.packs import phrases

PHRASE_WORDS = 4  # words a noun phrase after "the number of" may run to
LINK_REACH = 120  # characters after the phrase in which its figure stands
LINK_WORDS = 4  # words between the phrase and its figure: "was essentially unchanged at"
MODIFIER_WORDS = 2  # words a subgroup's phrase may add before the whole's: "long-term", "part-time"
NAMED = lazyre.compile(lambda: r"(?<!\w)(?:" + phrases("lists", "number_of") + r")\s+((?:[a-z][\w'’-]*\s*){1," + str(PHRASE_WORDS) + r"})")
ASIDE = re.compile(r"\s*(?:[—–]\s[^—–]{1,80}?\s[—–]|\([^()]{1,80}\))")
NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+\b")


def extract(an: Analysis) -> Iterator[Claim]:
    if not an.lex.lists.number_of:
        return
    named = [(np, f) for np, f in _named(an)]
    by_phrase: dict[tuple[str, ...], list[Fig]] = {}
    for np, f in named:
        by_phrase.setdefault(np, []).append(f)
    values = {np: {f.q.value for f in figs} for np, figs in by_phrase.items()}  # once, not once per part
    for np, part in named:
        for k in range(1, MODIFIER_WORDS + 1):
            wholes = by_phrase.get(np[k:]) if len(np) > k else None
            if not wholes:
                continue
            if any(an.has_word(w, an.lex.lists.not_restrictive + an.lex.other_time) for w in np[:k]):
                break  # "the number of additional jobseekers": no subgroup
            if len(values[np[k:]]) == 1 and _together(an, part, wholes[0]):
                whole = wholes[0]
                first, last = sorted((part.q.span, whole.q.span))
                yield Claim("part_le_whole", part.q, (Operand("part", part.q), Operand("whole", whole.q)), "number of", span=first.cover(last))
            break


def _named(an: Analysis) -> Iterator[tuple[tuple[str, ...], Fig]]:
    """(the noun phrase, its figure) for every "the number of …" given a figure at once."""
    verbs = an.lex.changes.level_links + an.lex.change_words  # "stood at", "reached", "fell": the phrase has ended
    stops = set(an.lex.function_words) | set(an.lex.restate_stops) | {w for v in verbs for w in v.split()}
    for m in NAMED.finditer(an.lower):
        words = []
        for w in m.group(1).split():
            if w in stops:
                break
            words.append(w)
        if not words:
            continue
        end = an.lower.find(words[-1], m.start(1)) + len(words[-1])
        f = _figure_after(an, end)
        if f is not None:
            yield tuple(words), f


def _figure_after(an: Analysis, end: int) -> Fig | None:
    """The figure the phrase ending at `end` is given by its verb, in the same sentence, if it is a level."""
    aside = ASIDE.match(an.text, end)
    start = aside.end() if aside else end
    sent = an.seg.sentences[an.seg.sentence(max(0, end - 1))]
    nxt = next((f for f in an.figs_in(Span(start, min(sent.end, start + LINK_REACH)))), None)
    if nxt is None or nxt.q.percent or nxt.label or nxt.q.year_like or nxt.q.hedge is not None:
        return None
    link = an.lower[start:nxt.q.span.start].split()
    links = an.lex.changes.level_links + an.lex.changes.to_bare
    if not link or len(link) > LINK_WORDS or not an.has_word(link[-1], links):
        return None  # "declined by 326,000": a change, not the count
    if any(an.has_word(w, an.lex.base_before) for w in link) or _another_time(an, nxt, sent):
        return None
    return nxt


def _another_time(an: Analysis, f: Fig, sent: Span) -> bool:
    tail = re.split(r"[,;]", an.lower[f.q.span.end:sent.end])[0]
    return an.has_word(tail, an.lex.other_time + an.lex.dates.other_years + an.lex.changes.base_periods)


def _together(an: Analysis, part: Fig, whole: Fig) -> bool:
    """One currency, the same years named, no place only the whole's sentence names, no wider or other
    place only the part's does."""
    if part.q.currency != whole.q.currency or part.q.span == whole.q.span:
        return False  # what is counted is the phrase's noun, not the word read after the figure ("1,250 this week")
    said = [an.text[max(an.seg.sentences[f.sent].start, f.q.span.start - 300):min(an.seg.sentences[f.sent].end, f.q.span.end + 300)].strip()
            for f in (part, whole)]  # the sentence, within a few hundred characters of the figure
    years = [set(re.findall(r"\b(?:19|20)\d{2}\b", t)) for t in said]
    months = {m.lower() for m in an.lex.dates.month_names}
    names = [{n for n in NAME.findall(t) if n.lower() not in months} for t in said]
    wider = an.lex.lists.larger_wholes + an.lex.dates.other_places  # "Statewide, the number of online students was 18,000"
    if an.has_word(said[0].lower(), wider) and not an.has_word(said[1].lower(), wider):
        return False
    return years[0] == years[1] and names[1] <= names[0]

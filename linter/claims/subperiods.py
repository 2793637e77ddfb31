"""A day's, a month's or a quarter's count within the count of the same thing over its month or year, in English.

"Police logged 14 burglaries in March … 61 burglaries so far this year", "Agents closed 212 home sales
in June … 1,130 home sales since January", "the wettest day, May 9, brought 1.4 inches of rain;
rainfall in May came to 3.2 inches", "third-quarter revenue of $344 million … full-year revenue of
$1,310 million": what adds up over the days of a month and the months of a year (a flow: rain, sales,
crimes, shipments, events counted in "times"; the pack's `flows`) is at least as large over the longer
period. Each figure takes the period said nearest to it in its own stretch of the sentence (between the
figures either side); the part is linked to the one figure of the smallest period holding its own. A
level, an average, a normal, a record, a forecast, a comparison's base, a change, another year's figure
and another place's or firm's is no part, nor whole.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from typing import Iterator

from linter.core import lazyre
from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim, Operand, Span
from linter.lang.packs import lexicon, phrases

DAY, MONTH, PART, YEAR = 0, 1, 2, 3  # the periods, shortest first (PART: a quarter or a half of the year)
BASE_WORDS = 2  # words right before a figure that make it a comparison's base ("up from 40", "than 15")


def _period_rx() -> str:
    months = r"(?-i:" + phrases("dates", "month_names") + r")"  # capitalised: "sales may reach 500" names no month
    return (r"(?P<day>\b(?:" + months + r")\.?\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b|(?<!\w)(?:" + phrases("dates", "day_marks") + r")(?!\w))"
            r"|(?P<month>\b(?:" + months + r")\b|(?<!\w)(?:" + phrases("dates", "month_now") + r")(?!\w))"
            r"|(?P<part>\b(?:" + phrases("dates", "part_ordinals") + r")[\s-](?:" + phrases("dates", "part_nouns") + r")\b|(?<!\w)(?:" + phrases("dates", "part_now") + r")(?!\w))"
            r"|(?P<year>(?<!\w)(?:" + phrases("dates", "year_now") + r")(?!\w))")


PERIOD = lazyre.compile(_period_rx, re.I)
_JOINT = lazyre.compile(lambda: r";|\b(?:" + phrases("lists", "item_joiners") + r")\b")
CAPITAL = lazyre.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\b")


WINDOW = 300  # characters of a figure's sentence read either side of it
WORD = re.compile(r"\b[A-Z][a-z]+\b")
NEAREST = 8  # wholes of one period and kind read for a part: the nearest, not every one of a long text


def extract(an: Analysis) -> Iterator[Claim]:
    if not an.lex.dates.flows or not an.lex.dates.year_now:
        return
    tagged = [(f, p) for f in an.figs if (p := _period(an, f)) is not None]
    words = Counter(WORD.findall(an.text)) if tagged else Counter()  # how often the text names each capitalised word
    said = {f.i: _said(an, f, words) for f, _ in tagged}  # each figure's sentence read once, not once per pair
    groups: dict[tuple, list[Fig]] = {}  # (period, its month, unit, currency) → its figures, in text order
    for f, (level, month) in tagged:
        groups.setdefault((level, month if level == MONTH else None, f.unit, f.q.currency), []).append(f)
    starts = {key: [f.q.span.start for f in figs] for key, figs in groups.items()}
    values = {key: {f.q.value for f in figs} for key, figs in groups.items()}
    for part, (level, month) in ((f, p) for f, p in tagged if p[0] != YEAR):
        # a day is held by its own month and by the year, a month or a quarter by the year
        for key in [(MONTH, month, part.unit, part.q.currency)] * (level == DAY and month is not None) + [(YEAR, None, part.unit, part.q.currency)]:
            at = bisect.bisect_left(starts.get(key, []), part.q.span.start)
            near = sorted(groups.get(key, [])[max(0, at - NEAREST):at + NEAREST], key=lambda w: abs(w.q.span.start - part.q.span.start))
            wholes = [w for w in near if _same_measure(said[part.i], said[w.i], part.sent == w.sent)]
            if wholes:
                if len(values[key]) == 1:  # two wholes of one period: which is the part's is a guess
                    first, last = sorted((part.q.span, wholes[0].q.span))
                    yield Claim("part_le_whole", part.q, (Operand("part", part.q), Operand("whole", wholes[0].q)), "sub-period", span=first.cover(last))
                break


def _stretch(an: Analysis, f: Fig) -> tuple[Span, Span]:
    """The words between the figure and the figures either side of it in its sentence."""
    sent = an.seg.sentences[f.sent]
    prev = an.figs[f.i - 1].q.span.end if f.i > 0 and an.figs[f.i - 1].sent == f.sent else sent.start
    nxt = an.figs[f.i + 1].q.span.start if f.i + 1 < len(an.figs) and an.figs[f.i + 1].sent == f.sent else sent.end
    return Span(prev, f.q.span.start), Span(f.q.span.end, nxt)


def _period(an: Analysis, f: Fig) -> tuple[int, str | None] | None:
    """(period, month name or None) of a flow's figure, or None when it has none or is no such figure."""
    q = f.q
    if not f.count or f.attr or q.hedge is not None or q.year_like or f.unit is None and not _near_flows(an, f):
        return None  # a bare figure counts a flow only when one is named right beside it: "7.1 of rain", "rainfall was 3.4"
    before, after = _stretch(an, f)
    low = an.lower
    cut = _base_rx(an.lex.lang).search(low, after.start, after.end)
    after = Span(after.start, cut.start()) if cut else after  # "9 times this month compared to …": what follows is the base's
    sent = an.seg.sentences[f.sent]
    if _is_level(an, low[max(sent.start, q.span.start - WINDOW):q.span.start]) or an.has_word(" ".join(re.split(r"[,;]", low[after.start:after.end])[0].split()[:3]), an.lex.dates.levels):
        return None  # "Normal May rainfall is 4.1 inches", "2.2 inches above normal", "2 inches per day"
    if an.has_word(" ".join(low[before.start:before.end].split()[-BASE_WORDS:]), an.lex.base_before):
        return None  # "up from 40", "compared with 15": a comparison's base
    other = an.lex.other_time + an.lex.dates.other_years + an.lex.changes.base_periods
    lead = _JOINT.split(low[before.start:before.end])[-1]  # "…, up 4% from a year earlier, and full-year revenue of": the next item's words
    if an.has_word(lead + " " + low[after.start:after.end], other):
        return None  # "in June last year", "the same month a year earlier"
    words = low[after.start:after.end].split()
    if len(words) > 1 and words[1] in an.lex.hedge_comparatives:
        return None  # "3 times more": a ratio, not a count of events
    return _nearest(an, before, after)


@lru_cache(maxsize=4)
def _base_rx(lang: str) -> re.Pattern[str]:
    return lazyre.eager(r"(?<!\w)(?:" + "|".join(map(re.escape, lexicon(lang).changes.other_base)) + r")(?!\w)")


def _is_level(an: Analysis, lead: str) -> bool:
    """A level word before the figure in its sentence, not one compared against ("below normal")."""
    levels = an.lex.dates.levels + an.lex.target_words
    for m in re.finditer(r"[\w-]+", lead):
        if an.has_word(m.group(), levels):
            prior = lead[:m.start()].split()[-1:]
            if not (prior and prior[0] in an.lex.dates.level_compared):
                return True
    return False


def _nearest(an: Analysis, before: Span, after: Span) -> tuple[int, str | None] | None:
    """The period said of the figure: right after it in its clause ("9 times this month"), else before it
    after the last ';' ("In May, the city logged 14"), else after it past a comma."""
    edge = re.search(r"[,;]", an.text[after.start:after.end])
    near_end = after.start + edge.start() if edge else after.end
    semi = an.text.rfind(";", before.start, before.end)
    for span, last in ((Span(after.start, near_end), False), (Span(semi + 1 if semi >= 0 else before.start, before.end), True),
                       (Span(near_end, after.end), False)):
        found = list(PERIOD.finditer(an.text, span.start, span.end))
        if found:
            m = found[-1] if last else found[0]
            kind = DAY if m.group("day") else MONTH if m.group("month") else PART if m.group("part") else YEAR
            name = re.match(r"[a-z]+", m.group().lower())
            return kind, name.group() if name and name.group() in an.lex.dates.month_numbers else None
    return None


NEAR_WORDS = 3  # words either side of a bare figure in which the flow it counts is named


def _near_flows(an: Analysis, f: Fig) -> frozenset[str]:
    """The flows named within a few words of the figure, in its own stretch."""
    before, after = _stretch(an, f)
    near = " ".join(an.lower[before.start:before.end].split()[-NEAR_WORDS:] + an.lower[after.start:after.end].split()[:NEAR_WORDS])
    return frozenset(w for w in an.lex.dates.flows if an.has_word(near, (w,)))


def _window(an: Analysis, f: Fig) -> Span:
    """The figure's sentence, within WINDOW characters either side (a run-on text reads no further)."""
    sent = an.seg.sentences[f.sent]
    return Span(max(sent.start, f.q.span.start - WINDOW), min(sent.end, f.q.span.end + WINDOW))


def _said(an: Analysis, f: Fig, words: Counter) -> tuple[bool, frozenset[str], frozenset[str], frozenset[str], bool]:
    """What the figure's sentence says of it: another place or firm in its clause?, the flows named, the
    years, the names, and whether it names someone the text names nowhere else (a newcomer: another firm)."""
    sent = _window(an, f)
    text = an.text[sent.start:sent.end]
    low = text.lower() + " " + (f.unit or "")
    flows = frozenset(w for w in an.lex.dates.flows if an.has_word(low, (w,))) if f.unit else _near_flows(an, f)
    months = {m.lower() for m in an.lex.dates.month_names} | {w.lower() for w in an.lex.weekday_names}
    names = frozenset(n for n in CAPITAL.findall(text.strip()) if n.lower() not in months)
    here = Counter(WORD.findall(text))
    newcomer = any(words[n] <= here[n] for n in names)
    at = f.q.span.start - sent.start
    clause = low[text.rfind(";", 0, at) + 1:(text.find(";", at) + 1 or len(text) + 1) - 1]
    return an.has_word(clause, an.lex.dates.other_places), flows, frozenset(_years(an, f)), names, newcomer


def _same_measure(part: tuple, whole: tuple, one_sentence: bool) -> bool:
    """The same flow named in both sentences, the same years, one place or firm: no other place or firm
    in either's clause alone, no place the whole's sentence names alone, none the text names only in the part's
    sentence when the whole is in another."""
    if whole[0] != part[0] or part[4] and not one_sentence:
        return False  # "… in the neighboring county, 900 homes so far this year", "Ridgeway shipped 91,000 tonnes"
    if not any(a.startswith(b) or b.startswith(a) for a in part[1] for b in whole[1]):
        return False  # "inches of rain" … "rainfall": one flow
    return part[2] == whole[2] and whole[3] <= part[3]  # "Dover sold 74 homes in May … Salem has sold 61 this year"


def _years(an: Analysis, f: Fig) -> set[str]:
    """The years the figure's sentence names, but those of a comparison's base ("a 3% rise from 2019")."""
    out = set()
    sent = _window(an, f)
    for g in an.figs_in(sent):
        if g.q.year_like:
            lead = " ".join(an.lower[max(sent.start, g.q.span.start - 40):g.q.span.start].split()[-BASE_WORDS:])
            if not an.has_word(lead, an.lex.base_before):
                out.add(an.text[g.q.span.start:g.q.span.end])
    return out

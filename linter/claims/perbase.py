"""Rates per 100 or per 1,000 of another group: "125 nam/100 nữ", "98,5 boys per 100 girls".

The rate is checked against the counts of both groups when the same paragraph states each once:
"… 9.513 trẻ nam, 7.590 trẻ nữ. Tỷ số giới tính là 125 nam/100 nữ" is 9.513 / 7.590 × 100. A
group is the last word of its name on each side of the slash ("nữ", "girls"); a count belongs to
it when that word follows the count, alone or after the noun it qualifies ("7.590 trẻ nữ"). A rate
in parentheses or a clause naming another time ("năm 2008 là 128 nam/100 nữ") is another period's
and stays unchecked; so is any rate whose group is counted twice or not at all.

A rate per thousand ("tỷ suất sinh thô 15,2‰", "a birth rate of 15.5 per thousand") is named by the
lexicon's `permille_rates`: the births (or deaths) and the population, each named once by its cue
words in the rate's sentence or the two before it.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal
from typing import Iterator

from linter.claims.analysis import Analysis, Fig
from linter.core import lazyre
from linter.core.model import Claim, Operand, Span
from linter.lang.packs import phrases, words

# "125 nữ/100 nam", "98,5 nam / 100 nữ", "105 boys per 100 girls", "12 deaths for every 1,000 residents"
RATE = lazyre.compile(lambda:
    r"(?P<a>(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+)\s*(?:/|\b(?:" + phrases("", "rate_per") + r")\b)\s*"
    r"(?P<base>100|1[.,]000|1000)\s+(?P<b>[^\W\d_]+(?:\s+[^\W\d_]+)?)",
    re.I,
)
BASES = {"100": Decimal(100), "1.000": Decimal(1000), "1,000": Decimal(1000), "1000": Decimal(1000)}
TIMES = frozenset({"now", "before", "after", "cumulative", "average"})
PERMILLE = lazyre.compile(lambda: r"\s?(?:‰|" + phrases("", "permille_words") + ")", re.I)
NEAR = 200  # characters read around a figure for the words of its clause: a run-on clause is not read whole
WORDS = lazyre.compile(r"[^\W\d_]+")
YEAR = lazyre.compile(r"(?<!\d)(?:1[6-9]|20)\d{2}(?!\d)")


def extract(an: Analysis) -> Iterator[Claim]:
    index = _Index(an)
    yield from _per_groups(an, index)
    if PERMILLE.search(an.text):
        yield from _per_mille(an, index)


class _Index:
    """Each figure read once: which open a rate, and the counts by the group word after them."""

    def __init__(self, an: Analysis) -> None:
        self.rates: dict[int, tuple[str, Decimal, str, Span]] = {}
        for f in an.figs:
            found = _rate_at(an, f)
            if found is not None:
                self.rates[f.i] = found
        ends = _base_ends()  # once, not once per figure; the text before a figure read only for a plain count
        self.counts: list[Fig] = [g for g in an.figs if g.i not in self.rates and not g.q.percent and not g.q.currency and not g.label
                                  and not _is_base(an, g, ends)]
        singular, persons = _singular(an), _persons(an)
        self.by_word: dict[tuple, list[Fig]] = {}
        known: dict[str, set[tuple[str, str]]] = {}  # the text after a count → its keys: a text of counts repeats it
        for g in self.counts:
            if g.paren is not None:
                continue
            after = an.text[g.q.span.end:g.q.span.end + 30]
            keys = known.get(after)
            if keys is None:
                words = [w.lower() for w in WORDS.findall(after)[:2]]
                keys = known[after] = {("noun", singular(words[0]))} if words else set()
                if len(words) > 1 and words[0] in persons:
                    keys.add(("after", words[1]))  # "7.590 trẻ nữ"
            for key in keys:
                self.by_word.setdefault((g.para,) + key, []).append(g)

    def count_of(self, an: Analysis, word: str, para: int) -> Fig | None:
        """The one count of the paragraph followed by `word` ("7.590 trẻ nữ", "7,590 girls")."""
        found = {g.i: g for key in (("noun", _singular(an)(word)), ("after", word)) for g in self.by_word.get((para,) + key, ())}
        return next(iter(found.values())) if len(found) == 1 else None


def _per_mille(an: Analysis, index: _Index) -> Iterator[Claim]:
    """'tỷ suất sinh thô đạt 15,2‰' beside the births and the population, each stated once near it."""
    cued: dict[str, tuple[list[int], list[Fig]]] = {}
    for g in index.counts:
        for cue in _cues_of(an, g):
            starts, figs = cued.setdefault(cue, ([], []))
            starts.append(g.q.span.start)
            figs.append(g)
    for f in an.figs:
        if not PERMILLE.match(an.text, f.q.span.end) or f.paren is not None or f.q.hedge is not None:
            continue
        before = an.lower[max(an.seg.clauses[f.clause].start, f.q.span.start - NEAR):f.q.span.start]
        names = [cues for name, cues in an.lex.permille_rates.items() if an.has_word(before, (name,))]
        if len(names) != 1 or _other_time(an, f):
            continue
        lo = max(an.seg.sentences[max(0, f.sent - 2)].start, an.seg.paragraphs[f.para].start)
        births = _in_range(cued, names[0][0], lo, f.q.span.start)
        people = [g for i, g in _in_range(cued, names[0][1], lo, f.q.span.start).items() if i not in births]
        if len(births) != 1 or len(people) != 1:
            continue
        end = PERMILLE.match(an.text, f.q.span.end).end()
        part, whole = next(iter(births.values())), people[0]
        yield Claim(kind="rate", stated=f.q, operands=(Operand("part", part.q), Operand("whole", whole.q)),
                    evidence="per mille", span=Span(f.q.span.start, end), extra=(("base", Decimal(1000)),))


def _in_range(cued: dict[str, tuple[list[int], list[Fig]]], cues: tuple[str, ...], lo: int, hi: int) -> dict[int, Fig]:
    """The figures named by any of `cues` starting in [lo, hi) (by index; at most a few: more say nothing)."""
    out: dict[int, Fig] = {}
    for cue in cues:
        starts, figs = cued.get(cue, ([], []))
        i = bisect.bisect_left(starts, lo)
        for g in figs[i:i + 3]:
            if g.q.span.start < hi:
                out[g.i] = g
    return out


def _cues_of(an: Analysis, g: Fig) -> set[str]:
    """The cue words that name the count: in its clause just before it ("dân số trung bình là 1.250.000")
    or as its noun ("19,000 births")."""
    clause = an.seg.clauses[g.clause]
    start = max(clause.start, g.q.span.start - 40)
    for h in an.figs_in(Span(start, g.q.span.start)):
        start = max(start, h.q.span.end)  # never the words of the figure before
    noun = " ".join(WORDS.findall(an.lower[g.q.span.end:g.q.span.end + 30])[:2])
    text = an.lower[start:g.q.span.start] + " # " + noun
    return {cue for num, den in an.lex.permille_rates.values() for cue in num + den if an.has_word(text, (cue,))}


def _per_groups(an: Analysis, index: _Index) -> Iterator[Claim]:
    for f in an.figs:
        if f.i not in index.rates or _other_time(an, f):
            continue
        a_word, base, b_word, span = index.rates[f.i]
        na, nb = index.count_of(an, a_word, f.para), index.count_of(an, b_word, f.para)
        if na is None or nb is None or na is nb or not _near(f, na, nb) or not _same_scope(an, f, na, nb):
            continue
        lo, hi = an.seg.sentences[min(na.sent, nb.sent)].start, an.seg.sentences[max(na.sent, nb.sent)].end
        sentences = an.lower[max(lo, min(na.q.span.start, nb.q.span.start) - NEAR):min(hi, max(na.q.end, nb.q.end) + NEAR)]
        if not _times(an, an.lower[max(an.seg.sentences[f.sent].start, f.q.span.start - NEAR):f.q.span.start]) <= _times(an, sentences):
            continue  # "Tỷ số năm nay …" after counts of five years
        yield Claim(kind="rate", stated=f.q, operands=(Operand("part", na.q), Operand("whole", nb.q)), evidence="per base",
                    span=Span(f.q.span.start, span.end), extra=(("base", base), ("groups", (a_word, b_word))))


def _rate_at(an: Analysis, f: Fig) -> tuple[str, Decimal, str, Span] | None:
    """(the first group's word, the base, the second group's word, the rate's end) when `f` opens a rate."""
    q = f.q
    if q.percent or q.hedge is not None or q.currency or q.scale != 1:
        return None  # "12.000 đồng/100 gram" is a price, no rate of two counted groups
    m = RATE.match(an.lower, q.span.end + (1 if an.lower[q.span.end:q.span.end + 1] == " " else 0))
    if m is None or m.start() > q.span.end + 1:
        return None
    a_word, b_word = m.group("a").split()[-1], m.group("b").split()[-1]
    singular = _singular(an)
    if a_word == b_word or singular(a_word) == singular(b_word) or not (_counted(an, a_word) and _counted(an, b_word)):
        return None
    return a_word, BASES[m.group("base")], b_word, Span(m.start(), m.end())


def _counted(an: Analysis, word: str) -> bool:
    """A group of things counted, not a unit of measure, money or time ("gram", "đồng", "giờ")."""
    from linter.figures.context import CURRENCY_WORDS, MEASURE_WORDS
    from linter.figures.units import ALIASES

    return word not in ALIASES and word not in CURRENCY_WORDS and word not in MEASURE_WORDS and word not in an.lex.scales


def _singular(an: Analysis):
    from linter.figures.context import singular

    return singular if an.lex.inflected else (lambda w: w)


def _other_time(an: Analysis, f: Fig) -> bool:
    """A rate in a parenthesis, of a part ("Riêng xã A …"), or whose clause names a year or another time
    is not the counts' own."""
    if f.paren is not None:
        return True
    clause = an.seg.clauses[f.clause]
    before = an.lower[max(clause.start, f.q.span.start - NEAR):f.q.span.start]
    last = max(before.rfind(","), before.rfind(";"))
    own = before[last + 1:]
    return bool(YEAR.search(own)) or an.has_word(before, an.lex.other_time + an.lex.restate_part + an.lex.list_openers)


def _times(an: Analysis, text: str) -> set[str]:
    """The years and the words of time a text names ("năm nay", "so far", "2023")."""
    words = [p for p, role in an.lex.restate_roles.items() if role in TIMES]
    return set(YEAR.findall(text)) | {w for w in words if an.has_word(text, (w,))}


def _near(rate: Fig, *counts: Fig) -> bool:
    """The counts stand in the rate's sentence or in the two before it: farther ones count other things."""
    return all(rate.sent - 2 <= c.sent <= rate.sent for c in counts)


def _same_scope(an: Analysis, rate: Fig, *counts: Fig) -> bool:
    """A rate at birth ("tỷ số giới tính khi sinh") is checked against counts of births only, not of the
    whole population: the counts' sentences (or the one before them) name births too."""
    clause = an.seg.clauses[rate.clause]
    if not an.has_word(an.lower[max(clause.start, rate.q.span.start - NEAR):rate.q.span.start], an.lex.rate_scopes):
        return True
    first = min(c.sent for c in counts)
    lo = max(an.seg.sentences[max(0, first - 1)].start, min(c.q.span.start for c in counts) - NEAR)
    hi = min(an.seg.sentences[max(c.sent for c in counts)].end, max(c.q.span.end for c in counts) + NEAR)
    return an.has_word(an.lower[lo:hi], an.lex.rate_scopes)


def _base_ends() -> tuple[str, ...]:
    """What ends the words before a rate's base: "/", or the last word of "per", "for every", "trên"."""
    return ("/",) + tuple(dict.fromkeys(w.split()[-1] for w in words("", "rate_per")))


def _is_base(an: Analysis, g: Fig, ends: tuple[str, ...]) -> bool:
    """The '100' of '125 nam/100 nữ' (`ends`: `_base_ends()`)."""
    return an.text[max(0, g.q.span.start - 12):g.q.span.start].rstrip().endswith(ends)


def _persons(an: Analysis) -> frozenset[str]:
    return frozenset(w.lower() for p in an.lex.person_nouns for w in p.split())

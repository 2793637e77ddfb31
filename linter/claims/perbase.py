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

import re
from decimal import Decimal
from typing import Iterator

from linter.claims.analysis import Analysis, Fig
from linter.core import lazyre
from linter.core.model import Claim, Operand, Span

# "125 nữ/100 nam", "98,5 nam / 100 nữ", "105 boys per 100 girls", "12 deaths for every 1,000 residents"
RATE = lazyre.compile(
    r"(?P<a>(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+)\s*(?:/|\bper\b|\bfor every\b|\btrên\b)\s*"
    r"(?P<base>100|1[.,]000|1000)\s+(?P<b>[^\W\d_]+(?:\s+[^\W\d_]+)?)",
    re.I,
)
BASES = {"100": Decimal(100), "1.000": Decimal(1000), "1,000": Decimal(1000), "1000": Decimal(1000)}
TIMES = frozenset({"now", "before", "after", "cumulative", "average"})
PERMILLE = lazyre.compile(r"\s?(?:‰|phần nghìn|phần ngàn|per thousand|per mille)", re.I)
YEAR = lazyre.compile(r"(?<!\d)(?:1[6-9]|20)\d{2}(?!\d)")


def extract(an: Analysis) -> Iterator[Claim]:
    yield from _per_groups(an)
    yield from _per_mille(an)


def _per_mille(an: Analysis) -> Iterator[Claim]:
    """'tỷ suất sinh thô đạt 15,2‰' beside the births and the population, each stated once near it."""
    for f in an.figs:
        if not PERMILLE.match(an.text, f.q.span.end) or f.paren is not None or f.q.hedge is not None:
            continue
        clause = an.seg.clauses[f.clause]
        before = an.lower[clause.start:f.q.span.start]
        names = [cues for name, cues in an.lex.permille_rates.items() if an.has_word(before, (name,))]
        if len(names) != 1 or _other_time(an, f):
            continue
        num, den = names[0]
        counts = [g for g in an.figs if rate_near(f, g) and g is not f and not g.q.percent and not g.label and not g.q.currency]
        births = [g for g in counts if _cued(an, g, num)]
        people = [g for g in counts if _cued(an, g, den) and g not in births]
        if len(births) != 1 or len(people) != 1:
            continue
        end = PERMILLE.match(an.text, f.q.span.end).end()
        yield Claim(kind="rate", stated=f.q, operands=(Operand("part", births[0].q), Operand("whole", people[0].q)),
                    evidence="per mille", span=Span(f.q.span.start, end), extra=(("base", Decimal(1000)),))


def rate_near(rate: Fig, g: Fig) -> bool:
    return rate.para == g.para and rate.sent - 2 <= g.sent <= rate.sent and g.q.span.start < rate.q.span.start


def _cued(an: Analysis, g: Fig, cues: tuple[str, ...]) -> bool:
    """The count is named by one of `cues`: in its clause just before it ("dân số trung bình là 1.250.000")
    or as its noun ("19,000 births")."""
    clause = an.seg.clauses[g.clause]
    start = max(clause.start, g.q.span.start - 40)
    for h in an.figs_in(Span(start, g.q.span.start)):
        start = max(start, h.q.span.end)  # never the words of the figure before
    noun = " ".join(re.findall(r"[^\W\d_]+", an.lower[g.q.span.end:g.q.span.end + 30])[:2])
    return an.has_word(an.lower[start:g.q.span.start] + " # " + noun, cues)


def _per_groups(an: Analysis) -> Iterator[Claim]:
    for f in an.figs:
        found = _rate_at(an, f)
        if found is None:
            continue
        a_word, base, b_word, span = found
        if _other_time(an, f):
            continue
        para = an.seg.paragraphs[f.para]
        na, nb = _count_of(an, a_word, para, f), _count_of(an, b_word, para, f)
        if na is None or nb is None or na is nb or not _near(f, na, nb) or not _same_scope(an, f, na, nb):
            continue
        sentences = an.lower[an.seg.sentences[min(na.sent, nb.sent)].start:an.seg.sentences[max(na.sent, nb.sent)].end]
        if not _times(an, an.lower[an.seg.sentences[f.sent].start:f.q.span.start]) <= _times(an, sentences):
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
    before = an.lower[clause.start:f.q.span.start]
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
    if not an.has_word(an.lower[clause.start:rate.q.span.start], an.lex.rate_scopes):
        return True
    first = min(c.sent for c in counts)
    span = Span(an.seg.sentences[max(0, first - 1)].start, an.seg.sentences[max(c.sent for c in counts)].end)
    return an.has_word(an.lower[span.start:span.end], an.lex.rate_scopes)


def _count_of(an: Analysis, word: str, para: Span, rate: Fig) -> Fig | None:
    """The one count of the paragraph followed by `word` ("7.590 trẻ nữ", "7,590 girls"), outside any rate."""
    singular = _singular(an)
    found = []
    for g in an.figs_in(para):
        q = g.q
        if g is rate or q.percent or q.currency or g.label or g.paren is not None or _rate_at(an, g) is not None or _is_base(an, g):
            continue
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", an.text[q.span.end:q.span.end + 30])[:2]]
        if words and (singular(words[0]) == singular(word) or (len(words) > 1 and words[1] == word and words[0] in _persons(an))):
            found.append(g)
    return found[0] if len(found) == 1 else None


def _is_base(an: Analysis, g: Fig) -> bool:
    """The '100' of '125 nam/100 nữ'."""
    return an.text[max(0, g.q.span.start - 12):g.q.span.start].rstrip().endswith(("/", "per", "trên", "every"))


def _persons(an: Analysis) -> frozenset[str]:
    return frozenset(w.lower() for p in an.lex.person_nouns for w in p.split())

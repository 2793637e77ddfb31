"""Counts written with the whole they are of: over it ("9.402/9.761 học sinh", "45 of the district's 52
precincts") or before it ("4,200 people, 1,150 of them", "Ortiz won 25,902 of the votes"). A part of
such a count cannot exceed its whole (S002)."""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.claims.analysis import Analysis, Fig, compatible, ending_rx
from linter.core.model import Claim, Operand, Span
from linter.figures.context import MEASURE_WORDS, unit_key
from linter.lang.packs import phrases


def _p(name: str) -> str:
    """The packs' list words `name` (`Lexicon.lists`) as one alternation, written when a pattern is first used."""
    return phrases("lists", name)


OF_BETWEEN = lazyre.compile(lambda: r"\s+(?:(?:" + _p("count_out") + r")\s+)?(?:" + _p("count_of") + r")\s+(?:(?:" + _p("count_determiners") + r")\s+)?(?:[\w.-]+['’]s\s+)?", re.I)


def over(an: Analysis) -> Iterator[Claim]:
    """'có 9.402/9.761 học sinh đỗ', '45 of the district's 52 precincts': a count written over the
    whole it belongs to, which it cannot exceed. A small pair over a slash ("24/7", "3/2") may be a
    day and month or a ratio, so may any pair after "tỷ lệ"; English writes counts over wholes with
    "of" and ratios with a slash. A figure measuring time or money is no count."""
    for a, b in zip(an.figs, an.figs[1:]):
        between = an.text[a.q.span.end:b.q.span.start]
        slash = between == "/" and an.lex.lists.slash_counts
        if _chosen_over_pool(an, between, b) and not _per_clause(an, a):
            yield Claim("part_le_whole", a.q, (Operand("part", a.q), Operand("whole", b.q)), "chosen", span=a.q.span.cover(b.q.span))
            continue
        if not slash and not (an.lex.count_of_whole and OF_BETWEEN.fullmatch(between)):
            continue
        if not (a.count or _where(an, a)) or not b.count or a.q.decimals or b.q.decimals or a.q.year_like or b.q.year_like or a.attr:
            continue
        if b.unit is None or b.unit in MEASURE_WORDS or b.q.currency or a.q.currency or a.q.hedge or b.q.hedge:
            continue
        if slash and (a.q.value <= 31 and b.q.value <= 12 or _ratio(an, a, b)):
            continue
        if not slash and a.q.unit is not None and not compatible(a.q.unit, b.unit, an.lex.person_nouns):
            continue  # over a slash, the first figure counts the noun after the second
        yield Claim("part_le_whole", a.q, (Operand("part", a.q), Operand("whole", b.q)), "over", span=a.q.span.cover(b.q.span))


def _chosen_over_pool(an: Analysis, between: str, b: Fig) -> bool:
    """'52 đại biểu/84 ứng cử viên': those chosen written over the pool they were chosen from."""
    if not between.endswith("/") or b.q.decimals or b.q.hedge:
        return False
    chosen = " ".join(between[:-1].lower().split())
    after = " ".join(an.lower[b.q.span.end:b.q.span.end + 40].split())
    return any(chosen == c and (after + " ").startswith(p + " ") for c, p in an.lex.chosen_from)


def _per_clause(an: Analysis, a: Fig) -> bool:
    """'Mỗi đơn vị bầu 3 đại biểu/…', 'tỷ lệ 1 đại biểu/…': a rate per unit or a ratio, not a count."""
    clause = an.seg.clauses[a.clause]
    before = " ".join(an.lower[max(clause.start, a.q.span.start - 60):a.q.span.start].split())
    per = tuple(w for w in an.lex.attribute_markers if w != "/" and w not in an.lex.lists.with_before)
    return an.has_word(before, per + an.lex.lists.ratio_before)


def _ratio(an: Analysis, a: Fig, b: Fig) -> bool:
    """'tỷ số giới tính khi sinh là 112/100': a ratio named in the clause; 'số 45/12 đường …' an
    address; '110/22 kV' a pair of measures (a unit written as a short Latin abbreviation)."""
    words = an.lex.lists
    clause = an.seg.clauses[a.clause]
    before = " ".join(an.lower[max(clause.start, a.q.span.start - 40):a.q.span.start].split())
    if an.has_word(before, words.ratio_before) or ending_rx(words.address_before + an.lex.id_words).search(before):
        return True
    written = an.text[b.q.unit_span.start:b.q.unit_span.end].split()[0] if b.q.unit_span else ""
    if b.unit in {w.lower() for w in an.lex.person_nouns + an.lex.compounds}:
        return False  # "65/65 chi bộ", "45/52 lao động": nouns the lexicon knows
    return written.isascii() and len(written) <= 3 or written.lower() != written


def _where(an: Analysis, a: Fig) -> bool:
    """'increased in 2,826 of the 3,143 counties': after 'in' the figure counts where, not the change."""
    before = an.lower[max(0, a.q.span.start - 12):a.q.span.start].split()
    return a.delta and bool(before) and before[-1] in an.lex.lists.where_before


# "1,150 of them", "1.1 million of them" (a scale word between), "71 of which"
OF_THEM_AFTER = lazyre.compile(lambda: r"(?:\s+(?:" + phrases("", "scales") + r"))?\s+(?:" + _p("count_of") + r") (?:" + _p("of_pronouns") + r")\b", re.I)
OF_THEM_GAP = 8  # words between the whole and a part told of it: "98 deaths in the county last year, 71 of which"


def of_them(an: Analysis) -> Iterator[Claim]:
    """'The company employs 4,200 people, 1,150 of them in research': a part of the count before it;
    'The county has 81,200 voters. Democrats are 30,400 of them.', '48,210 votes were cast, and Ortiz
    won 25,902 of the votes': the only count of the sentence before, or the only one of the noun named."""
    for i, g in enumerate(an.figs):
        if not g.count:
            continue
        noun = OF_THE_NOUN.match(an.text, g.q.span.end)
        if not OF_THEM_AFTER.match(an.text, g.q.span.end) and noun is None:
            continue
        counts = [h for h in an.figs[max(0, i - 4):i] if h.sent == g.sent and h.count]
        if noun is not None:
            head = _named_count(an, g, noun.group(1))
        elif not counts:
            before = an.figs_in(an.seg.sentences[g.sent - 1]) if g.sent > 0 else []
            head = before[0] if len(before) == 1 and before[0].count and before[0].unit not in MEASURE_WORDS else None
        else:
            head = counts[0] if len(counts) == 1 and _across_comma(an, counts[0], g) else None  # "1,000 households in 12 provinces; 800 of them": of which count is not known
        if head is not None:
            yield Claim("part_le_whole", g.q, (Operand("part", g.q), Operand("whole", head.q)), "of them", span=head.q.span.cover(g.q.span))


# "25,902 of the votes": the noun names the count the part is of
OF_THE_NOUN = lazyre.compile(lambda: r"(?:\s+(?:" + phrases("", "scales") + r"))?\s+(?:" + _p("count_of") + r") (?:" + _p("count_determiners") + r") ([^\W\d_]+)\b(?!\s+(?:" + _p("count_of") + r")\b)", re.I)


def _named_count(an: Analysis, g: Fig, word: str) -> Fig | None:
    """The one count of the part's sentence (before it) or of the sentence before, counting `word`."""
    unit = unit_key([word], an.lex)
    if unit is None or unit in MEASURE_WORDS:
        return None
    start = an.seg.sentences[max(0, g.sent - 1)].start
    found = [h for h in an.figs_in(Span(start, g.q.span.start)) if h.count and h.unit == unit]
    return found[0] if len({h.q.value for h in found}) == 1 else None


def _across_comma(an: Analysis, head: Fig, g: Fig) -> bool:
    """Whether the part follows the whole's own words across a comma ("98 deaths in 2023, 71 of which"):
    a few words, no figure but a year's, no unit of time counted ("over 3 years, 45 of them")."""
    if head.unit in MEASURE_WORDS:
        return False
    between = an.text[head.q.end:g.q.span.start].strip()
    if between.startswith((",", ";", "—", "(")):
        return True
    words = between.split()
    return between.endswith((",", ";", "—")) and len(words) <= OF_THEM_GAP and all(f.q.year_like for f in an.figs[head.i + 1:g.i])

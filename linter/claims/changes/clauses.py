"""Clause discipline: a stated change is about the one pair of its own clause.

In "Sales rose 12.0% from $50.0 million to $56.0 million, while costs were up 5.0% from $20.0
million to $21.0 million" each percentage has its own pair; a link leaves the clause only where
the text refers back ("The difference …"). A change with its own base in words ("up 10 percent
from last year") is not judged against a pair that gives another base in figures. A change with no
pair in its sentence is linked to the one pair of its paragraph only when both speak of one thing.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.lang.packs import words as pack_words
from linter.claims.changes.grammar import DELTA_PCT, DOWN, OTHER_BASE, PCT_AFTER, PCT_BEFORE, UP, YEARS, Pair, _before, _claim, _sentence_before, _sign, _w
from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim, Span

# Where a clause with a subject of its own begins: a change stated in it is about its own figures.
# "…, while costs were up 5%", "…; lợi nhuận …", "trong khi …", "…, còn …"; "and"/"và" only before a
# new subject ("and costs rose", "và lợi nhuận"), not before the same subject's verb ("and up 10 percent").
CLAUSE_BREAK = lazyre.compile(lambda: r";|\b(?:" + _w("clause_breaks") + r")\b|,\s*(?:" + _w("comma_breaks") + r")\b", re.I)
AND = lazyre.compile(lambda: r"\b(?:" + _w("and_words") + r")\s+", re.I)
SAME_SUBJECT = lazyre.compile(lambda: r"(?:" + _w("same_subject") + r")\b", re.I)
# a change that opens the frame of the pair after it: "rose 12% from …", "a 25% increase, from …", "tăng 15% từ …"
FRAME_AHEAD = lazyre.compile(lambda: r"^[^\d;()]{0,40}?\b(?:" + _w("frame_openers") + r")\s*(?:(?:" + _w("before_level") + r")\s+)?[$€£]?$", re.I)
# words of change and grammar, left out when two sentences are compared for the thing they name
STOP = frozenset(pack_words("changes", "stop_words"))
TIME_BASE = lazyre.compile(lambda: r"\b(?:" + _w("earlier") + r")\b", re.I)


OWNER_REACH = 600  # characters between a stated change and a pair it may be about


def _crosses_clause(text: str) -> bool:
    """Whether `text`, between a stated change and a pair, starts a clause with a subject of its own."""
    if CLAUSE_BREAK.search(text):
        return True
    for m in AND.finditer(text):
        rest = text[m.end():]
        if not (UP.match(rest) or DOWN.match(rest) or SAME_SUBJECT.match(rest)):
            return True
    return False


def _extent(an: Analysis, p: Pair) -> tuple[int, int]:
    """Where a pair is stated: its figures, or for 'X, tăng D' the amount D, which its percentage follows."""
    if p.delta is not None:
        return p.delta.span.start, p.delta.end
    spans = [an.figs[i].q for i in p.figs]
    return min(q.span.start for q in spans), max(q.end for q in spans)


def owner(an: Analysis, f: Fig, cands: list[Pair]) -> Pair | None:
    """The one pair a stated change is about: of its own clause, the pair whose frame holds it.

    A change inside a pair ("was $4.32 billion, up 8% from $4.0 billion") is about it; one that
    opens the next pair ("rose 12% from $50 million to $56 million") is about that; else it closes
    the nearest pair before it ("…, tăng 125 tỷ đồng (tăng 11,11%)"). A pair beyond a clause break
    ("…, while costs were up 5.0% from …", "…; lợi nhuận …") is another clause's.
    """
    own = [p for p in cands if p.sent == f.sent]
    if not own:  # a sentence that refers back ("The difference …") speaks of the one pair before it
        return cands[0] if len(cands) == 1 else None
    spans = {id(p): _extent(an, p) for p in own}
    s, e = f.q.span.start, f.q.end
    # a pair far from the change along a run-on sentence is no frame of it: read only the text near it
    own = [p for p in own if spans[id(p)][1] >= s - OWNER_REACH and spans[id(p)][0] <= e + OWNER_REACH]
    own = [p for p in own if not _crosses_clause(an.text[min(e, spans[id(p)][1]):max(s, spans[id(p)][0])])]
    inside = [p for p in own if spans[id(p)][0] <= s < spans[id(p)][1]]
    if inside:
        return inside[0] if len(inside) == 1 else None
    ahead = sorted((p for p in own if spans[id(p)][0] >= e), key=lambda p: spans[id(p)][0])
    gap = an.text[e:spans[id(ahead[0])][0]] if ahead else ""
    if ahead and FRAME_AHEAD.match(gap) and not (_sign(gap) and _sign(_before(an, f, 25))):
        return ahead[0]  # "tăng 20%, số tiền tăng từ …": a second verb of change opens a frame of its own
    behind = sorted((p for p in own if spans[id(p)][1] <= s), key=lambda p: spans[id(p)][1])
    if behind and not _figure_between(an, spans[id(behind[-1])][1], s):
        # "…, up from 3.8 billion, and up 10 percent from last year": a base in words after a base in figures may be another
        return None if behind[-1].old is not None and own_base(an, f) else behind[-1]
    return None  # "…, lượng khách đạt 2,2 triệu lượt, tăng 10%": the change of the figure it follows, not of the pair before


def _figure_between(an: Analysis, start: int, end: int) -> bool:
    """A figure that is no year, label or amount of change ('an increase of 3,300 residents or 18.1%') stands between."""
    return any(not g.label and not g.delta for g in an.figs_in(Span(start, end)) if g.q.span.start >= start)


def own_base(an: Analysis, f: Fig) -> bool:
    """'up 10 percent from last year', 'tăng 5% so với cùng kỳ': the change names its own base, in words."""
    after = re.split(r"\d", an.lower[f.q.span.end:f.q.span.end + 50], maxsplit=1)[0]
    return bool(OTHER_BASE.match(after) or TIME_BASE.search(after) or an.has_word(after, an.lex.other_time))


def _change_pct(an: Analysis, f: Fig) -> bool:
    before = _sentence_before(an, f, 80)
    tail = before.lower().rstrip()
    if f.q.percent and an.lex.not_changes and any(m.end() == len(tail) for m in an.lex.rx("not_changes").finditer(tail)):
        return False  # "made up 32.7% of the total": a share, whatever the 'up' in its verb
    return f.q.percent and bool(PCT_AFTER.match(an.text[f.q.span.end:f.q.span.end + 30]) or PCT_BEFORE.search(before))


def paragraph(an: Analysis, found: list[Pair], linked: set[int]) -> Iterator[Claim]:
    """'an increase in the population of 7.4%. … The population grew by 22,703,743 to 331,449,281.'

    A change percentage with no pair of its own is linked to the one pair of its paragraph, when
    that pair has no percentage of its own and the paragraph states no other change percentage.
    """
    by_para: dict[int, list[Pair]] = {}
    for p in found:
        by_para.setdefault(an.figs[p.figs[0]].para, []).append(p)
    for para, own in by_para.items():
        if len(own) != 1:
            continue
        figs = an.figs_in(an.seg.paragraphs[para])  # the paragraph's figures, not every figure of the text
        pcts = [f for f in figs if _change_pct(an, f) and an.cell_of(f.q.span.start) is None]
        if len(pcts) != 1 or any(g.i in linked for g in figs if g.q.percent):
            continue
        p, f = own[0], pcts[0]
        if p.old is not None and p.old.percent or f.sent == p.sent or own_base(an, f) or not _same_topic(an, f.sent, p.sent):
            continue  # in the pair's own sentence the clauses decided; a change with its own base is of other figures
        if _own_amount(an, f):
            continue  # "have risen by 1.20 dollars, or 3.9%": the percentage of its own amount, not of the pair
        claim = _claim("pct", f, p)
        yield Claim(claim.kind, claim.stated, claim.operands, "paragraph", span=claim.span, extra=claim.extra + (("strength", "likely"),))


def lede(an: Analysis, found: list[Pair], linked: set[int]) -> Iterator[Claim]:
    """'Home sales dropped 10.5 percent in July compared to June. ¶ Home sales fell from 2,221 in June
    to 1,989 in July.' A change percentage whose paragraph gives no pair, naming the two periods the
    next paragraph's pair gives its figures ('in June', 'in July'), is about that pair, when it is
    the only pair there without a percentage of its own and both sentences name the same thing."""
    paras = {an.figs[p.figs[0]].para for p in found}
    by_para: dict[int, list[Pair]] = {}  # the pairs of counts (not of rates) by paragraph, looked up once
    for p in found:
        if p.old is not None and not p.old.percent:
            by_para.setdefault(an.figs[p.figs[0]].para, []).append(p)
    for f in an.figs:
        if f.i in linked or f.para in paras or f.para + 1 not in by_para:
            continue  # the next paragraph gives no pair: nothing to weigh the percentage against
        if not _change_pct(an, f) or an.cell_of(f.q.span.start) is not None:
            continue
        own = [p for p in by_para[f.para + 1] if not any(_change_pct(an, g) for g in an.figs_in(an.seg.sentences[p.sent]))]
        periods = _periods_named(an, f, own[0]) if len(own) == 1 else None
        if periods is None or len(_topic(an, f.sent) & _topic(an, own[0].sent) - periods) < 2:
            continue  # "Condo sales fell from 1,500 in February …" shares only 'sales' and the months
        linked.add(f.i)
        claim = _claim("pct", f, own[0])
        yield Claim(claim.kind, claim.stated, claim.operands, "lede", span=claim.span, extra=claim.extra + (("strength", "likely"),))


def _periods_named(an: Analysis, f: Fig, p: Pair) -> set[str] | None:
    """The two periods the pair's figures are said with ('2,221 in June', '1,989 in July'), lower-cased,
    when the change's own sentence names both; else None."""
    sent = an.seg.sentences[f.sent]
    said = an.text[sent.start:sent.end]
    periods = []
    for q in (p.old, p.new):
        m = YEARS.match(an.text[q.span.end:q.span.end + 30].lstrip()) if q is not None else None
        if m is None:
            return None
        periods.append(m.group().split()[-1])
    if periods[0] == periods[1] or not all(re.search(r"\b" + re.escape(w) + r"\b", said) for w in periods):
        return None
    return {w.lower() for w in periods}


def _own_amount(an: Analysis, f: Fig) -> bool:
    """The percentage follows an amount of its sentence it restates ('by 1.20 dollars, or 3.9%', 'tăng 12 vụ (7,5%)')."""
    prev = an.figs[f.i - 1] if f.i > 0 else None
    return prev is not None and prev.sent == f.sent and not prev.q.percent and bool(DELTA_PCT.fullmatch(an.text[prev.q.span.end:f.q.span.start]))


def _topic(an: Analysis, sent: int) -> set[str]:
    span = an.seg.sentences[sent]
    words = [w for w in re.findall(r"[^\W\d_]+", an.lower[span.start:span.end]) if w not in STOP]
    if an.lex.syllabic:
        return {f"{a} {b}" for a, b in zip(words, words[1:])}
    return {w for w in words if len(w) >= 5}


def _same_topic(an: Analysis, a: int, b: int) -> bool:
    """Both sentences name the same thing ("population"; "doanh thu"), beyond the words of change."""
    return bool(_topic(an, a) & _topic(an, b))

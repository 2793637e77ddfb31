"""Changes the text states: differences and percent changes between two figures it gives.

A change is a pair of figures, the earlier and the later: "từ 74,5% xuống 53,8%", "from $96.2
million to $92.6 million", "grew to 36,915 in 2020, up from 33,920", "grew by 22,703,743 to
331,449,281" and "197.028 đảng viên, tăng 12.308 đảng viên (6,66%)" (the earlier value is the
later minus the change). What is stated about a pair — a difference ("giảm 20,7 điểm phần trăm",
"The difference of 903,905") or a percent change ("a 9.5% increase") — is read in the pair's
sentence, or in the next sentence when it begins by referring back ("The difference …", "Mức
chênh lệch …"). A comparison "A, thấp hơn D so với chỉ tiêu … (B)" is a difference of A and B.
A later value that states its change and then its base is a pair too: "18,402, down 1,137 from
19,539", "2,5 tỷ USD, tăng 12,6% so với cùng kỳ năm trước (2,22 tỷ USD)", "rose 8% to $4.32 billion
from $4.0 billion". Years said on the way ("in 2022", "năm 2022") tell when, not how much.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Iterator

from linter import lazyre
from linter.claims import Analysis, Fig
from linter.model import Claim, Operand, Quantity, Span
from linter.record import record

_COMPARATIVE = r"(?:nhiều|ít|cao|thấp) hơn"  # "X, nhiều hơn 22% so với …": a comparison, not a hedge
DOWN = lazyre.compile(r"\b(?:giảm|xuống|thấp hơn|ít hơn|down|fell|fall|drop|dropped|decrease[sd]?|decline[sd]?|loss|lost|lower|less|fewer|shrank|slipped|slid|dipped|plunged|tumbled|sank)\b", re.I)
UP = lazyre.compile(r"\b(?:tăng|lên|cao hơn|nhiều hơn|vượt|up|rose|rise|grew|growth|increase[sd]?|gain(?:ed)?|jump(?:ed)?|higher|more|surged|soared|climbed)\b", re.I)
TOO = lazyre.compile(r"^\s*(?P<dir>too high|too low|higher|lower|more|less)\b", re.I)
INSTEAD = lazyre.compile(r"^[^\d]{0,12}\b(?:instead of|rather than|compared (?:with|to)|versus|vs\.?|thay vì|so với)\b[^\d]{0,45}$", re.I)
FROM_BEFORE = lazyre.compile(r"(?:\btừ|\bfrom)\s*[$€£]?$", re.I)
TO_BETWEEN = lazyre.compile(r"^[^\d%]{0,25}?\b(?:lên|xuống|đến|tới|to)(?:\s+(?:còn|mức))?\s*[$€£]?$", re.I)
TO_BEFORE = lazyre.compile(r"\b(?:to|lên|xuống còn)\s*[$€£]?$", re.I)
UP_FROM = lazyre.compile(r"\b(?:up|down|increased|decreased|rising|falling|an increase|a decrease)\s+from\s*[$€£]?$", re.I)
BY_BEFORE = lazyre.compile(r"\b(?:grew|grown|rose|risen|fell|fallen|increased|decreased|declined|dropped|climbed|jumped|improved)\s+by\s*[$€£]?$", re.I)
X_DELTA = lazyre.compile(
    r"^[^\d()]{0,30}(?:,|\b(?:which|that)\s+(?:represents?|represented|is|was))\s*"
    r"(?:tăng|giảm|tăng thêm|giảm đi|nhiều hơn|ít hơn|cao hơn|thấp hơn|up|down|an increase of|a decrease of)\s*[$€£]?$", re.I)
DIFF_BEFORE = lazyre.compile(r"(?:difference of|chênh lệch(?: là)?|an increase of|a decrease of|a (?:gain|loss|drop|fall|rise|decline|reduction|jump) of|(?:increas|decreas)(?:ed|ing)(?: by)?|(?:rose|fell|grew|dropped|declined|climbed)(?: by)?|,\s*tăng|,\s*giảm|,\s*tức tăng|,\s*tức giảm|,\s*up|,\s*down|,\s*" + _COMPARATIVE + r")\s*[$€£]?$", re.I)
PCT_AFTER = lazyre.compile(r"^\s*(?:increase|decrease|loss|gain|rise|drop|decline|growth|jump|fall|too high|too low|higher|lower|more than|less than|fewer than|below|above)\b", re.I)
COMPARATIVE_BEFORE = lazyre.compile(r",\s*" + _COMPARATIVE + r"\s*$", re.I)
PCT_BEFORE = lazyre.compile(
    r"(?:,\s*" + _COMPARATIVE + r"|\b(?:tăng|giảm|up|down|tức tăng|tức giảm)|\b(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|gained|slipped|surged|improved|risen|fallen|grown|shrunk|shrank)(?:\s+by)?"
    r"|\b(?:increase|decrease|growth|rise|decline|change)\b[^\d.;]{0,50}\bof"
    # the amount of a change, then its percentage: "an increase of 3,300 residents or 18.1%", "tăng 240 tỷ đồng, tương đương"
    r"|\b(?:of|by|tăng|giảm)\s+[$€£]?\d[\d.,]*(?:\s+[^\W\d]+){0,3},?\s+(?:or|tức(?: là)?|tương đương|tương ứng))\s*$", re.I)
REFERS = lazyre.compile(r"^\W*(?:the (?:difference|increase|decrease|change|gain|loss)|this|that|mức (?:chênh lệch|tăng|giảm)|như vậy)\b", re.I)
COMPARE = lazyre.compile(r"^[^\d]{0,60},\s*(?P<dir>cao hơn|thấp hơn|vượt|higher than|lower than)\s*$", re.I)
COMPARE_BASE = lazyre.compile(r"^\s*so với\s+(?:chỉ tiêu|kế hoạch|mục tiêu|cùng kỳ|năm trước|bình quân)[^\d();]{0,50}\(\s*$", re.I)
OTHER_BASE = lazyre.compile(r"^\s*(?:so với|compared|than|year[- ]on[- ]year|over the (?:previous|same|last))", re.I)
STOP = frozenset("tăng giảm lên xuống từ đến so với của các những và là có được trong năm tháng the and from with that this which their there about increase decrease growth change higher lower overall".split())
SCALE_AFTER = lazyre.compile(r"\s*(?:million|billion|trillion|thousand|triệu|tỷ|tỉ|nghìn|ngàn)\b", re.I)
# "in 2022", "năm 2022", "tháng 2", "quý III/2023", "in May": when, not how much
YEARS = lazyre.compile(
    r"\b(?:in|năm)\s+(?:1[6-9]|20)\d{2}\b|\b(?:tháng|quý)\s+(?:\d{1,2}|[IVX]{1,4})(?:\s*(?:/|năm)\s*(?:1[6-9]|20)\d{2})?(?!\w)"
    r"|\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:1[6-9]|20)\d{2})?\b",
    re.I,
)
# what stands between a change and its base: "down 1,137 from 19,539", "tăng 12,6% so với cùng kỳ năm trước (2,22 tỷ USD)"
BASE_BETWEEN = lazyre.compile(
    r"^\s*(?:(?:from|compared (?:with|to))\s*[$€£]?"
    r"|[^\d();]{0,30}?\bso với(?:\s+(?:cùng kỳ(?: năm trước)?|năm trước|kỳ trước|tháng trước|quý trước|năm học trước))?[^\d();]{0,30}\(\s*)$",
    re.I,
)
FROM_ONLY = lazyre.compile(r"(?:[a-z]{1,2}\b)?\s*from\s*[$€£]?", re.I)  # "to $150m from $120m"
COMMA_ONLY = lazyre.compile(r"^[^\d()]{0,30},\s*(?:about|around|nearly|almost|roughly|some|khoảng|gần|xấp xỉ)?\s*[$€£]?$", re.I)
# "22% more than the 1,188", "about 12% below the state median of $66,100", "6 points higher than in 2019 (85%)"
MORE_THAN = lazyre.compile(
    r"^\s*(?:(?:percentage\s+)?points?\s+)?(?P<dir>(?:more|less|fewer|higher|lower)\s+than|below|above)\s+"
    r"(?:the\s+)?(?:[^\d();,]{0,40}?\s(?:of|at)\s+|\(\s*)?[$€£]?$",
    re.I,
)
# Where a clause with a subject of its own begins: a change stated in it is about its own figures.
# "…, while costs were up 5%", "…; lợi nhuận …", "trong khi …", "…, còn …"; "and"/"và" only before a
# new subject ("and costs rose", "và lợi nhuận"), not before the same subject's verb ("and up 10 percent").
CLAUSE_BREAK = lazyre.compile(r";|\b(?:while|whereas|but|meanwhile|trong khi|trong lúc|nhưng|song|trong đó|of which|among them)\b|,\s*còn\b", re.I)
AND = lazyre.compile(r"\b(?:and|và)\s+", re.I)
SAME_SUBJECT = lazyre.compile(r"(?:was|were|is|are|has|have|had|by|to|from|then|at|đã|đạt|là|từ|lên|xuống|sau đó|ở mức)\b", re.I)
# a change that opens the frame of the pair after it: "rose 12% from …", "a 25% increase, from …", "tăng 15% từ …"
FRAME_AHEAD = lazyre.compile(r"^[^\d;()]{0,40}?(?:\bfrom|\btừ|\bto|\blên|\bxuống)\s*(?:the\s+|mức\s+)?[$€£]?$", re.I)
SHARED_SCALE_GAP = lazyre.compile(r"\s*(?:to|and|đến|tới|lên|xuống(?: còn)?|và|[-–])\s*[$€£]?", re.I)
TIME_BASE = lazyre.compile(r"\b(?:last|previous|prior|earlier|ago|a year|the year|the month|the quarter|trước|cùng kỳ)\b", re.I)
OR_PCT = lazyre.compile(r"\s*,?\s*(?:or|hay|tức(?: là)?|tương đương|tương ứng)\s*", re.I)  # "15 cents, or 0.5%"
TO_AFTER_PCT = lazyre.compile(r"\s*,?\s*(?:to|lên|xuống còn)\s*[$€£]?", re.I)
SUBUNITS = frozenset(("cent", "cents", "penny", "pence"))
DELTA_PCT = lazyre.compile(r"[^\d();,]{0,30}?\s*(?:\(\s*(?:(?:tăng|giảm)(?: trưởng)?)?|,?\s*\bor\b|,\s*(?:tức(?: là)?|tương đương|tương ứng))\s*", re.I)  # "tăng 12 vụ (7,5%)", "by 15 cents, or 0.5%"
ITEM_BOUND = lazyre.compile(r"[,;:()\n]|\b(?:và|and)\b", re.I)
COMPARED = lazyre.compile(r"\b(?:so với|compared (?:with|to))\b", re.I)
REPRESENTS = lazyre.compile(r"^[^\d;]{0,30}?\b(?:(?:which|that)\s+)?(?:represents?|represented|marks?|marked|is|was)\s+(?:a|an)\s*$", re.I)
OVER_BASE = lazyre.compile(r"^\s*(?:percent\s+)?(?P<dir>increase|decrease|rise|drop|decline|gain|jump|fall|growth|reduction)\s+(?:over|from|on)\s+(?:the\s+)?[$€£]?$", re.I)
THIS_IS = lazyre.compile(r"^\W*(?:this|that|đây|con số này|mức này)\s+(?:is|was|represents|represented|marks|marked|là)\s+(?:a|an|mức)?\s*$", re.I)
# the grammar may take the pronoun after a figure for its noun ("6,180 which represents …")
NOT_NOUNS = frozenset(("which", "that", "who", "what", "mà", "là"))
REACH = 600  # how far back a referring link looks, in characters
STOP_INSIDE = lazyre.compile(r"[.!?]\s+(?=[A-ZĐ])")
TO_THEN_FROM = lazyre.compile(r"^\s*(?:to|lên)\s*[$€£]?$", re.I)
POINTS_AFTER = lazyre.compile(r"^\s*(?:điểm(?: phần trăm)?|percentage points?|pp\b|points?\b)", re.I)


@record
class Pair:
    old: Quantity | None
    new: Quantity
    delta: Quantity | None  # the stated change, when the pair is "X, tăng D"
    sign: int  # +1 up, -1 down, 0 not said
    sent: int
    figs: tuple[int, ...]  # indexes of the figures making the pair


def _sentence_before(an: Analysis, f: Fig, n: int) -> str:
    """Up to `n` characters of the figure's sentence before it (a bounded slice, not the sentence)."""
    return an.text[max(an.seg.sentences[f.sent].start, f.q.span.start - n):f.q.span.start]


def _before(an: Analysis, f: Fig, n: int = 40) -> str:
    return an.text[max(0, f.q.span.start - n):f.q.span.start]


def _end(f: Fig) -> int:
    return f.q.end if f.q.scale != 1 else f.q.span.end


def _after_scale(an: Analysis, f: Fig) -> int:
    m = SCALE_AFTER.match(an.text[f.q.span.end:f.q.span.end + 20])
    return f.q.span.end + (m.end() if m else 0)


def _sign(text: str) -> int:
    down, up = DOWN.search(text), UP.search(text)
    return -1 if down and not up else 1 if up and not down else 0


def pairs(an: Analysis) -> list[Pair]:
    out: list[Pair] = []
    figs = [f for f in an.figs if not f.label and an.cell_of(f.q.span.start) is None]
    for f, g in zip(figs, figs[1:]):
        if f.sent != g.sent:
            continue
        between = an.text[_after_scale(an, f):g.q.span.start]
        clause = an.text[max(an.seg.clauses[f.clause].start, f.q.span.start - 60):f.q.span.start]  # bounded: a run-on clause is long
        if FROM_BEFORE.search(_before(an, f)) and TO_BETWEEN.search(YEARS.sub("", between)) and f.q.percent == g.q.percent:
            old = _shared_scale(an, f, g)
            if _scales_agree(old, g.q):
                out.append(Pair(old, g.q, None, _sign(clause[-60:] + between), f.sent, (f.i, g.i)))
        elif TO_BEFORE.search(_before(an, f)) and UP_FROM.search(between[-30:]) and not re.search(r"\d", YEARS.sub("", between)):
            out.append(Pair(g.q, f.q, None, _sign(between[-30:]), f.sent, (f.i, g.i)))
        elif TO_BEFORE.search(_before(an, f)) and FROM_ONLY.fullmatch(YEARS.sub("", between)) and _sign(_before(an, f)) and f.q.percent == g.q.percent:
            out.append(Pair(g.q, f.q, None, _sign(_before(an, f)), f.sent, (f.i, g.i)))  # "fell to 2.15% in 2023 from 2.86% in 2022"
        elif f.delta and BY_BEFORE.search(_before(an, f)) and re.fullmatch(r"\s*to\s*[$€£]?", between, re.I):
            s = _sign(_before(an, f))
            out.append(Pair(None, g.q, f.q, s or 1, f.sent, (f.i, g.i)))
        elif g.delta and not f.delta and not f.q.percent and not g.q.percent and X_DELTA.search(between) and (g.unit in (None, f.unit) or f.unit in NOT_NOUNS):
            out.append(Pair(None, f.q, g.q, _sign(between[-20:]) or 1, f.sent, (f.i, g.i)))
    out.extend(_change_then_base(an, figs))
    out.extend(_by_then_to(an, figs))
    used = {i for p in out for i in p.figs}
    out.extend(_listed_changes(an, figs, used))
    out.extend(_this_is(an, figs, used))
    return out


def _this_is(an: Analysis, figs: list[Fig], used: set[int]) -> Iterator[Pair]:
    """'… 3,108 students were enrolled. This is a 2.9 percent increase from 3,021 students last year.'

    A sentence that opens by referring back states the change of the one figure of the sentence
    before counting what its base counts.
    """
    for b, c in zip(figs, figs[1:]):
        if b.sent != c.sent or not b.q.percent or c.q.percent or c.label or c.unit is None or c.i in used:
            continue
        if not (over := OVER_BASE.match(an.text[b.q.end:c.q.span.start])):
            continue
        here, before = _last_two_sentences(an, b)
        if before is None or not THIS_IS.match(an.text[here:b.q.span.start]):
            continue
        cands = [f for f in _figs_between(an, before, here) if f.count and f.unit == c.unit and f.para == c.para]
        if len(cands) == 1:
            yield Pair(c.q, cands[0].q, None, _sign(over.group("dir")), b.sent, (cands[0].i, c.i))


def _figs_between(an: Analysis, start: int, end: int) -> list[Fig]:
    """The figures prose links may use between two offsets, no further back than REACH (a run-on sentence is long)."""
    return [f for f in an.figs_in(Span(max(start, end - REACH), end)) if not f.label and an.cell_of(f.q.span.start) is None]


def _last_two_sentences(an: Analysis, f: Fig) -> tuple[int, int | None]:
    """Where the sentence of `f` and the one before it start; a stop after an abbreviation-like word ('at NU.') counts."""
    sent = an.seg.sentences[f.sent]
    lo = max(sent.start, f.q.span.start - REACH)
    stops = [lo] + [m.end() for m in STOP_INSIDE.finditer(an.text, lo, f.q.span.start)]
    if len(stops) >= 2:
        return stops[-1], stops[-2]
    return lo, (an.seg.sentences[f.sent - 1].start if f.sent > 0 and lo == sent.start else None)


def _listed_changes(an: Analysis, figs: list[Fig], used: set[int]) -> Iterator[Pair]:
    """'xảy ra 12.510 vụ, làm chết 5.520 người, bị thương 9.570 người; so với cùng kỳ giảm 550 vụ (-4,2%),
    giảm 350 người chết (-6%), …': each change is of the one earlier figure counting what it counts.

    The changes follow a comparison with an earlier time ('so với cùng kỳ', 'compared with'), in the
    sentence of the figures or the next; a change's words after its noun ('người chết') must be
    around its figure ('làm chết 5.520 người'). One candidate or none: a guess is no link.
    """
    for d, nxt in zip(figs, figs[1:]):
        if not d.delta or d.q.percent or d.i in used or d.unit is None or not nxt.q.percent or nxt.sent != d.sent:
            continue
        start = max(an.seg.sentences[d.sent].start, d.q.span.start - REACH)
        compared = [m.end() for m in COMPARED.finditer(an.text, start, d.q.span.start)]
        if not DELTA_PCT.fullmatch(an.text[d.q.span.end:nxt.q.span.start]) or not compared:
            continue
        if any(not (g.delta or g.q.percent or g.label) for g in an.figs_in(Span(compared[-1], d.q.span.start))):
            continue  # "so với cùng kỳ, 9 tháng giảm 50 vụ": the changes are of another figure than those before
        words = _qualifier(an, d)
        opens = COMPARED.match(an.lower[start:d.q.span.start].lstrip())  # "So với …": refers back across the break
        first = an.seg.sentences[d.sent - 1].start if d.sent > 0 else start
        cands = [c for c in _figs_between(an, first, d.q.span.start) if c.sent in (d.sent, d.sent - 1) and c.count and c.unit == d.unit
                 and c.i not in used and (c.para == d.para or opens) and all(w in _item(an, c).split() for w in words)]
        if cands and cands[-1].sent == d.sent:
            cands = [c for c in cands if c.sent == d.sent]  # the figures of its own sentence come first
        if len(cands) == 1 and not COMPARED.search(_sentence_before(an, cands[0], 60)):  # "so với cùng kỳ (1.200 vụ)" is the base
            sign = _sign(an.text[max(d.q.span.start - 12, 0):d.q.span.start])
            if sign:
                yield Pair(None, cands[0].q, d.q, sign, d.sent, (cands[0].i, d.i))


def _qualifier(an: Analysis, f: Fig) -> list[str]:
    """The words after a change's noun that say which count it is: 'người bị thương' → ['bị', 'thương']."""
    noun = ITEM_BOUND.split(an.lower[f.q.unit_span.start:f.q.unit_span.end])[0] if f.q.unit_span else ""
    return [w for w in noun.split() if w not in (f.unit or "").lower().split()]


def _item(an: Analysis, f: Fig) -> str:
    """The words of a figure's own list item: from the mark or 'và' before it to the one after its noun."""
    prev_end = an.figs[f.i - 1].q.span.end if f.i > 0 else 0  # the figure, not its noun: the grammar may glue words to a noun
    nxt_start = an.figs[f.i + 1].q.span.start if f.i + 1 < len(an.figs) else len(an.text)
    starts = [m.end() for m in ITEM_BOUND.finditer(an.lower, max(prev_end, f.q.span.start - 60), f.q.span.start)]
    end = ITEM_BOUND.search(an.lower, f.q.span.end, nxt_start)
    return an.lower[(starts[-1] if starts else max(prev_end, f.q.span.start - 60)):(end.start() if end else nxt_start)]


def _by_then_to(an: Analysis, figs: list[Fig]) -> Iterator[Pair]:
    """'increased by 15 cents, or 0.5%, to $30.15': the amount, its percentage, then the later value."""
    for a, b, c in zip(figs, figs[1:], figs[2:]):
        if not (a.sent == b.sent == c.sent and a.delta and b.q.percent and not c.q.percent and not c.label):
            continue
        if BY_BEFORE.search(_before(an, a)) and OR_PCT.fullmatch(an.text[a.q.end:b.q.span.start]) and TO_AFTER_PCT.fullmatch(an.text[b.q.end:c.q.span.start]):
            yield Pair(None, c.q, _in_units_of(a.q, c.q), _sign(_before(an, a)) or 1, a.sent, (a.i, c.i))


def _in_units_of(delta: Quantity, new: Quantity) -> Quantity:
    """'15 cents' beside '$30.15' is $0.15: a change in the currency's hundredth."""
    if new.currency is None or (delta.unit or "").lower() not in SUBUNITS:
        return delta
    return replace(delta, value=delta.value / 100, resolution=delta.resolution / 100, currency=new.currency, decimals=delta.decimals + 2)


def _shared_scale(an: Analysis, f: Fig, g: Fig) -> Quantity:
    """'from 2.4 to 3.6 million tons', 'từ 1,2 đến 1,8 triệu tấn': the scale word after the second figure is the first's too."""
    q, other = f.q, g.q
    if q.scale != 1 or other.scale == 1 or q.percent or q.currency not in (None, other.currency) or q.value >= 1000:
        return q  # "from 2,400 to 3.6 million": no bare figure beside its scale word
    if not SHARED_SCALE_GAP.fullmatch(an.text[q.span.end:other.span.start]):
        return q  # a noun or a scale word of its own after the first figure (the grammar may read "lên" as its noun)
    return replace(q, value=q.value * other.scale, resolution=Decimal(1).scaleb(-q.decimals) * other.scale, scale=other.scale)


def _scales_agree(a: Quantity, b: Quantity) -> bool:
    """Two figures of one change within a factor of 1,000: beyond it a scale word was missed or meant for both."""
    if a.scale == b.scale or a.value <= 0 or b.value <= 0:
        return True
    return Decimal("0.001") < b.value / a.value < 1000


def _change_then_base(an: Analysis, figs: list[Fig]) -> Iterator[Pair]:
    """A later value, its change, then its base: the change is stated about the pair (base, later).

    "18,402 births in 2023, down 1,137 from 19,539 in 2022", "was $4.32 billion, up 8% from $4.0
    billion", "2,5 tỷ USD, tăng 12,6% so với cùng kỳ năm trước (2,22 tỷ USD)"; and with the change
    first: "rose 8% to $4.32 billion from $4.0 billion". The change is left out of the pair's
    figures, so it is read as what the sentence states about the pair.
    """
    for a, b, c in zip(figs, figs[1:], figs[2:]):
        if not a.sent == b.sent == c.sent:
            continue
        first, second = YEARS.sub("", an.text[_after_scale(an, a):b.q.span.start]), YEARS.sub("", an.text[_after_scale(an, b):c.q.span.start])
        base_ok = not c.label and not c.delta  # "(2,22 tỷ USD)" reads as a conversion of the figure before it, yet is a base
        if not a.delta and not b.label and a.count and base_ok and X_DELTA.search(first) and BASE_BETWEEN.match(second):
            later, change, base = a, b, c
        elif a.delta and a.q.percent and b.count and base_ok and TO_THEN_FROM.match(first) and BASE_BETWEEN.match(second):
            later, change, base = b, a, c
        elif a.count and b.q.percent and not c.label and not c.q.percent and REPRESENTS.match(first) and OVER_BASE.match(second):
            later, change, base = a, b, c  # "$23.4 million represents a 58.1% increase over the $14.8 million"
        elif (a.count or a.q.percent) and not c.label and not b.label and COMMA_ONLY.match(first) and (more := MORE_THAN.match(second)):
            # "1,450 patients in 2023, 22% more than the 1,188 it saw in 2022": the word of direction after the change
            if a.q.percent == c.q.percent:
                sign = 1 if more.group("dir").lower().startswith(("more", "higher", "above")) else -1
                yield Pair(c.q, a.q, None, sign, a.sent, (a.i, c.i))
            continue
        else:
            continue
        if later.q.percent != base.q.percent or not _counts_alike(later, base):
            continue
        sign = _sign(_before(an, change, 20) + " " + first[-20:] + " " + second[:15])  # no word of direction: the magnitude is judged
        yield Pair(base.q, later.q, None, sign, a.sent, (later.i, base.i))


def _counts_alike(a: Fig, b: Fig) -> bool:
    """Two figures of one change count the same thing, or one of them does not say."""
    return a.unit is None or b.unit is None or a.unit == b.unit or a.q.currency == b.q.currency and a.q.scale == b.q.scale


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


def _owner(an: Analysis, f: Fig, cands: list[Pair]) -> Pair | None:
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
        return None if behind[-1].old is not None and _own_base(an, f) else behind[-1]
    return None  # "…, lượng khách đạt 2,2 triệu lượt, tăng 10%": the change of the figure it follows, not of the pair before


def _figure_between(an: Analysis, start: int, end: int) -> bool:
    """A figure that is no year, label or amount of change ('an increase of 3,300 residents or 18.1%') stands between."""
    return any(not g.label and not g.delta for g in an.figs_in(Span(start, end)) if g.q.span.start >= start)


def _owned(an: Analysis, found: list[Pair]) -> Iterator[tuple[Pair, str, Fig]]:
    """Each stated change with the one pair it is about (clause discipline: one figure, one reading)."""
    options: dict[int, list[tuple[Pair, str, Fig]]] = {}
    for p in found:
        for kind, f in _statements(an, p):
            options.setdefault(f.i, []).append((p, kind, f))
    for i, opts in options.items():
        owner = _owner(an, an.figs[i], [p for p, _, _ in opts])
        yield from ((p, kind, f) for p, kind, f in opts if p is owner)


def _statements(an: Analysis, p: Pair) -> Iterator[tuple[str, Fig]]:
    """('pct'|'diff', figure) stated about the pair in its sentence or a sentence referring back."""
    sents = [p.sent]
    nxt = p.sent + 1
    if nxt < len(an.seg.sentences) and REFERS.match(an.text[an.seg.sentences[nxt].start:min(an.seg.sentences[nxt].end, an.seg.sentences[nxt].start + 120)]):
        sents.append(nxt)
    for f in (g for s in sents for g in an.figs_in(an.seg.sentences[s])):
        if f.sent not in sents or f.i in p.figs or f.label:
            continue
        before, after = _sentence_before(an, f, 80), an.text[f.q.span.end:f.q.span.end + 30]
        if f.q.percent and not (p.old is not None and p.old.percent) and (PCT_AFTER.match(after) or PCT_BEFORE.search(before)):
            yield "pct", f
        elif p.delta is not None and f.q.percent and DELTA_PCT.fullmatch(an.text[p.delta.span.end:f.q.span.start]):
            yield "pct", f
        elif p.delta is None and (DIFF_BEFORE.search(before) or p.old is not None and p.old.percent and not f.q.percent and POINTS_AFTER.match(after)):
            if p.old is not None and p.old.percent and f.q.percent and not POINTS_AFTER.match(after) and re.search(r"\b(?:tăng|giảm)\s*$", before):
                yield "pct", f
            else:
                yield "diff", f


def _space_joined(an: Analysis, f: Fig) -> Quantity:
    """'37 090.' at a sentence end is one figure grouped by a space (the grammar leaves it split)."""
    nxt = an.figs[f.i + 1] if f.i + 1 < len(an.figs) else None
    if nxt is None or an.text[f.q.span.end:nxt.q.span.start] != " " or not re.fullmatch(r"\d{3}", nxt.q.raw) or not f.q.raw.isdigit() or len(f.q.raw) > 3:
        return f.q
    return replace(f.q, span=f.q.span.cover(nxt.q.span), raw=an.text[f.q.span.start:nxt.q.span.end], value=f.q.value * 1000 + nxt.q.value, unit=nxt.q.unit, unit_span=nxt.q.unit_span)


def extract(an: Analysis) -> Iterator[Claim]:
    from linter import changetables, targets, units

    yield from changetables.extract(an)
    yield from units.extract(an)
    yield from targets.extract(an)
    found = pairs(an)
    linked: set[int] = set()
    for p, kind, f in _owned(an, found):
        linked.add(f.i)
        yield _claim(kind, f, p, _unhedged(an, f))
    yield from _paragraph(an, found, linked)
    yield from _instead(an)
    yield from _comparisons(an)


def _change_pct(an: Analysis, f: Fig) -> bool:
    before = _sentence_before(an, f, 80)
    return f.q.percent and bool(PCT_AFTER.match(an.text[f.q.span.end:f.q.span.end + 30]) or PCT_BEFORE.search(before))


def _paragraph(an: Analysis, found: list[Pair], linked: set[int]) -> Iterator[Claim]:
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
        if p.old is not None and p.old.percent or f.sent == p.sent or _own_base(an, f) or not _same_topic(an, f.sent, p.sent):
            continue  # in the pair's own sentence the clauses decided; a change with its own base is of other figures
        claim = _claim("pct", f, p)
        yield Claim(claim.kind, claim.stated, claim.operands, "paragraph", span=claim.span, extra=claim.extra + (("strength", "likely"),))


def _own_base(an: Analysis, f: Fig) -> bool:
    """'up 10 percent from last year', 'tăng 5% so với cùng kỳ': the change names its own base, in words."""
    after = re.split(r"\d", an.lower[f.q.span.end:f.q.span.end + 50], maxsplit=1)[0]
    return bool(OTHER_BASE.match(after) or TIME_BASE.search(after) or an.has_word(after, an.lex.other_time))


def _topic(an: Analysis, sent: int) -> set[str]:
    span = an.seg.sentences[sent]
    words = [w for w in re.findall(r"[^\W\d_]+", an.lower[span.start:span.end]) if w not in STOP]
    if an.lex.lang == "vi":
        return {f"{a} {b}" for a, b in zip(words, words[1:])}
    return {w for w in words if len(w) >= 5}


def _same_topic(an: Analysis, a: int, b: int) -> bool:
    """Both sentences name the same thing ("population"; "doanh thu"), beyond the words of change."""
    return bool(_topic(an, a) & _topic(an, b))


def _instead(an: Analysis) -> Iterator[Claim]:
    """'The original estimates were 5% too high, a total population of 38 879 instead of … 37 090.'"""
    for i, f in enumerate(an.figs):
        m = TOO.match(an.text[f.q.span.end:f.q.span.end + 20])
        if not f.q.percent or not m:
            continue
        rest = [g for g in an.figs[i + 1:i + 3] if g.sent == f.sent and not g.q.percent]
        if len(rest) == 2 and INSTEAD.match(an.text[rest[0].q.span.end:rest[1].q.span.start]):
            sign = 1 if m.group("dir").lower() in ("too high", "higher", "more") else -1
            new, old = rest[0].q, _space_joined(an, rest[1])
            yield Claim("change_pct", f.q, (Operand("from", old), Operand("to", new)), "instead", span=f.q.span.cover(old.span), extra=(("sign", sign), ("signed", False)))


def _unhedged(an: Analysis, f: Fig) -> Quantity:
    """'nhiều hơn 22% so với …' compares: the grammar reads 'hơn' as a hedge on the figure."""
    return replace(f.q, hedge=None) if f.q.hedge is not None and COMPARATIVE_BEFORE.search(_before(an, f, 20)) else f.q


def _claim(kind: str, f: Fig, p: Pair, stated: Quantity | None = None) -> Claim:
    ops = tuple(Operand(role, q) for role, q in (("from", p.old), ("delta", p.delta), ("to", p.new)) if q is not None)
    span = (p.old or p.delta or p.new).span.cover(f.q.span)
    words = 0 if f.q.value < 0 else p.sign
    extra = (("sign", words), ("signed", f.q.value < 0), ("dir", p.sign)) if kind == "pct" else (("points", p.old is not None and p.old.percent),)
    return Claim("change_pct" if kind == "pct" else "diff", stated or f.q, ops, "text", span=span, extra=extra)


def _comparisons(an: Analysis) -> Iterator[Claim]:
    """'35,1% …, thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (35,5%)': a difference of A and B."""
    for a, d, b in zip(an.figs, an.figs[1:], an.figs[2:]):
        if a.sent != d.sent or d.sent != b.sent or a.q.percent != b.q.percent:
            continue
        if COMPARE.search(an.text[a.q.end:d.q.span.start]) and COMPARE_BASE.match(an.text[d.q.span.end:b.q.span.start]):
            base = replace(b.q, resolution=Decimal(0), hedge=None)  # a target is set exactly, not rounded
            stated = replace(d.q, hedge=None)  # "thấp hơn 0,4% so với" compares; the grammar reads "hơn" as a hedge
            yield Claim("diff", stated, (Operand("from", base), Operand("to", a.q)), "comparison", span=a.q.span.cover(b.q.span),
                        extra=(("points", a.q.percent), ("relative_ok", d.q.percent and a.q.percent)))

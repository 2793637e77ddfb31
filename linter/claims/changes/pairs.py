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

from linter.core import lazyre
from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim, Operand, Quantity
from linter.core.record import record

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
    r"|\b(?:will|would|could|may|might|to)\s+(?:increase|decrease|rise|fall|grow|drop|decline|climb)(?:\s+by)?"  # "will increase 4.5 percent"
    # the amount of a change, then its percentage: "an increase of 3,300 residents or 18.1%", "tăng 240 tỷ đồng, tương đương"
    r"|\b(?:of|by|tăng|giảm)\s+[$€£]?\d[\d.,]*(?:\s+[^\W\d]+){0,3},?\s+(?:or|tức(?: là)?|tương đương|tương ứng))\s*$", re.I)
REFERS = lazyre.compile(r"^\W*(?:the (?:difference|increase|decrease|change|gain|loss)|this|that|mức (?:chênh lệch|tăng|giảm)|như vậy)\b", re.I)
COMPARE = lazyre.compile(r"^[^\d]{0,60},\s*(?P<dir>cao hơn|thấp hơn|vượt|higher than|lower than)\s*$", re.I)
COMPARE_BASE = lazyre.compile(r"^\s*so với\s+(?:chỉ tiêu|kế hoạch|mục tiêu|cùng kỳ|năm trước|bình quân)[^\d();]{0,50}\(\s*$", re.I)
OTHER_BASE = lazyre.compile(r"^\s*(?:so với|compared|than|year[- ]on[- ]year|over the (?:previous|same|last))", re.I)
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
SHARED_SCALE_GAP = lazyre.compile(r"\s*(?:to|and|đến|tới|lên|xuống(?: còn)?|và|[-–])\s*[$€£]?", re.I)
DELTA_PCT = lazyre.compile(r"[^\d();,]{0,30}?\s*(?:\(\s*(?:(?:tăng|giảm)(?: trưởng)?)?|,?\s*\bor\b|,\s*(?:tức(?: là)?|tương đương|tương ứng))\s*", re.I)  # "tăng 12 vụ (7,5%)", "by 15 cents, or 0.5%"
REPRESENTS = lazyre.compile(r"^[^\d;]{0,30}?(?:\b(?:(?:which|that)\s+)?(?:represents?|represented|marks?|marked|is|was)\s+|,\s*)(?:a|an)\s*$", re.I)
# "a 1.9 percent decrease from last year's total of 17,910", "a 58.1% increase over the $14.8 million"
OVER_BASE = lazyre.compile(
    r"^\s*(?:percent\s+)?(?P<dir>increase|decrease|rise|drop|decline|gain|jump|fall|growth|reduction)\s+(?:over|from|on)\s+"
    r"(?:the\s+)?(?:[^\d;()]{0,30}?\b(?:of|at)\s+)?[$€£]?$", re.I)
# "was $549,460, compared to $555,410 in June — down 1 percent": the base, then the change
COMPARED_THEN = lazyre.compile(r"^[^\d;]{0,15}?,?\s*compared (?:to|with)\s*[$€£]?$", re.I)
THEN_CHANGE = lazyre.compile(r"^[^\d;]{0,25}?(?:—|–|,)\s*(?P<dir>up|down)\s*$", re.I)
# the grammar may take the pronoun after a figure for its noun ("6,180 which represents …")
NOT_NOUNS = frozenset(("which", "that", "who", "what", "mà", "là"))
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
    from linter.claims.changes import refs as changerefs

    out.extend(_change_then_base(an, figs))
    out.extend(changerefs.by_then_to(an, figs))
    used = {i for p in out for i in p.figs}
    out.extend(changerefs.listed_changes(an, figs, used))
    out.extend(changerefs.this_is(an, figs, used))
    from linter.claims.changes import compare as changecompare, levels as changelevels, points as changepoints

    out.extend(changecompare.value_verb_more_than(an, figs, {i for p in out for i in p.figs}))

    out.extend(changepoints.rate_points_base(an, figs, {i for p in out for i in p.figs}))

    out.extend(changelevels.of_earlier_level(an, figs, used | {i for p in out for i in p.figs}))
    return out


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
        elif a.count and not b.label and not b.q.percent and c.q.percent and COMPARED_THEN.match(first) and THEN_CHANGE.match(second):
            later, change, base = a, c, b
        elif (a.count or a.q.percent) and not c.label and not b.label and COMMA_ONLY.match(first) and (more := MORE_THAN.match(second)):
            # "1,450 patients in 2023, 22% more than the 1,188 it saw in 2022": the word of direction after the change
            if a.q.percent == c.q.percent:
                sign = 1 if more.group("dir").lower().startswith(("more", "higher", "above")) else -1
                yield Pair(c.q, a.q, None, sign, a.sent, (a.i, c.i))
            continue
        else:
            continue
        if later.q.percent != base.q.percent or not _counts_alike(an, later, base) or not (change.q.percent or _counts_alike(an, later, change)):
            continue  # "4.850 chỉ tiêu cho 52 ngành, tăng 350 chỉ tiêu": the change is not of the 52 majors
        sign = _sign(_before(an, change, 20) + " " + first[-20:] + " " + second[:15])  # no word of direction: the magnitude is judged
        yield Pair(base.q, later.q, None, sign, a.sent, (later.i, base.i))


def _counts_alike(an: Analysis, a: Fig, b: Fig) -> bool:
    """Two figures of one change count the same thing, or one of them does not say: two sums of
    money ("2,5 tỷ đồng … 2.220 triệu đồng") are alike whatever their scale words."""
    money = all(f.q.currency is not None or (f.unit or "").lower() in an.lex.scales for f in (a, b))
    return a.unit is None or b.unit is None or a.unit == b.unit or money


def _owned(an: Analysis, found: list[Pair]) -> Iterator[tuple[Pair, str, Fig]]:
    """Each stated change with the one pair it is about (clause discipline: one figure, one reading)."""
    options: dict[int, list[tuple[Pair, str, Fig]]] = {}
    for p in found:
        for kind, f in _statements(an, p):
            options.setdefault(f.i, []).append((p, kind, f))
    from linter.claims.changes.clauses import owner

    for i, opts in options.items():
        own = owner(an, an.figs[i], [p for p, _, _ in opts])
        yield from ((p, kind, f) for p, kind, f in opts if p is own)


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
        elif f.q.percent and not (p.old is not None and p.old.percent):
            continue  # "a gain of 10%" of two counts: a percentage is no difference of counts
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
    from linter.claims.changes import clauses as changeclauses  # the family's helper, which reads this module's grammar

    found = pairs(an)
    linked: set[int] = set()
    from linter.claims.changes import respectively as changerespectively

    yield from changerespectively.claims(an, found, linked)  # "…, up 10% and 20% respectively": not both of the nearest pair
    listed = set(linked)
    for p, kind, f in _owned(an, found):
        if f.i not in listed:
            linked.add(f.i)
            yield _claim(kind, f, p, _unhedged(an, f))
    yield from changeclauses.paragraph(an, found, linked)
    yield from _instead(an)
    yield from _comparisons(an)


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

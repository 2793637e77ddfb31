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
from decimal import Decimal
from typing import Iterator

from linter.claims.analysis import Analysis, Fig, per_period
from linter.claims.changes import ahead as changeahead, clauses as changeclauses, compare as changecompare, levels as changelevels
from linter.claims.changes import points as changepoints, refs as changerefs, respectively as changerespectively
from linter.claims.changes import perunit as changeperunit, revisions as changerevisions, yearsprior as changeyearsprior
from linter.claims.changes.grammar import (
    BARE_CHANGE_END, BASE_BETWEEN, BY_BEFORE, COMMA_ONLY, COMPARATIVE_BEFORE, COMPARE, COMPARED_THEN, COMPARE_BASE, DELTA_PCT,
    DIFF_BEFORE, FROM_BEFORE, FROM_ONLY, INSTEAD, MORE_THAN, NOT_NOUNS, OVER_BASE, PCT_AFTER, PCT_BEFORE,
    POINTS_AFTER, Pair, REFERS, REPRESENTS, SCALE_AFTER, SHARED_SCALE_GAP, THEN_CHANGE, TOO, TO_BEFORE, TO_BETWEEN,
    TO_QUALIFIED, TO_THEN_FROM, UP_FROM, X_DELTA, YEARS, _before, _claim, _sentence_before, _sign, _w,
)
from linter.core import lazyre
from linter.core.model import Claim, Operand, Quantity, Span
from linter.core.record import replace
from linter.lang.packs import phrases, words as pack_words


def _after_scale(an: Analysis, f: Fig) -> int:
    m = SCALE_AFTER.match(an.text[f.q.span.end:f.q.span.end + 20])
    return f.q.span.end + (m.end() if m else 0)


class _Gaps:
    """The text from each figure (past its scale word) to the next, and the same without its years,
    cut once: the pairs and the triples of `_change_then_base` read the same gaps."""

    def __init__(self, an: Analysis, figs: list[Fig]) -> None:
        self.an, self.figs = an, figs
        self.raw: dict[int, str] = {}
        self.yearless: dict[int, str] = {}
        self.by_text: dict[str, str] = {}  # a gap → it without years: a text of figures repeats its gaps

    def between(self, k: int) -> str:
        if k not in self.raw:
            self.raw[k] = self.an.text[_after_scale(self.an, self.figs[k]):self.figs[k + 1].q.span.start]
        return self.raw[k]

    def without_years(self, k: int) -> str:
        if k not in self.yearless:
            gap = self.between(k)
            if gap not in self.by_text:
                self.by_text[gap] = YEARS.sub("", gap)
            self.yearless[k] = self.by_text[gap]
        return self.yearless[k]


def pairs(an: Analysis) -> list[Pair]:
    out: list[Pair] = []
    figs = [f for f in an.figs if not f.label and an.cell_of(f.q.span.start) is None]
    gaps = _Gaps(an, figs)
    ending: dict[str, tuple[bool, bool]] = {}
    for k, (f, g) in enumerate(zip(figs, figs[1:])):
        if f.sent != g.sent:
            continue
        between = gaps.between(k)
        before = _before(an, f)  # read by the tests below: sliced once, and searched for "to" once, not once per test
        ends = ending.get(before)  # ("from …", "to …") ending it: a text of figures repeats the words before them
        if ends is None:
            ends = ending[before] = (FROM_BEFORE.search(before) is not None, TO_BEFORE.search(before) is not None)
        qualified = f.q.currency is not None and f.q.currency == g.q.currency and TO_QUALIFIED.match(between)
        if ends[0] and (TO_BETWEEN.search(gaps.without_years(k)) or qualified) and f.q.percent == g.q.percent:
            old = _shared_scale(an, f, g)
            clause = an.text[max(an.seg.clauses[f.clause].start, f.q.span.start - 60):f.q.span.start]  # bounded: a run-on clause is long
            if _scales_agree(old, g.q):
                out.append(Pair(old, g.q, None, _sign(clause[-60:] + between), f.sent, (f.i, g.i)))
        elif (to_before := ends[1]) and UP_FROM.search(between[-30:]) and not re.search(r"\d", gaps.without_years(k)):
            out.append(Pair(g.q, f.q, None, _sign(between[-30:]), f.sent, (f.i, g.i)))
        elif to_before and FROM_ONLY.fullmatch(gaps.without_years(k)) and _sign(before) and f.q.percent == g.q.percent:
            out.append(Pair(g.q, f.q, None, _sign(before), f.sent, (f.i, g.i)))  # "fell to 2.15% in 2023 from 2.86% in 2022"
        elif f.delta and BY_BEFORE.search(before) and re.fullmatch(r"\s*(?:" + _w("to_bare") + r")\s*[$€£]?", between, re.I):
            s = _sign(before)
            out.append(Pair(None, g.q, f.q, s or 1, f.sent, (f.i, g.i)))
        elif g.delta and not f.delta and not f.q.percent and not g.q.percent and X_DELTA.search(between) and (g.unit in (None, f.unit) or f.unit in NOT_NOUNS):
            out.append(Pair(None, f.q, g.q, _sign(between[-20:]) or 1, f.sent, (f.i, g.i)))
    out.extend(_change_then_base(an, figs, gaps))
    out.extend(changerefs.by_then_to(an, figs))
    used = {i for p in out for i in p.figs}
    out.extend(changerefs.listed_changes(an, figs, used))
    out.extend(changerefs.this_is(an, figs, used))
    out.extend(changecompare.value_verb_more_than(an, figs, {i for p in out for i in p.figs}))

    out.extend(changepoints.rate_points_base(an, figs, {i for p in out for i in p.figs}))

    out.extend(changelevels.of_earlier_level(an, figs, used | {i for p in out for i in p.figs}))
    out.extend(changelevels.of_stated_level(an, figs, used | {i for p in out for i in p.figs}))
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


def _change_then_base(an: Analysis, figs: list[Fig], gaps: _Gaps) -> Iterator[Pair]:
    """A later value, its change, then its base: the change is stated about the pair (base, later).

    "18,402 births in 2023, down 1,137 from 19,539 in 2022", "was $4.32 billion, up 8% from $4.0
    billion", "2,5 tỷ USD, tăng 12,6% so với cùng kỳ năm trước (2,22 tỷ USD)"; and with the change
    first: "rose 8% to $4.32 billion from $4.0 billion". The change is left out of the pair's
    figures, so it is read as what the sentence states about the pair.
    """
    gap = gaps.without_years  # each triple's second gap is the next one's first
    for k, (a, b, c) in enumerate(zip(figs, figs[1:], figs[2:])):
        if not a.sent == b.sent == c.sent:
            continue
        first, second = gap(k), gap(k + 1)
        base_ok = not c.label and not c.delta  # "(2,22 tỷ USD)" reads as a conversion of the figure before it, yet is a base
        if not a.delta and not b.label and a.count and base_ok and X_DELTA.search(first) and BASE_BETWEEN.match(second):
            later, change, base = _rate_of(an, figs, k), b, c  # "$14.82 per $1,000 …, up $0.37 from $14.45": the rate, not its unit
            if later is None:
                continue
        elif a.delta and a.q.percent and b.count and base_ok and TO_THEN_FROM.match(first) and BASE_BETWEEN.match(second):
            later, change, base = b, a, c
        elif a.count and b.q.percent and not c.label and not c.q.percent and REPRESENTS.match(first) and OVER_BASE.match(second):
            later, change, base = a, b, c  # "$15.0 million represents a 25.0% increase over the $12.0 million"
        elif a.count and not b.label and not b.q.percent and c.q.percent and COMPARED_THEN.match(first) and THEN_CHANGE.match(second):
            later, change, base = a, c, b
        elif (a.count or a.q.percent) and not c.label and not b.label and COMMA_ONLY.match(first) and (more := MORE_THAN.match(second)):
            # "1,450 patients in 2023, 22% more than the 1,188 it saw in 2022": the word of direction after the change
            if a.q.percent == c.q.percent:
                sign = 1 if more.group("dir").lower().startswith(tuple(pack_words("changes", "than_up"))) else -1
                yield Pair(c.q, a.q, None, sign, a.sent, (a.i, c.i))
            continue
        else:
            continue
        if later.q.percent != base.q.percent or not _counts_alike(an, later, base) or not (change.q.percent or _counts_alike(an, later, change)):
            continue  # "4.850 chỉ tiêu cho 52 ngành, tăng 350 chỉ tiêu": the change is not of the 52 majors
        if _rate_of_total_before(an, later) and not per_period(an, base):
            continue  # "48,612 calls, or about 133 a day, up 4.1% from 46,700": the rate is not the total's later level
        sign = _sign(_before(an, change, 20) + " " + first[-20:] + " " + second[:15])  # no word of direction: the magnitude is judged
        yield Pair(base.q, later.q, None, sign, a.sent, (later.i, base.i))


PER_BEFORE = lazyre.compile(lambda: r"(?<!\w)(?:" + phrases("tables", "per_word") + r")\s+[$€£]?$", re.I)


def _rate_of(an: Analysis, figs: list[Fig], k: int) -> Fig | None:
    """The figure a change is said of: figs[k], or, when figs[k] is the unit a rate is said per ("$14.82 per
    $1,000 of value"), the rate before it; None when that unit has no figure of its own before it."""
    a = figs[k]
    if not PER_BEFORE.search(an.text[max(0, a.q.span.start - 12):a.q.span.start]):
        return a
    rate = figs[k - 1] if k > 0 else None
    if rate is None or rate.sent != a.sent or not changeperunit.PER.fullmatch(an.text, rate.q.span.end, a.q.span.start):
        return None
    return rate


THIS_IS_OPENS = lazyre.compile(lambda: r"\s*(?:" + phrases("changes", "this_is_subjects") + r")(?:\s+|['’]s\s+)(?:(?:"
                                + phrases("changes", "this_is_verbs") + r")\s+)?[^\d.;]{0,24}$", re.I)


def _rate_of_total_before(an: Analysis, f: Fig) -> bool:
    """'48,612 calls in 2024, or about 133 a day': a rate per period restating the total just before it in
    its sentence ('an average of 1,842 people a day' alone is the level itself), or the count of periods
    right after such a rate."""
    prev = next((g for g in reversed(an.figs[max(0, f.i - 4):f.i]) if not g.label), None)  # a year between is no figure of it
    if per_period(an, f) and THIS_IS_OPENS.match(an.text, an.seg.sentences[f.sent].start, f.q.span.start):
        return True  # "… answered 402,300 calls. That is about 1,100 calls a day, up 2.2% from 393,600": the total said before
    if prev is None or prev.sent != f.sent:
        return False
    if per_period(an, prev):
        return True  # "about 23,000 a day over 179 school days": the days the rate is counted over
    return per_period(an, f) and prev.count


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
    for i, opts in options.items():
        own = changeclauses.owner(an, an.figs[i], [p for p, _, _ in opts])
        yield from ((p, kind, f) for p, kind, f in opts if p is own)


def _statements(an: Analysis, p: Pair) -> Iterator[tuple[str, Fig]]:
    """('pct'|'diff', figure) stated about the pair in its sentence or a sentence referring back."""
    sents = [p.sent]
    nxt = p.sent + 1
    if nxt < len(an.seg.sentences) and REFERS.match(an.text[an.seg.sentences[nxt].start:min(an.seg.sentences[nxt].end, an.seg.sentences[nxt].start + 120)]):
        sents.append(nxt)
    starts = [an.figs[i].q.span.start for i in p.figs] + ([p.delta.span.start] if p.delta is not None else [])
    ends = [an.figs[i].q.end for i in p.figs] + ([p.delta.end] if p.delta is not None else [])
    lo, hi = min(starts) - changeclauses.OWNER_REACH, max(ends) + changeclauses.OWNER_REACH  # no owner is farther (clauses.owner)
    spans = [an.seg.sentences[s] for s in sents]
    for f in (g for span in spans for g in an.figs_in(Span(max(span.start, lo), min(span.end, hi)))):
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
            if p.old is not None and p.old.percent and f.q.percent and not POINTS_AFTER.match(after) and BARE_CHANGE_END.search(before):
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
    found = pairs(an)
    linked: set[int] = set()
    yield from changerespectively.claims(an, found, linked)  # "…, up 10% and 20% respectively": not both of the nearest pair
    listed = set(linked)
    for p, kind, f in _owned(an, found):
        if f.i not in listed:
            linked.add(f.i)
            yield _claim(kind, f, p, _unhedged(an, f))
    yield from changeclauses.paragraph(an, found, linked)
    yield from changeclauses.lede(an, found, linked)
    yield from changeahead.claims(an, found, linked)
    yield from changerevisions.claims(an)
    yield from changeperunit.claims(an)
    yield from changeyearsprior.claims(an)
    yield from _instead(an)
    yield from _comparisons(an)


def _instead(an: Analysis) -> Iterator[Claim]:
    """'The first count was 4% too high, a total of 10 400 residents instead of … 10 000.'"""
    for i, f in enumerate(an.figs):
        m = TOO.match(an.text[f.q.span.end:f.q.span.end + 20])
        if not f.q.percent or not m:
            continue
        rest = [g for g in an.figs[i + 1:i + 3] if g.sent == f.sent and not g.q.percent]
        if len(rest) == 2 and INSTEAD.match(an.text[rest[0].q.span.end:rest[1].q.span.start]):
            sign = 1 if m.group("dir").lower() in pack_words("changes", "too_up") else -1
            new, old = rest[0].q, _space_joined(an, rest[1])
            yield Claim("change_pct", f.q, (Operand("from", old), Operand("to", new)), "instead", span=f.q.span.cover(old.span), extra=(("sign", sign), ("signed", False)))


def _unhedged(an: Analysis, f: Fig) -> Quantity:
    """'nhiều hơn 22% so với …' compares: the grammar reads 'hơn' as a hedge on the figure."""
    return replace(f.q, hedge=None) if f.q.hedge is not None and COMPARATIVE_BEFORE.search(_before(an, f, 20)) else f.q


def _comparisons(an: Analysis) -> Iterator[Claim]:
    """'62,3% …, thấp hơn 0,7% so với chỉ tiêu được giao (63,0%)': a difference of A and B."""
    for a, d, b in zip(an.figs, an.figs[1:], an.figs[2:]):
        if a.sent != d.sent or d.sent != b.sent or a.q.percent != b.q.percent:
            continue
        if COMPARE.search(an.text[a.q.end:d.q.span.start]) and COMPARE_BASE.match(an.text[d.q.span.end:b.q.span.start]):
            base = replace(b.q, resolution=Decimal(0), hedge=None)  # a target is set exactly, not rounded
            stated = replace(d.q, hedge=None)  # "thấp hơn 0,4% so với" compares; the grammar reads "hơn" as a hedge
            yield Claim("diff", stated, (Operand("from", base), Operand("to", a.q)), "comparison", span=a.q.span.cover(b.q.span),
                        extra=(("points", a.q.percent), ("relative_ok", d.q.percent and a.q.percent)))

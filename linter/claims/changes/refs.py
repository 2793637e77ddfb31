"""Changes stated of a value given before them: the amount and its percentage after the later value.

"increased by 15 cents, or 0.5%, to $30.15"; "… 3,108 students were enrolled. This is a 2.9 percent
increase from 3,021 students last year."; a list of changes after a comparison with an earlier
time, "xảy ra 12.510 vụ, làm chết 5.520 người …; so với cùng kỳ giảm 550 vụ (-4,2%), giảm 350
người chết (-6%)". Each link looks back a bounded way and is made only when one figure fits.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.claims.changes.grammar import BY_BEFORE, DELTA_PCT, OVER_BASE, Pair, _before, _sentence_before, _sign, _w
from linter.lang.packs import capitals, words as pack_words
from linter.claims.analysis import Analysis, Fig
from linter.core.model import Quantity, Span
from linter.core.record import replace

OR_PCT = lazyre.compile(lambda: r"\s*,?\s*(?:" + _w("or_words") + "|" + _w("restating") + r")\s*", re.I)  # "15 cents, or 0.5%"
TO_AFTER_PCT = lazyre.compile(lambda: r"\s*,?\s*(?:" + _w("to_before") + r")\s*[$€£]?", re.I)
SUBUNITS = frozenset(pack_words("changes", "subunits"))
ITEM_BOUND = lazyre.compile(lambda: r"[,;:()\n]|[.!?](?=\s)|\b(?:" + _w("and_words") + r")\b", re.I)
COMPARED = lazyre.compile(lambda: r"\b(?:" + _w("compared") + r")\b", re.I)
THIS_IS = lazyre.compile(lambda: r"^\W*(?:" + _w("this_is_subjects") + r")\s+(?:" + _w("this_is_verbs") + r")\s+(?:" + _w("this_is_articles") + r")?\s*$", re.I)
WORD = lazyre.compile(r"[^\W\d_]+")
REACH = 600  # how far back a referring link looks, in characters
STOP_INSIDE = lazyre.compile(lambda: r"[.!?]\s+(?=[A-Z" + capitals() + "])")


def by_then_to(an: Analysis, figs: list[Fig]) -> Iterator[Pair]:
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


def this_is(an: Analysis, figs: list[Fig], used: set[int]) -> Iterator[Pair]:
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


def listed_changes(an: Analysis, figs: list[Fig], used: set[int]) -> Iterator[Pair]:
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
                 and c.i not in used and (c.para == d.para or opens) and set(words) <= set(WORD.findall(_item(an, c)))]
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

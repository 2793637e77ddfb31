"""A change stated before its figures: the percentage first, the two values in the sentences after it.

"The number of homes sold fell 8.0% from a year earlier. A total of 230 homes were sold in May.
A year earlier, 250 homes were sold." — "Enrollment dropped 2.5 percent. The fall 2022 enrollment
was 1,200 students and in 2023 there are 1,170." The change stands alone in its sentence; the next
sentence (or the next two, one value each) gives exactly two counts of one noun, one of them said of
the earlier period (a year earlier, last year, the smaller of two years) and the other not. The
link is made only when the change's sentence names the thing the values count (two words shared),
and when a base the change names in words ("from a year earlier") is the period the earlier value
is said of.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.claims.analysis import Analysis, Fig
from linter.claims.changes.clauses import _change_pct, _topic, own_base
from linter.claims.changes.grammar import Pair, _claim, _sign, _sentence_before
from linter.core import lazyre
from linter.core.model import Claim, Span
from linter.lang.packs import LEXICONS, phrases, words as pack_words

# the phrases of an earlier period, longest first: "the same period a year earlier" reads as "a year earlier"
EARLIER = lazyre.compile(lambda: r"\b(?:" + "|".join(re.escape(w) for w in sorted(pack_words("changes", "earlier_markers"), key=len, reverse=True)) + r")\b", re.I)
PARTING = lazyre.compile(lambda: r"[,;]|\b(?:" + phrases("changes", "and_words") + "|" + phrases("changes", "clause_breaks") + r")\b", re.I)
NAME = lazyre.compile(r"[^\W\d_]+")
WORD_ANY = NAME
LOOK = 4  # figures either side of a change looked at for a value of its own
REACH = 2  # sentences after the change that may give its values


def claims(an: Analysis, found: list[Pair], linked: set[int]) -> Iterator[Claim]:
    used = {i for p in found for i in p.figs}
    for f in an.figs:
        if f.i in linked or not f.q.percent or not _change_pct(an, f) or not _alone(an, f):
            continue
        sign = _sign(_sentence_before(an, f, 80))
        pair = _values_after(an, f, used) if sign else None
        if pair is None:
            continue
        old, new = pair
        if not _shared_topic(an, f.sent, {old.sent, new.sent}) or _new_names(an, f.sent, {old.sent, new.sent}):
            continue
        if not _base_agrees(an, f, old, new):
            continue
        linked.add(f.i)
        claim = _claim("pct", f, Pair(old.q, new.q, None, sign, f.sent, (old.i, new.i)))
        yield Claim(claim.kind, claim.stated, claim.operands, "ahead", span=claim.span, extra=claim.extra + (("strength", "likely"),))


def _shared_topic(an: Analysis, sent: int, others: set[int]) -> bool:
    """The change's sentence and the values' name the same thing in two words at least, a word taken
    by its first six letters ('enrollment', 'enrolled'): 'Home sales in the state fell 5%' shares only
    'sales' with 'In the county, home sales totaled 230'."""
    def stems(s: int) -> set[str]:
        return {w if an.lex.syllabic else w[:6] for w in _topic(an, s)}

    return len(stems(sent) & set().union(*(stems(s) for s in others))) >= 2


def _names(an: Analysis, sent: int) -> set[str]:
    """The capitalized words of a sentence but its first (a place, a group), months and terms left out."""
    span = an.seg.sentences[sent]
    dated = {w.lower() for w in pack_words("dates", "month_names")} | {w.lower() for lex in LEXICONS.values() for w in lex.dates.term_months}
    found = NAME.findall(an.text, span.start, span.end)[1:]
    return {w.lower() for w in found if w[0].isupper() and w.lower() not in dated}


def _new_names(an: Analysis, sent: int, others: set[int]) -> bool:
    """'Statewide, sales fell 6% … In Marion County, 412 homes were sold': the values name a place or
    group the change does not; they may be of another scope."""
    own = {w.lower() for w in WORD_ANY.findall(an.lower, an.seg.sentences[sent].start, an.seg.sentences[sent].end)}
    return any(_names(an, s) - own for s in others)


def _alone(an: Analysis, f: Fig) -> bool:
    """The change is the one figure of its sentence that is no year or label: no value of its own.
    A bounded look either way (LOOK figures): a sentence with more labels than that is not read."""
    near = an.figs[max(0, f.i - LOOK):f.i] + an.figs[f.i + 1:f.i + 1 + LOOK]
    ends = f.i - LOOK >= 0 and near[0].sent == f.sent or f.i + LOOK < len(an.figs) and near[-1].sent == f.sent
    return f.q.hedge is None and not ends and all(g.label for g in near if g.sent == f.sent)


def _values_after(an: Analysis, f: Fig, used: set[int]) -> tuple[Fig, Fig] | None:
    """(earlier, later): the two counts the next sentence or two give, one said of the earlier period."""
    sents = [s for s in range(f.sent + 1, min(f.sent + 1 + REACH, len(an.seg.sentences)))]
    figs = [[g for g in an.figs_in(an.seg.sentences[s]) if not g.label] for s in sents]
    if not figs or not figs[0] or an.figs_in(an.seg.sentences[sents[0]])[0].para not in (f.para, f.para + 1):
        return None
    window = figs[0] if len(figs[0]) == 2 else figs[0] + figs[1] if len(figs) == 2 and len(figs[0]) == 1 and len(figs[1]) == 1 else []
    if len(window) != 2 or any(not g.count or g.q.hedge or g.i in used or g.para != window[0].para for g in window):
        return None
    a, b = window
    if not (a.unit == b.unit or a.unit is None or b.unit is None):
        return None
    if any(g.q.percent for s in sents[:len(figs)] for g in an.figs_in(an.seg.sentences[s])):
        return None  # a change of their own beside them: the values are that one's
    (ya, wa), (yb, wb) = (_periods(an, g, window) for g in window)
    if len(ya) > 1 or len(yb) > 1:
        return None
    if ya and yb:  # "The fall 2022 enrollment was 1,200 … in 2023 there are 1,170": the smaller year is the earlier
        first = min(ya) < min(yb)
        if ya == yb or (wb if first else wa):
            return None
        return (a, b) if first else (b, a)
    if wa == wb or ya or yb:
        return None  # neither value or both said of an earlier period, or 'last year' beside '2022': which is the base is not said
    return (a, b) if wa else (b, a)


def _periods(an: Analysis, g: Fig, window: list[Fig]) -> tuple[set[int], bool]:
    """The years a value is said of and whether an earlier period is named for it ('Last year, …').

    In a sentence of its own a value has its sentence's markers; of two values in one sentence the
    first has those before the first comma, ';' or 'and' after it, the second those after (none
    when nothing parts them: "from 1,200 in 2022 to 1,170 in 2023" is a pair of its own)."""
    sent = an.seg.sentences[g.sent]
    a, b = window
    start, end = sent.start, sent.end
    if a.sent == b.sent:
        cut = PARTING.search(an.text, a.q.span.end, b.q.span.start)
        if cut is None:
            return set(), False
        start, end = (start, cut.start()) if g is a else (cut.end(), end)
    marks = _markers(an, start, end)
    return {kind for _, kind in marks if isinstance(kind, int)}, "earlier" in [kind for _, kind in marks]


def _markers(an: Analysis, start: int, end: int) -> list[tuple[int, object]]:
    """The period markers between two offsets: (where, year) for a year, (where, 'earlier') for a phrase."""
    out: list[tuple[int, object]] = [(g.q.span.start, int(g.q.value)) for g in an.figs_in(Span(start, end)) if g.label and g.q.year_like]
    out += [(m.start(), "earlier") for m in EARLIER.finditer(an.text, start, end)]
    return out


def _base_agrees(an: Analysis, f: Fig, old: Fig, new: Fig) -> bool:
    """A base the change names ('from a year earlier', 'from 2021') is the period the earlier value is of."""
    sent = an.seg.sentences[f.sent]
    named = {m.group().lower() for m in EARLIER.finditer(an.text, f.q.span.end, sent.end)}
    years = {int(g.q.value) for g in an.figs_in(sent) if g.label and g.q.year_like}
    if not named and not years:
        return not own_base(an, f)  # "up 5% from the first quarter": a base of its own that these values may not be
    o = an.seg.sentences[old.sent]
    old_named = {m.group().lower() for m in EARLIER.finditer(an.text, o.start, o.end)}
    said = {kind for s in {old.sent, new.sent} for _, kind in _markers(an, an.seg.sentences[s].start, an.seg.sentences[s].end)}
    return named <= old_named and years <= said  # "fell 5% in 2023": the later value's year is named too

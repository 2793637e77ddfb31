"""Percent claims: a stated share linked to its part and to the whole it is a share of.

The whole comes, in order of certainty, from a fraction written beside the share ("49/53 … đạt
92,45%", "73,25% (115/157)"), an explicit base ("trong tổng số 15.081 trường", "out of 640"), the
total heading the enumeration the part belongs to, or the figures before it that count the same
thing. A share whose whole is only guessed is checked against every such figure and flagged only
when none of them gives it; a group of shares whose implied wholes disagree are rates of different
bases ("mầm non 141 (51,8%), tiểu học 206 (75,2%)") and are left alone.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, Iterator

from linter.claims import Analysis, Fig
from linter.context import unit_key
from linter.model import Claim, Operand, Quantity, Span

CHANGE_AFTER = re.compile(r"^\s*(?:so với|compared (?:with|to)|than)\s+(?:năm|cùng kỳ|kỳ|tháng|quý|the same|last|the previous|a year|\d)")
POINTS_AFTER = re.compile(r"^\s*(?:điểm|percentage point|pp\b|points?\b)")
FROM_TO_BEFORE = re.compile(r"(?:\btừ|\bxuống(?: còn)?|\blên|\bfrom|\bto|\bvà)\s*$")
WHOLE_NOUN = re.compile(r"^\s*(?:\(?\s*)?(?:so với|của|trong|trên|of|of the|of all|among)?\s*(?:tổng\s+)?(?:số\s+|total\s+)?", re.I)


def compatible(a: str | None, b: str | None, persons: tuple[str, ...]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    pl = {p.lower() for p in persons}
    if a in pl and b in pl:
        return True
    wa, wb = a.split(), b.split()
    n = min(len(wa), len(wb))
    return wa[:n] == wb[:n] and (len(wa) == 1 or len(wb) == 1)


def _skip(an: Analysis, f: Fig) -> bool:
    """A percentage that is a change, a target attainment or a value in points, not a share."""
    after = an.lower[f.q.span.end:f.q.span.end + 40]
    before = an.lower[an.seg.clauses[f.clause].start:f.q.span.start]
    if f.delta or CHANGE_AFTER.match(after) or POINTS_AFTER.match(after) or FROM_TO_BEFORE.search(before[-12:]):
        return True
    if an.has_word(after[:25], an.lex.target_words):
        return True
    sentence = an.lower[an.seg.sentences[f.sent].start:an.seg.sentences[f.sent].end]
    targets = "|".join(map(re.escape, an.lex.target_words))
    return bool(re.search(r"\bđạt\s*$", before) and re.search(r"\b(?:đạt|bằng|hoàn thành)\s+(?:trên |hơn |gần )?\d[\d.,]*\s?%\s+(?:" + targets + ")", sentence))


def _fraction(an: Analysis, f: Fig) -> tuple[Quantity, Quantity] | None:
    for a, b, span in an.scan.fractions:
        if an.seg.clause(span.start) == f.clause and span.end <= f.q.span.start:
            between = [g for g in an.figs if span.end <= g.q.span.start < f.q.span.start and g.count]
            if not between:
                return a, b
        if 0 <= span.start - f.q.span.end <= 3 and an.text[f.q.span.end:span.start].strip() in ("(", "( "):
            return a, b
    return None


def _part(an: Analysis, f: Fig) -> Fig | None:
    """The count the share is stated for: the nearest count before it in its clause, joined by a share marker."""
    clause = an.seg.clauses[f.clause]
    for g in reversed(an.figs[:f.i]):
        if g.q.span.start < clause.start:
            return None
        if g.q.percent or g.label or g.conversion or g.attr:
            continue
        if g.delta:
            if f.paren is not None and f.paren.start >= g.q.span.end and not an.text[g.q.span.end:f.paren.start].strip(" ,"):
                return None  # "tăng 12.308 đảng viên (6,66%)": a rate of change
            if (g.q.unit_span or g.q.span).end + 3 >= f.q.span.start:
                return None
            continue
        gap = an.lower[(g.q.unit_span or g.q.span).end:f.q.span.start]
        paren_share = f.paren is not None and f.paren.start >= g.q.span.end and len(an.text[g.q.span.end:f.paren.start]) < 45
        if paren_share or an.has_word(gap, an.lex.share_markers) or re.fullmatch(r"[\s|,]*", gap):
            return g
        return None
    return None


def _explicit_whole(an: Analysis, part: Fig, f: Fig) -> Fig | None:
    markers = an.lex.whole_markers + ("trong tổng số", "tổng số")
    for g in an.figs[part.i + 1:f.i]:
        lead = an.lower[part.q.span.end:g.q.span.start]
        if g.count and re.search(r"(?:" + "|".join(map(re.escape, markers)) + r")\s*$", lead):
            return g
    for g in an.figs[f.i + 1:f.i + 2]:
        lead = an.lower[f.q.span.end:g.q.span.start]
        if g.count and re.fullmatch(r"\s*(?:của |trong |trên )?(?:tổng số|tổng|of|out of|of a total of|of the)\s*", lead):
            return g
    return None


def _whole_noun(an: Analysis, f: Fig) -> str | None:
    rest = an.text[f.q.span.end:f.q.span.end + 60]
    m = WHOLE_NOUN.match(rest)
    if not m or not rest[:1].isspace():
        return None
    words = re.findall(r"[^\W\d_]+", rest[m.end():m.end() + 40])[:5]
    if not words or rest[m.end():m.end() + 1] in ",.;:)":
        return None
    key = unit_key(words, an.lex)
    if key in an.lex.share_markers or key in an.lex.change_words or key in ("và", "and", "to", "là", "is", "the"):
        return None
    return key


def _candidates(an: Analysis, part: Fig, f: Fig, unit: str | None) -> tuple[list[Fig], bool]:
    """Figures the share may be of, the enumeration's head first, then the nearest larger ones."""
    cands: list[tuple[int, int, Fig]] = []
    structural = False
    totals = "|".join(map(re.escape, an.lex.total_words + ("trong tổng số", "trong số", "of the")))
    openers = an.lex.list_openers
    for g in reversed(an.figs[:f.i]):
        if g.para < part.para - 1 and not (part.unit is None and g.i in an.total_like):
            continue
        if g is part or not g.count or g.attr or not compatible(g.unit, unit, an.lex.person_nouns):
            continue
        lead = an.lower[an.seg.clauses[g.clause].start:g.q.span.start]
        between = an.lower[g.q.span.end:part.q.span.start]
        head = re.search(r"(?:" + totals + r")\s+(?:\S+\s+){0,4}$", lead) or (g.sent >= part.sent - 1 and an.has_word(between, openers))
        structural = structural or bool(head)
        smaller = g.q.high is not None and g.q.high < part.q.low and f.q.value <= 100
        cands.append((0 if head else 2 if smaller else 1, len(cands), g))
    return [g for _, _, g in sorted(cands, key=lambda t: t[:2])], structural


def _claim(f: Fig, part: Fig, wholes: list[Fig], evidence: str, strength: str) -> Claim:
    reading = [(Operand("part", part.q), Operand("whole", w.q)) for w in wholes]
    return Claim(
        kind="percent",
        stated=f.q,
        operands=reading[0],
        evidence=evidence,
        alternatives=tuple(reading[1:]),
        span=part.q.span.cover(f.q.span),
        extra=(("strength", strength),),
    )


def implied_whole(part: Quantity, share: Quantity) -> tuple[Decimal, Decimal]:
    """The interval of wholes for which part is share% of it, widened to admit a truncated share."""
    lo_share = share.value - share.resolution / 2
    hi_share = share.value + share.resolution
    if lo_share <= 0:
        return Decimal(0), Decimal("Infinity")
    return part.low * 100 / hi_share, (part.high or part.value * 2) * 100 / lo_share


def _agreeing(group: list[tuple[Fig, Fig]]) -> int:
    """How many shares of the group one common whole could explain."""
    spans = [implied_whole(p.q, f.q) for f, p in group]
    return max(sum(lo <= x <= hi for lo, hi in spans) for x, _ in spans) if spans else 0


def _partition(f: Fig, part: Fig, siblings: list[tuple[Fig, Fig]]) -> Claim | None:
    """Shares of one sentence adding up to 100%: their whole is the sum of their parts."""
    total = sum((s.q.value for s, _ in siblings), Decimal(0))
    if len(siblings) < 2 or abs(total - 100) > 1:
        return None
    parts = [p.q for _, p in siblings]
    whole = Quantity(
        span=Span(parts[0].span.start, parts[-1].span.end), raw=" + ".join(p.raw for p in parts),
        value=sum((p.value for p in parts), Decimal(0)), resolution=sum((p.resolution for p in parts), Decimal(0)),
    )
    return Claim(
        kind="percent", stated=f.q, operands=(Operand("part", part.q), Operand("whole", whole)), evidence="partition",
        span=part.q.span.cover(f.q.span), extra=(("strength", "certain"), ("whole_parts", tuple(parts))),
    )


def extract(an: Analysis) -> Iterator[Claim]:
    pending: dict[int, list[tuple[Fig, Fig]]] = {}
    for f in an.figs:
        if not f.q.percent or _skip(an, f):
            continue
        frac = _fraction(an, f)
        if frac:
            a, b = frac
            yield Claim("percent", f.q, (Operand("part", a), Operand("whole", b)), "fraction", span=a.span.cover(f.q.span), extra=(("strength", "certain"),))
            continue
        part = _part(an, f)
        if part is None:
            continue
        cell = an.cell_of(f.q.span.start)
        if cell is not None and not cell.start <= part.q.span.start < cell.end:
            continue  # a share column: the table linker owns it
        whole = _explicit_whole(an, part, f)
        if whole is not None:
            yield _claim(f, part, [whole], "explicit", "certain")
        elif not (f.q.value == 100 and f.q.hedge is None):
            pending.setdefault(f.sent, []).append((f, part))
    yield from _implicit(an, pending)


def _implicit(an: Analysis, pending: dict[int, list[tuple[Fig, Fig]]]) -> Iterable[Claim]:
    for group in pending.values():
        if len(group) >= 2 and _agreeing(group) * 2 < len(group) + (len(group) == 2):
            continue  # rates of different bases, not shares of one whole
        for f, part in group:
            unit = _whole_noun(an, f) or part.unit
            cands, structural = _candidates(an, part, f, unit)
            if cands:
                yield _claim(f, part, cands, "structural" if structural else "nearby", "certain" if structural else "likely")
                continue
            claim = _partition(f, part, group)
            if claim:
                yield claim

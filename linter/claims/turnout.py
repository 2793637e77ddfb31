"""An election's turnout is the votes cast over the electorate.

"Tổng số cử tri của xã: 8.240 cử tri; số cử tri đã đi bỏ phiếu 8.105
người; tỉ lệ cử tri tham gia bầu cử đạt 98,36%" and "Electorate: 8974 / Total votes cast: 640 /
Turnout: 7.13%" state a share whose part and whole are named, not placed beside it. A share named
as the turnout (the phrases of `Lexicon.turnout`) is linked to the nearest figure before it named
as the votes cast and the nearest named as the electorate; a name stands right before its figure
("Electorate: 8974", "tổng số cử tri đi bỏ phiếu 5.420.976", "turnout was 62,5%") or right after
it ("640 votes cast", "5.420.976 cử tri đi bỏ phiếu"). Both are looked for in the same block of
text: up to MAX_BACK characters back, not across a blank line. The votes cast must not exceed the
electorate either. A turnout said of another count of its clause ("822/961 tổ bầu cử có tỷ lệ cử tri
đi bầu đạt 100%", "In 12 precincts, turnout was 100%") is each member's, not the election's.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from linter.core import lazyre
from linter.claims.analysis import Analysis, Fig
from linter.lang.packs import lexicon, phrases
from linter.core.model import Claim, Operand

MAX_BACK = 800


def _join() -> str:
    """What stands between a turnout's name and its figure: "Turnout: ", "tỷ lệ … đạt ", "stood at a "."""
    return r"\s*(?::|-|–)?\s*(?:(?:" + phrases("", "turnout_links") + r")\s+)?(?:a\s+)?"


@lru_cache(maxsize=8)
def _names(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(rate before, cast before, electorate before, cast after, electorate after) for a language."""
    rate, cast, electorate = lexicon(lang).turnout

    def alt(phrases: tuple[str, ...]) -> str:
        return "|".join(re.escape(p) for p in sorted(phrases, key=lambda w: (-len(w), w)))

    def before(phrases: tuple[str, ...]) -> re.Pattern[str]:
        return lazyre.eager(r"(?<!\w)(?:" + alt(phrases) + r")" + _join() + r"\Z")

    def after(phrases: tuple[str, ...]) -> re.Pattern[str]:
        return lazyre.eager(r"\s*(?:" + alt(phrases) + r")(?!\w)")

    return before(rate), before(cast), before(electorate), after(cast), after(electorate)


def _named(an: Analysis, f: Fig, before: re.Pattern[str], after: re.Pattern[str] | None) -> bool:
    start = f.q.span.start
    if before.search(an.lower, max(0, start - 60), start):
        return True
    return after is not None and after.match(an.lower, f.q.span.end, f.q.span.end + 60) is not None


def _of_members(an: Analysis, f: Fig, *names: re.Pattern[str]) -> bool:
    """A turnout said of a count in its own clause is each member's ("822/961 tổ bầu cử có tỷ lệ cử
    tri đi bầu đạt 100%", "12 precincts had turnout of 100%"), not the election's: a count before it
    in the clause that is neither the votes cast nor the electorate."""
    clause = an.seg.clauses[f.clause]
    cast, electorate, cast_after, electorate_after = names
    for g in reversed(an.figs[:f.i]):
        if g.q.span.start < clause.start:
            return False
        if g.q.percent or g.label:
            continue
        return not (_named(an, g, cast, cast_after) or _named(an, g, electorate, electorate_after))
    return False


def extract(an: Analysis) -> Iterator[Claim]:
    if not any(an.lex.turnout) or not any(name in an.lower for name in an.lex.turnout[0]):
        return  # no turnout named: nothing to look up for each share
    rate, cast, electorate, cast_after, electorate_after = _names(an.lex.lang)
    linked = {c.stated.span for c in an.claims if c.kind == "percent"}
    for f in an.figs:
        if not f.q.percent or f.q.span in linked or not _named(an, f, rate, None):
            continue
        if _of_members(an, f, cast, electorate, cast_after, electorate_after):
            continue
        part = whole = None
        floor = max(0, f.q.span.start - MAX_BACK)
        gap = an.text.rfind("\n\n", floor, f.q.span.start)
        floor = max(floor, gap)
        for g in reversed(an.figs[:f.i]):
            if g.q.span.start < floor:
                break
            if g.q.percent or g.label:
                continue
            if part is None and _named(an, g, cast, cast_after):
                part = g
            elif whole is None and _named(an, g, electorate, electorate_after):
                whole = g
            if part is not None and whole is not None:
                break
        if part is None or whole is None:
            continue
        span = whole.q.span.cover(f.q.span) if whole.q.span.start < part.q.span.start else part.q.span.cover(f.q.span)
        yield Claim("percent", f.q, (Operand("part", part.q), Operand("whole", whole.q)), "turnout", span=span, extra=(("strength", "certain"),))
        yield Claim("part_le_whole", part.q, (Operand("part", part.q), Operand("whole", whole.q)), "turnout", span=span)

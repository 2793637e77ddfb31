"""A rate, its change in points, then the rate it changed from.

"Tỷ lệ tốt nghiệp đạt 92,5%, tăng 2,5 điểm phần trăm so với năm trước (90%)", "The graduation rate
was 92.5%, up 2.5 percentage points from 90.0% a year earlier": the change is stated about the pair
(90%, 92.5%) and is a difference in points. A change written with % after "tăng"/"giảm" ("tăng 2,5% so
với năm trước (90%)") becomes a percent change, which C002 reads as relative or as points (its points
reading); one written with % in English ("up 2.8%") is left alone, as the difference reading would
take it for points only.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.claims.changes.grammar import BASE_BETWEEN, X_DELTA, YEARS, Pair, _sign, _w
from linter.claims.analysis import Analysis, Fig
from linter.lang.lexicon import alternation
from linter.lang.packs import LEXICONS

POINTS = lazyre.compile(lambda: r"^\s*(?:" + _w("rate_points") + r")(?=\W)", re.I)


def _base_said() -> str:
    """Each pack's words before a base rate said without a parenthesis, its copula required where the pack has one."""
    forms = []
    for lex in LEXICONS.values():
        c = lex.changes
        if c.base_said_openers and c.base_said_periods:
            copula = r"\s*(?:" + alternation(c.base_said_copulas) + r")\s*" if c.base_said_copulas else r"\s+"
            forms.append(r"(?:" + alternation(c.base_said_openers) + r")\s+(?:" + alternation(c.base_said_periods) + r")" + copula)
    return "|".join(forms) or "(?!)"


# the base rate said without a parenthesis: "so với năm trước là 90%", "from the previous year's 90%"
BASE_SAID = lazyre.compile(lambda: r"^\s*(?:" + _base_said() + r")$", re.I)
PCT_VERB = lazyre.compile(lambda: r"\b(?:" + _w("pct_verbs") + r")\s*$", re.I)  # "tăng 2,5%": C002 weighs it as relative or as points
LEVEL_BEFORE = lazyre.compile(lambda: r"(?:\b(?:" + _w("level_before") + r")\s*)$", re.I)  # "rose to 92.5%": the level reached, not the change


def rate_points_base(an: Analysis, figs: list[Fig], used: set[int]) -> Iterator[Pair]:
    """(base rate, later rate) for 'later rate, up N points from base rate', or 'tăng N% so với … (base rate)'."""
    yearless: dict[str, str] = {}  # a gap → it without years: a text of rates repeats its gaps
    for a, b, c in zip(figs, figs[1:], figs[2:]):
        if not (a.sent == b.sent == c.sent) or {a.i, b.i, c.i} & used:
            continue
        if not (a.q.percent and c.q.percent) or b.label or c.delta or (a.delta and not _level(an, a)):
            continue
        gap = an.text[a.q.span.end:b.q.span.start]
        first = yearless[gap] if gap in yearless else yearless.setdefault(gap, YEARS.sub("", gap))
        after = an.text[b.q.span.end:c.q.span.start]
        points = None if b.q.percent else POINTS.match(after)
        if points is None and not (b.q.percent and PCT_VERB.search(first)):
            continue  # "up 2.8%" of a rate is read as points only further on: a relative change would be accused
        rest = YEARS.sub("", after[points.end():] if points else after)
        if not X_DELTA.search(first) or not (BASE_BETWEEN.match(rest) or BASE_SAID.match(rest)):
            continue
        sign = _sign(first[-20:])
        if sign:
            yield Pair(c.q, a.q, None, sign, a.sent, (a.i, c.i))


def _level(an: Analysis, f: Fig) -> bool:
    return LEVEL_BEFORE.search(an.text[max(0, f.q.span.start - 8):f.q.span.start]) is not None

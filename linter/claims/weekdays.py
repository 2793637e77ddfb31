"""Weekdays named with a date: "Thứ năm, 25/07/2024", "25 July 2024 (Thursday)".

A weekday is linked to a day date only when nothing but spaces (NBSP included), a comma, a dash
or a parenthesis stands between them. In Vietnamese "thứ hai" is also an ordinal ("lần thứ hai"),
so a Vietnamese weekday counts only at the start of a line or clause, after a time of day or
after a word that introduces a day (vào, sáng, chiều, tối, hôm …).
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.figures.dates import DateMention, marker
from linter.lang.packs import LEXICONS, phrases, words
from linter.core.model import Claim, Operand, Span

_PACKS = tuple(LEXICONS.values())  # every pack loaded with factlint: a weekday of any of them is read


def _alt(names) -> str:
    return "|".join(re.escape(n).replace(r"\ ", r"[\s\u00a0]+") for n in sorted(names, key=lambda w: (-len(w), w)))


WEEKDAY = lazyre.compile(r"(?<!\w)(?P<w>" + "|".join(_alt(lex.weekdays) for lex in _PACKS) + r")(?![\w])", re.I)
GAP_BEFORE_DATE = lazyre.compile(lambda: r"[\s\u00a0]*[,\-–—|]?[\s\u00a0]*\(?[\s\u00a0]*(?:(?:" + phrases("dates", "day") + r")[\s\u00a0]+)?")
GAP_AFTER_DATE = lazyre.compile(r"[\s\u00a0]*(?:,|\(|[\-–—])[\s\u00a0]*(?:\(\s*)?")
VI_BEFORE = lazyre.compile(lambda: r"(?:^|[\n.;:,(|\-–—]|\d|\b(?:" + phrases("", "weekday_before") + r"))[\s\u00a0]*$", re.I)


def _index(word: str) -> int | None:
    key = re.sub(r"[\s\u00a0]+", " ", word.lower())
    for lex in _PACKS:
        if key in lex.weekdays:
            return lex.weekdays[key]
    return next((lex.weekdays[key + "."] for lex in _PACKS if key + "." in lex.weekdays), None)  # "Mon" for "mon."


def _is_weekday(an, m: re.Match[str]) -> bool:  # noqa: ANN001 - Analysis
    word = m.group("w").lower()
    if word.endswith(".") or word[:3] in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        return word.endswith("day") or word.endswith(".") or an.text[m.end():m.end() + 1] == ","
    return bool(VI_BEFORE.search(an.text, max(0, m.start() - 30), m.start()))


def claims(an, found: list[DateMention]) -> Iterator[Claim]:  # noqa: ANN001 - Analysis
    days = [d for d in found if d.granularity == "day" and d.readings]
    if not days:
        return  # a weekday is only checked beside a day's date
    by_start = {d.span.start: d for d in days}
    by_end = {d.span.end: d for d in days}
    for m in WEEKDAY.finditer(an.text):
        index = _index(m.group("w"))
        if index is None or not _is_weekday(an, m):
            continue
        gap = GAP_BEFORE_DATE.match(an.text, m.end())
        date = by_start.get(gap.end()) if gap else None
        day = next((w for w in words("dates", "day") if w in gap.group().lower()), None) if gap is not None else None
        if date is None and day is not None:
            date = by_start.get(gap.start() + gap.group().lower().rindex(day))  # "ngày 29 tháng 7 năm 2024" starts at "ngày"
        if date is None:
            date = _date_before(an.text, m.start(), by_end)
        if date is None:
            continue
        stated = marker(Span(m.start("w"), m.end("w")), m.group("w"), index)
        yield Claim(
            "weekday", stated, (Operand("date", marker(date.span, date.raw, 0)),), "adjacent",
            span=stated.span.cover(date.span), extra=(("readings", date.readings),),
        )


def _date_before(text: str, start: int, by_end: dict[int, DateMention]) -> DateMention | None:
    """'25 July 2024 (Thursday)', '25/07/2024, thứ Năm': the date stands just before the weekday."""
    for end, date in by_end.items():
        if end <= start and start - end <= 6:
            gap = GAP_AFTER_DATE.fullmatch(text, end, start)
            if gap:
                return date
    return None

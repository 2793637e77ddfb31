"""Weekdays named with a date: "Thứ năm, 25/07/2024", "25 July 2024 (Thursday)".

A weekday is linked to a day date only when nothing but spaces (NBSP included), a comma, a dash
or a parenthesis stands between them. In Vietnamese "thứ hai" is also an ordinal ("lần thứ hai"),
so a Vietnamese weekday counts only at the start of a line or clause, after a time of day or
after a word that introduces a day (vào, sáng, chiều, tối, hôm …).

A date written without its year ("on Thursday, September 14", "Chiều thứ Sáu 8.3") takes the year of
the dateline, a full date opening the document, when that puts it in the dateline's recent past or
near future (270 days before to 60 days after): a report tells of what happened lately or is about
to. Without a dateline, or outside that window, the year is not known and nothing is claimed.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Iterator

from linter.core import lazyre
from linter.figures.dates import DateMention, day_month, marker
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
    if word.endswith(".") or word[:3] in words("", "weekday_stems"):
        return word.endswith(words("", "weekday_endings")) or word.endswith(".") or an.text[m.end():m.end() + 1] == ","
    return bool(VI_BEFORE.search(an.text, max(0, m.start() - 30), m.start()))


DATELINE_REACH = 200  # characters from the document's start within which a full date is its dateline
BEFORE_DATELINE, AFTER_DATELINE = dt.timedelta(days=270), dt.timedelta(days=60)


DATELINE_LENGTH = 80  # a dateline stands on a short line of its own ("Thứ Hai, 11/03/2024, 09:15"), not in a sentence


def _dated(text: str, found: list[DateMention]) -> list[DateMention]:
    """The dates, those written without a year read in the year of the dateline where one year fits."""
    line = next((d for d in found if d.granularity == "day" and len(d.readings) == 1), None)
    if line is None or line.span.start > DATELINE_REACH:
        return _term_dated(text, found)
    start, end = text.rfind("\n", 0, line.span.start) + 1, text.find("\n", line.span.end)
    if (len(text) if end < 0 else end) - start > DATELINE_LENGTH:
        return _term_dated(text, found)  # "Founded on May 1, 1990, the firm …": a date told in a sentence
    day0 = line.readings[0]
    out = []
    for d in found:
        md = day_month(d.raw) if d.granularity == "day" and not d.readings and d.problem is None else None
        fits = [day for day in (_day(y, md) for y in (day0.year - 1, day0.year, day0.year + 1)) if day is not None
                and day0 - BEFORE_DATELINE <= day <= day0 + AFTER_DATELINE] if md else []
        out.append(replace(d, readings=(fits[0],)) if len(fits) == 1 and not _other_year(text, d, end, fits[0].year) else d)
    return out


def _term_months() -> dict[str, tuple[int, int]]:
    return {k.lower(): v for lex in _PACKS for k, v in lex.dates.term_months.items()}


TERM = lazyre.compile(lambda: r"(?<!\w)(?P<t>" + _alt(_term_months()) + r")[\s\u00a0]+(?:(?:" + phrases("dates", "season_links")
                      + r")[\s\u00a0]+)?(?P<y>(?:19|20)\d\d)(?![\d.,/–-])(?P<n>[\s\u00a0]+(?:" + phrases("dates", "term_nouns") + r")\b)?", re.I)


def _term_dated(text: str, found: list[DateMention]) -> list[DateMention]:
    """With no dateline, a day written without its year ('announced on Tuesday, Oct. 6') takes the
    year of the latest school term the text names ('the fall 2012 semester', said once at least with
    its noun) when it falls in that term's months: a report on a term tells of its days. Another term of the same year and season,
    or words saying another year, leave it alone."""
    found_terms = list(TERM.finditer(text))
    terms = [(_term_months()[m.group("t").lower()], int(m.group("y"))) for m in found_terms]
    if not terms:
        return found
    latest = max(y for _, y in terms)
    if not any(m.group("n") and int(m.group("y")) == latest for m in found_terms):
        return found  # "since the fall of 2008": a season, not a school term the text reports on
    spans = {months for months, y in terms if y == latest}
    out = []
    for d in found:
        md = day_month(d.raw) if d.granularity == "day" and not d.readings and d.problem is None else None
        inside = md is not None and sum(1 for lo, hi in spans if lo <= md[0] <= hi) == 1
        day = _day(latest, md) if inside else None
        out.append(replace(d, readings=(day,)) if day is not None and not _other_year(text, d, 0, latest) else d)
    return out


SENTENCE_REACH = 400  # how far back the sentence before a date is read, in characters
SENTENCE_START = lazyre.compile(r"[.!?]\s|\n")
YEAR = lazyre.compile(r"(?<![\d.,/])((?:19|20)\d\d)(?:[-–/]((?:19|20)?\d\d))?(?![\d.,/]\d)")
OTHER_YEAR = lazyre.compile(lambda: r"(?<!\w)(?:" + phrases("dates", "other_years") + r")(?!\w)", re.I)


def _other_year(text: str, d: DateMention, floor: int, year: int) -> bool:
    """'Năm 2024, hội nghị họp vào thứ Năm, ngày 4/1', 'Last year the offices reopened on Thursday, Jan. 2':
    the sentence before the date names other years than the one the dateline gives it (a season
    '2016-17' names both its years), or it or the words right after the date say it is another
    ('ngày 15/6 năm ngoái'). The dateline's own line (`floor` is its end) is no such sentence."""
    low = max(floor, d.span.start - SENTENCE_REACH)  # bounded: a run-on text is one long sentence
    start = max([low] + [m.end() for m in SENTENCE_START.finditer(text, low, d.span.start)])
    lead = text[start:d.span.start]
    named = set()
    for m in YEAR.finditer(lead):
        named.add(int(m.group(1)))
        if m.group(2):
            named.add(int(m.group(1)[:4 - len(m.group(2))] + m.group(2)))
    tail = re.split(r"[.,;:\n]", text[d.span.end:d.span.end + 40], maxsplit=1)[0]  # "15/6 năm ngoái", "June 15 next year"
    return bool(named and year not in named) or bool(OTHER_YEAR.search(lead) or OTHER_YEAR.search(tail))


def _day(year: int, md: tuple[int, int] | None) -> dt.date | None:
    try:
        return dt.date(year, *md) if md else None
    except ValueError:
        return None  # "February 29" of a year without it


def claims(an, found: list[DateMention]) -> Iterator[Claim]:  # noqa: ANN001 - Analysis
    days = [d for d in _dated(an.text, found) if d.granularity == "day" and d.readings]
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

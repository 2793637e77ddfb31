"""The date grammar: every date of a text as an interval of days with a granularity.

"25/07/2024" is the day itself, "tháng 3/2024" the whole of March, "Quý I/2024" January 1 to
March 31, "năm 2011" and "fiscal 2023" a year, "giai đoạn 2011–2014" and "from 2011 to 2014" the
years 2011 through 2014, "1987-88", "năm học 2023-2024" and "FY 2020-21" a season, "Chiều 12.3" a
day without a year. A numeric date is read day first in Vietnamese and
month first in English, unless one of its first two numbers is above 12; a date that no order
makes valid ("31/02/2024", "29/02/2023", month 13, day 0) is kept with `problem` set.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache
from typing import Iterable

from linter.core import lazyre
from linter.lang.i18n import N_
from linter.lang.packs import LEXICONS, lexicon, phrases, words as pack_words
from linter.core.model import Quantity, Span
from linter.core.record import record

MONTHS = {name: n for lex in LEXICONS.values() for name, n in lex.dates.month_numbers.items()}  # every pack's month names


def _mon() -> str:
    return r"(?P<mon>" + "|".join(sorted((m.capitalize() for m in pack_words("dates", "month_numbers")), key=lambda w: (-len(w), w))) + r")\.?"


ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
DASH = r"[\-\u2010\u2011\u2012\u2013\u2014]"
YEAR = r"(?:1[6-9]|20)\d{2}"
_L, _R = r"(?<![\w.,/\-])", r"(?![\w/]|[.,]\d)"
# _L before a digit, written after it: a pattern that starts with a digit lets the engine skip to
# the digits of a text instead of trying the lookbehind at every position (1 MB of spaces: 70 ms a form)
_D = r"\d(?<![\w.,/\-]\d)"


def _w(name: str) -> str:
    """The packs' date words `name` (`Lexicon.dates`) as one group, written when a pattern is first used."""
    return r"(?:" + phrases("dates", name) + r")"


# Longest forms first: a span taken by one form is not read again by a shorter one.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("day_month_year", lazyre.compile(lambda: _L + _w("day") + r"\s+(?P<d>\d{1,2})\s+" + _w("month") + r"\s+(?P<m>\d{1,2})\s+" + _w("year") + r"\s+(?P<y>\d{4})" + _R, re.I)),
    ("iso", lazyre.eager(r"(?P<y>" + _D + r"\d{3})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _R)),
    ("numeric", lazyre.eager(r"(?P<a>" + _D + r"\d?)\s?(?P<s>[/.\-])\s?(?P<b>\d{1,2})\s?(?P=s)\s?(?P<y>\d{4})" + _R)),
    ("en_mdy", lazyre.compile(lambda: r"\b" + _mon() + r"\s+(?P<d>\d{1,2})" + _w("ordinal_suffixes") + r"?(?:,?\s+(?P<y>\d{4}))?" + _R)),
    ("en_dmy", lazyre.compile(lambda: r"(?P<d>" + _D + r"\d?)" + _w("ordinal_suffixes") + r"?\s+(?:" + _w("day_of") + r"\s+)?" + _mon() + r"(?:,?\s+(?P<y>\d{4}))?" + _R)),
    ("en_my", lazyre.compile(lambda: r"\b" + _mon() + r",?\s+(?P<y>\d{4})" + _R)),
    ("half_year", lazyre.compile(lambda: r"(?:6|" + phrases("dates", "six") + r")\s+" + _w("month") + r"\s+(?P<h>" + phrases("dates", "half_first") + "|" + phrases("dates", "half_last") + r")\s+" + _w("year") + r"\s+(?P<y>\d{4})" + _R, re.I)),
    ("month_year", lazyre.compile(lambda: r"\b" + _w("month") + r"\s+(?P<m>\d{1,2})\s*(?:/|\s+" + _w("year") + r"\s+)(?P<y>\d{4})" + _R, re.I)),
    ("quarter", lazyre.compile(lambda: r"\b(?:" + _w("quarter") + r"\s+(?P<q>IV|I{1,3}|[1-4])\s*(?:/|\s+" + _w("year") + r"\s+)|Q(?P<q2>[1-4])\s*[/ ]\s*)(?P<y>\d{4})" + _R, re.I)),
    ("fiscal", lazyre.compile(lambda: r"\b(?:" + _w("fiscal") + r"(?:\s+" + _w("fiscal_noun") + r")?|" + _w("fiscal_abbrev") + r")\s*(?P<y>\d{4})(?:" + DASH + r"(?P<y2>\d{4}|\d{2}))?" + _R, re.I)),
    ("range", lazyre.compile(lambda:
        r"\b(?P<w>" + phrases("dates", "range_openers") + r")\s+(?:" + _w("year") + r"\s+)?(?P<y>" + YEAR + r")(?P<s1>" + DASH + r"\d{2})?"
        r"\s*(?:" + phrases("dates", "range_links") + "|" + DASH + r")\s*(?:" + _w("year") + r"\s+)?(?P<y2>" + YEAR + r")(?P<s2>" + DASH + r"\d{2})?" + _R, re.I)),
    ("span", lazyre.eager(r"(?P<y>(?:1(?<![\w.,/\-]1)[6-9]|2(?<![\w.,/\-]2)0)\d{2})\s?" + DASH + r"\s?(?P<y2>" + YEAR + r"|\d{2})" + r"(?![\w/%]|[.,]\d)")),
    ("year", lazyre.compile(lambda: r"\b" + _w("year_before") + r"\s+(?P<y>" + YEAR + r")" + _R, re.I)),
]
# A form whose words are missing from a text cannot match in it: one quick search spares a scan.
NEEDLES: dict[str, re.Pattern[str]] = {
    "day_month_year": lazyre.compile(lambda: phrases("dates", "day"), re.I),
    "en_mdy": lazyre.compile(_mon), "en_dmy": lazyre.compile(_mon), "en_my": lazyre.compile(_mon),
    "half_year": lazyre.compile(lambda: phrases("dates", "month"), re.I), "month_year": lazyre.compile(lambda: phrases("dates", "month"), re.I),
    "quarter": lazyre.compile(lambda: phrases("dates", "quarter") + r"|Q[1-4]", re.I),
    "fiscal": lazyre.compile(lambda: phrases("dates", "fiscal") + "|" + phrases("dates", "fiscal_abbrev"), re.I),
}
_DM = r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})"
_SP = r"[\s\u00a0]"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=4)
def _day_month_rx(lang: str) -> tuple[re.Pattern[str], ...] | None:
    """(a d.m, what may stand before one that is a date, between two linked dates, before a dateline,
    a quantifier ending a text, a word of time ending a text, what closes a bare date) for `lang`;
    None for a language that writes no dotted dates.

    The d.m is looked for first, starting with a digit, so the engine skips to digits; its left side
    is then matched backwards from it, anchored at its start."""
    lex = lexicon(lang)
    if not lex.day_words:
        return None
    # "ngày 16.6,", "chiều 12.3 tại": no digit, percent or scale word follows ("16.6.2025" is a full date)
    after = r"(?![\w%]|[.,/]\d|" + _SP + r"*(?:" + _alt(tuple(lex.scales) + lex.percent_words) + r")(?!\w))"
    # a worded weekday ("Chiều thứ Bảy (14.6)") after a day word or opening a clause, where it is no ordinal ("xếp thứ hai")
    weekday = r"(?:" + _alt(w for w in lex.weekdays if not any(c.isdigit() for c in w)) + r")"
    clause_start = r"(?:^|(?<=[\n\u2029.;:,(])|(?<=[\n\u2029.;:,(][\s\u00a0]))"
    # or after a word of time: "(từ thứ Bảy 30/8 đến thứ Ba 2/9)"
    preposed = r"|(?:" + _alt(lex.day_prepositions) + r")" + _SP + r"+" + weekday if lex.day_prepositions else ""
    day = r"(?:(?:" + _alt(lex.day_words) + r")(?:" + _SP + r"+" + weekday + r")?|" + clause_start + weekday + preposed + r")"
    which = r"(?:" + _SP + r"+(?:" + _alt(lex.day_deictics) + r"))?" if lex.day_deictics else ""
    link = r"(?:[-–—]" + _SP + r"*|(?:" + _alt(lex.day_links) + r")" + _SP + r"+)"
    return (
        lazyre.compile(r"(?P<d>\d(?<![\w.,/]\d)\d?)(?P<sep>[./])(?P<m>\d{1,2})" + after),
        # "Sáng nay (16.6)", "Chiều thứ Bảy, 14.6", "hai ngày 16 và 17.6", "ngày 16-17.6"
        lazyre.compile(r"(?<!\w)" + day + which + r"(?:" + _SP + r"*[,(]" + _SP + r"*|" + _SP + r"+)"
                       r"(?:(?P<d0>\d{1,2})" + _SP + r"*" + link + r")?\Z", re.I),
        lazyre.compile(_SP + r"*" + link + r"(?:" + day + _SP + r"+)?", re.I),
        lazyre.compile(r"(?:^|(?<=[\n\u2029]))[ \t]*(?:\([^()\n]{1,20}\)[ \t]*(?:[-–—][ \t]*)?)?\Z"),
        lazyre.compile(r"(?<!\w)(?:" + _alt(lex.per_day) + r")" + _SP + r"+\Z", re.I),
        lazyre.compile(r"(?<!\w)(?:" + _alt(lex.day_prepositions) + r")" + _SP + r"+\Z", re.I),
        lazyre.compile(_SP + r"*(?:[,;)]|" + link + r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})" + after + r")", re.I),
    )


def day_months(text: str, lang: str) -> list[tuple[Span, int, int]]:
    """Day.month dates without a year, as Vietnamese news writes them: "Chiều 12.3, …", "đến ngày 30.4",
    "từ ngày 1.6 đến 30.6", a dateline "(ABC) 16.6, …". A d.m is a date only where a day word (the
    lexicon's `day_words`, not after "mỗi", "hàng" …), a linked date or a dateline introduces it, with
    a day 1–31 and a month 1–12; elsewhere "16.6" is a number. A day word also makes a d/m a date
    ("trong 2 ngày (18-19/7)"); a bare d/m stays a count over its whole ("45/52 xã")."""
    rxs = _day_month_rx(lang)
    if rxs is None:
        return []
    candidate, before, link, _, per, _, _ = rxs
    out: list[tuple[Span, int, int]] = []
    last_end = -1
    for m in candidate.finditer(text):
        if not _valid_day_month(m):
            continue
        s = m.start()
        lead = before.search(text, max(0, s - 60), s)
        if lead is not None and per.search(text, max(0, lead.start() - 20), lead.start()):
            lead = None  # "mỗi ngày 2.5 tấn": a rate per day
        linked = last_end >= 0 and s - last_end <= 30 and (link.fullmatch(text, last_end, s) is not None
                                                           or _listed_date(text, last_end, m, rxs))
        # a d/m needs its day word or a date it is linked to: bare, "45/52" is a count over its whole
        if lead is None and not linked and not (_bare_date(text, m, rxs, lang) and (m.group("sep") != "/" or _dated_pair(text, m, rxs))):
            continue
        first = lead.start("d0") if lead is not None and lead.group("d0") and 1 <= int(lead.group("d0")) <= 31 else s
        out.append((Span(first, m.end()), int(m.group("d")), int(m.group("m"))))
        last_end = m.end()
    return out


LIST_COMMA = lazyre.compile(_SP + r"*," + _SP + r"*")
# what may follow a date listed after a comma: the clause's end or the next date after a comma
LIST_NEXT = lazyre.compile(_SP + r"*(?:[.;:)]|\Z|," + _SP + r"*\d{1,2}[./]\d{1,2}(?![\w/]|[.,]\d))")


def _listed_date(text: str, last_end: int, m: re.Match[str], rxs: tuple[re.Pattern[str], ...]) -> bool:
    """'vào các ngày 6/3, 13/3 và 20/3': a d/m after a comma right after a date is the next date of a
    list when only the clause's end or another date follows it ("ngày 15/3, 3/5 xã đạt …" counts 3
    communes of 5)."""
    if LIST_COMMA.fullmatch(text, last_end, m.start()) is None:
        return False
    if LIST_NEXT.match(text, m.end()) is not None:
        return True
    after = rxs[6].match(text, m.end())  # "… 13/3 và 20/3"
    return after is not None and after.group("d") is not None and _valid_day_month(after)


def _bare_date(text: str, m: re.Match[str], rxs: tuple[re.Pattern[str], ...], lang: str) -> bool:
    """A d.m with no day word that is still a date: opening a paragraph before a comma (a dateline,
    "(ABC) 16.6, …"), or after a word of time, not of change, before a comma, a parenthesis's end or
    another date ("Từ 1.7, …", "(từ 9.6 đến 15.6)"; not "tăng từ 2.5 đến 3.1")."""
    _, _, _, dateline, _, prep, closed = rxs
    after = closed.match(text, m.end())
    if after is None or (after.group("d") is not None and not _valid_day_month(after)):
        return False
    if after.group().strip()[:1] == "," and dateline.search(text, max(0, m.start() - 40), m.start()):
        return True
    word = prep.search(text, max(0, m.start() - 20), m.start())
    return word is not None and not lexicon(lang).rx("change_words").search(text, max(0, word.start() - 25), word.start())


def _dated_pair(text: str, m: re.Match[str], rxs: tuple[re.Pattern[str], ...]) -> bool:
    """A bare d/m linked to a second one ("từ 30/4 đến 4/5"): two days bound a span; a count over
    its whole ("45/52") is never linked so."""
    after = rxs[-1].match(text, m.end())
    return after is not None and after.group("d") is not None and _valid_day_month(after)


def _valid_day_month(m: re.Match[str]) -> bool:
    # "ngày 31.4" is a date too, if a wrong one; with no year it is not judged (D003 needs the year)
    return 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31


SEASON_AFTER = lazyre.compile(lambda: r"\s*(?:" + _w("season_qualifiers") + r"\s+)?" + _w("season_plain") + r"\b|\s*" + _w("season_nouns") + r"\b", re.I)


@record
class DateMention:
    """A date as written: the days it covers and how finely it names them."""

    span: Span
    raw: str
    start: dt.date | None  # first day; None when the date is invalid or has no year
    end: dt.date | None  # last day
    granularity: str  # day | month | quarter | half | year | fiscal_year | season | range
    readings: tuple[dt.date, ...] = ()  # every valid day a numeric date can mean, locale order first
    problem: Problem | None = None  # why no reading is a real date
    first: int | None = None  # a range's first and last year as written ("1987-88": 1987, 1988)
    last: int | None = None
    year_spans: tuple[Span, ...] = ()  # where the range's first and last years are written
    seasons: bool = False  # "from 1987-88 to 1997-98": a range of seasons


Problem = tuple[str, tuple[tuple[str, int], ...]]  # a message id and its values, translated by the rule


def days_in_month(y: int, m: int) -> int:
    """28 to 31 in the proleptic Gregorian calendar, as `calendar.monthrange`, which is not imported at start-up."""
    if m == 2:
        return 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def day_or_problem(y: int, m: int, d: int) -> dt.date | Problem:
    if not 1 <= m <= 12:
        return N_("there is no month {month}"), (("month", m),)
    last = days_in_month(y, m)
    if not 1 <= d <= last:
        if not d:
            return N_("there is no day 0"), ()
        return N_("month {month}/{year} has {days} days, not {day}"), (("month", m), ("year", y), ("days", last), ("day", d))
    return dt.date(y, m, d)


def _numeric(a: int, b: int, y: int, lang: str) -> tuple[tuple[dt.date, ...], Problem | None]:
    """Vietnamese reads day first; English month first, both orders when neither number is above 12."""
    day_first = lexicon(lang).day_first
    if day_first:
        orders = [(a, b), (b, a)]
    else:
        orders = [(a, b)] if a > 12 else [(b, a)] if b > 12 else [(b, a), (a, b)]
    found: list[dt.date] = []
    problem = None
    for d, m in orders:
        got = day_or_problem(y, m, d)
        if isinstance(got, dt.date):
            if got not in found:
                found.append(got)
            if day_first:
                break
        elif problem is None:
            problem = got
    return tuple(found), (None if found else problem)


def _year_interval(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _month_interval(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, days_in_month(y, m))


def _end_year(start: int, written: str) -> int:
    """'2011–14' ends in 2014, '1999-00' in 2000: a two-digit end takes the start's century."""
    if len(written) == 4:
        return int(written)
    end = start // 100 * 100 + int(written)
    return end + 100 if end < start and int(written) < start % 100 and start % 100 >= 90 else end


def _mention(kind: str, m: re.Match[str], lang: str, text: str) -> DateMention | None:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    span, raw = Span(m.start(), m.end()), m.group()
    y = int(g["y"]) if "y" in g else None
    if y is not None and not (dt.MINYEAR <= y and ("y2" not in g or int(g["y2"]) <= dt.MAXYEAR)):
        return DateMention(span, raw, None, None, "day")  # "1/1/0000": written as a date, on no calendar to check
    if kind in ("day_month_year", "iso", "en_mdy", "en_dmy"):
        mon = MONTHS[g["mon"].lower()] if "mon" in g else int(g["m"])
        if y is None:
            return DateMention(span, raw, None, None, "day")
        got = day_or_problem(y, mon, int(g["d"]))
        if not isinstance(got, dt.date):
            return DateMention(span, raw, None, None, "day", problem=got)
        return DateMention(span, raw, got, got, "day", readings=(got,))
    if kind == "numeric":
        readings, problem = _numeric(int(g["a"]), int(g["b"]), int(g["y"]), lang)
        first = readings[0] if readings else None
        return DateMention(span, raw, first, first, "day", readings=readings, problem=problem)
    assert y is not None
    if kind in ("en_my", "month_year"):
        mon = MONTHS[g["mon"].lower()] if "mon" in g else int(g["m"])
        if not 1 <= mon <= 12:
            return DateMention(span, raw, None, None, "month", problem=(N_("there is no month {month}"), (("month", mon),)))
        return DateMention(span, raw, *_month_interval(y, mon), "month")
    if kind == "quarter":
        q = ROMAN.get((g.get("q") or "").lower()) or int(g.get("q") or g["q2"])
        return DateMention(span, raw, _month_interval(y, 3 * q - 2)[0], _month_interval(y, 3 * q)[1], "quarter")
    if kind == "half_year":
        first_half = g["h"].lower() in pack_words("dates", "half_first")
        return DateMention(span, raw, _month_interval(y, 1 if first_half else 7)[0], _month_interval(y, 6 if first_half else 12)[1], "half")
    if kind in ("year", "fiscal") and "y2" not in g:
        return DateMention(span, raw, *_year_interval(y), "fiscal_year" if kind == "fiscal" else "year")
    return _range(kind, m, g, text, lang)


def _range(kind: str, m: re.Match[str], g: dict[str, str], text: str, lang: str) -> DateMention:
    y = int(g["y"])
    y2 = _end_year(y, g["y2"])
    span, raw = Span(m.start(), m.end()), m.group()
    spans = (Span(m.start("y"), m.end("y")), Span(m.start("y2"), m.end("y2")))
    if kind == "range" and "s1" in g and "s2" in g:
        return DateMention(span, raw, None, None, "range", first=y, last=y2, year_spans=spans, seasons=True)
    if kind == "span" and len(g["y2"]) == 2 and SEASON_AFTER.match(text, m.end()):
        return DateMention(span, raw, dt.date(y, 7, 1), dt.date(y2, 6, 30), "season", first=y, last=y2, year_spans=spans)
    if kind == "fiscal" or (kind == "span" and ((len(g["y2"]) == 2 and y2 == y + 1) or _season_named(text, m, lang))):
        return _season(span, raw, y, y2, spans)
    lo, hi = (_year_interval(y)[0], _year_interval(y2)[1]) if y <= y2 else (None, None)
    return DateMention(span, raw, lo, hi, "range", first=y, last=y2, year_spans=spans)


def _season(span: Span, raw: str, y: int, y2: int, spans: tuple[Span, Span]) -> DateMention:
    """One season, school, crop or fiscal year ("2011-12", "năm học 2023-2024", "FY 2020-21"), not two
    years to list or count. One that runs longer ("niên khóa 2020-2025", a cohort) is a term: its
    length is the writer's, neither checked nor counted."""
    if y2 == y + 1:
        return DateMention(span, raw, dt.date(y, 7, 1), dt.date(y2, 6, 30), "season", first=y, last=y2, year_spans=spans)
    lo, hi = (_year_interval(y)[0], _year_interval(y2)[1]) if y <= y2 else (None, None)
    return DateMention(span, raw, lo, hi, "term", first=y, last=y2, year_spans=spans)


@lru_cache(maxsize=4)
def _season_word_rx(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a season word ending a text, a season word starting one) for `lang`."""
    words = lexicon(lang).season_words
    if not words:
        return None
    word = r"(?:" + _alt(words) + r")"
    return (
        lazyre.compile(r"(?<!\w)" + word + r"(?:" + _SP + r"+" + _w("season_links") + r")?" + _SP + r"*[:(]?" + _SP + r"*\Z", re.I),
        lazyre.compile(_SP + r"*" + word + r"(?!\w)", re.I),
    )


def _season_named(text: str, m: re.Match[str], lang: str) -> bool:
    """'năm học 2023-2024', 'mùa giải 2022-2023', 'the 2019-2020 school year': a season word names the span."""
    rxs = _season_word_rx(lang)
    if rxs is None:
        return False
    before, after = rxs
    return bool(before.search(text, max(0, m.start() - 40), m.start()) or after.match(text, m.end()))


def find_dates(text: str, lang: str) -> list[DateMention]:
    """Every date of `text` (NFC), in order of position; `lang` ('vi'/'en') picks the numeric order."""
    taken = bytearray(len(text))
    out: list[DateMention] = []
    for span, _, _ in day_months(text, lang):  # no year: a day that no weekday or range is checked against
        out.append(DateMention(span, text[span.start:span.end], None, None, "day"))
        taken[span.start:span.end] = b"\x01" * (span.end - span.start)
    for kind, rx in PATTERNS:
        needle = NEEDLES.get(kind)
        if needle is not None and not needle.search(text):
            continue
        for m in rx.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            if kind == "span" and text[m.end("y2"):m.end("y2") + 1] in ("/", "-"):
                continue  # "2023-12-01" is a day, "2011-12/2014" something else
            mention = _mention(kind, m, lang, text)
            if mention is not None:
                out.append(mention)
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return sorted(out, key=lambda d: d.span.start)


_YEARLESS = lazyre.compile(lambda: r"(?:(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2})|(?P<d2>\d{1,2})" + _w("ordinal_suffixes") + r"?\s+(?:" + _w("day_of") + r"\s+)?(?P<mon2>[A-Za-z]{3,9})"
                         r"|(?P<d3>\d{1,2})\s*[./\-]\s*(?P<m3>\d{1,2}))(?!.*\d)", re.S)


def day_month(raw: str) -> tuple[int, int] | None:
    """(month, day) of a date written without its year: "September 14", "Oct. 6", "14 March", "8.3"."""
    m = _YEARLESS.search(raw)
    if m is None:
        return None
    if m.group("d3"):
        month, day = int(m.group("m3")), int(m.group("d3"))
    else:
        month = MONTHS.get((m.group("mon") or m.group("mon2")).lower().rstrip("."), 0)
        day = int(m.group("d") or m.group("d2"))
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def marker(span: Span, raw: str, value: int) -> Quantity:
    """A Quantity standing for a written date part or weekday, so a claim can point at it."""
    return Quantity(span=span, raw=raw, value=Decimal(value), resolution=Decimal(0), year_like=True)

"""Year ranges and what the text says about them: their order, their length, the years listed.

Counting rule: a range "2011–2014" or "từ năm 2011 đến năm 2014" covers the calendar years 2011,
2012, 2013 and 2014, so "trong 4 năm" matches it (inclusive count, end − start + 1). A count of
years may also be the time elapsed, end − start ("nhiệm kỳ 2015-2020", a five-year term), and is
accepted either way. Seasons, "straight"/"consecutive"/"liên tiếp" runs and ordinals count
inclusively only: "11 straight seasons from 1987-88 to 1997-98" are the seasons 1987-88 … 1997-98.
A count is linked to a range only when nothing but words (no other figure) stands between them.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.figures.dates import DateMention, marker
from linter.core.model import Claim, Operand, Span
from linter.lang.packs import LEXICONS, phrases

WORDS = {word: n for lex in LEXICONS.values() for word, n in lex.number_words.items()}  # every pack's numbers in words
ORDINALS = {word: n for lex in LEXICONS.values() for word, n in lex.ordinal_words.items()}  # every pack's ordinals in words


def _w(name: str) -> str:
    """The packs' date words `name` (`Lexicon.dates`) as one group, written when a pattern is first used."""
    return r"(?:" + phrases("dates", name) + r")"


_N = r"(?P<n>\d{1,2}|" + "|".join(WORDS) + r")"
def _ord() -> str:
    return r"(?P<n>\d{1,2}(?:" + phrases("dates", "ordinal_suffixes") + r")|" + "|".join(ORDINALS) + r")"



# (pattern, inclusive only, where the range stands: "after" the count, "before" it, or "list" inside a parenthesis)
COUNTS: list[tuple[re.Pattern[str], bool, str]] = [
    (lazyre.compile(lambda: r"\b" + _N + r"\s+" + _w("streak") + r"\s+" + _w("streak_nouns") + r"\b", re.I), True, "after"),
    (lazyre.compile(lambda: r"\b" + _w("count_over") + r"\s+(?:" + _w("count_the") + r"\s+)?(?:" + _w("count_recent") + r"\s+)?" + _N + r"\s+" + _w("count_years") + r"\b", re.I), False, "either"),
    (lazyre.compile(lambda: r"(?<!\w)" + _w("count_before") + r"\s+" + _N + r"\s+" + _w("count_noun") + r"\b(?!\s+\d)", re.I), False, "either"),
    # "trong 3 năm 2021 - 2023": the range right after the count (a single year after it is not one)
    (lazyre.compile(lambda: r"(?<!\w)" + _w("count_before_range") + r"\s+" + _N + r"\s+" + _w("count_noun") + r"(?=\s+(?:1[6-9]|20)\d{2}\s*[-–—]\s*(?:1[6-9]|20)\d{2}\b)", re.I), False, "after"),
    (lazyre.compile(lambda: r"(?<!\w)" + _N + r"\s+" + _w("count_noun") + r"\s+" + _w("consecutive"), re.I), True, "either"),
    (lazyre.compile(lambda: r"\(\s*" + _N + r"\s+(?:" + phrases("dates", "count_noun") + r"|" + phrases("dates", "count_years") + r")\s*\)", re.I), False, "before"),
    # "a five-year period", "the 10-year plan"; "giai đoạn 5 năm 2021-2025", "nhiệm kỳ 5 năm"
    (lazyre.compile(lambda: r"\b" + _w("span_determiners") + r"\s+" + _N + r"[- ]" + _w("span_year") + r"\s+" + _w("span_nouns") + r"\b", re.I), False, "either"),
    (lazyre.compile(lambda: r"(?<!\w)" + _w("term_words") + r"\s+" + _N + r"\s+" + _w("count_noun") + r"\b", re.I), False, "either"),
    (lazyre.compile(lambda: r"\b" + _ord() + r"\s+" + _w("streak") + r"\b", re.I), True, "before_tight"),
    (lazyre.compile(lambda: r"\b" + _ord() + r"(?:\s+[A-Za-z][\w-]*){0,4}\s*(?=\((?:\s*(?:1[89]|20)\d{2}(?:\s*[-–]\s*(?:(?:1[89]|20)\d{2}|\d{2}))?\s*(?:,|" + phrases("dates", "list_and") + r"|&|$|(?=\))))+\))", re.I), True, "list"),
]
AND_GAP = lazyre.compile(lambda: r"\)?\s*(?:,|" + phrases("changes", "and_words") + r")?\s*")
SEASON = lazyre.compile(r"((?:1[89]|20)\d{2})[-–](\d{2})(?!\d)")
LISTED_YEAR = lazyre.compile(r"(?<![\w.,/\-])((?:1[89]|20)\d{2})(?![\w/%\-–]|[.,]\d)")


def _number(word: str) -> int:
    w = word.lower()
    if w[:2].isdigit() or w[:1].isdigit():
        return int(re.match(r"\d+", w).group())
    return WORDS.get(w) or ORDINALS[w]


def claims(an, found: list[DateMention]) -> Iterator[Claim]:  # noqa: ANN001 - linter.claims.Analysis
    ranges = [d for d in found if d.granularity == "range" and d.first is not None]
    for d in found:
        bad = list(_seasons(an, d))
        if bad:
            ranges = [r for r in ranges if r is not d]  # a misprinted season is reported once, not recounted
        yield from bad
    for r in ranges:
        yield from _order(r)
    yield from _counts(an, ranges)
    for r in ranges:
        yield from _coverage(an, r)


def _stated(r: DateMention) -> tuple:
    lo, hi = r.year_spans
    return marker(hi, r.raw[hi.start - r.span.start:hi.end - r.span.start], r.last or 0), marker(lo, str(r.first), r.first or 0)


def _order(r: DateMention) -> Iterator[Claim]:
    if r.raw[:1].isalpha() and r.first is not None and r.last is not None and r.first > r.last:
        end, start = _stated(r)
        yield Claim("date_range", end, (Operand("start", start),), "order", span=r.span, extra=(("check", "order"),))


def _seasons(an, d: DateMention) -> Iterator[Claim]:  # noqa: ANN001
    if not (d.seasons or d.granularity == "season"):
        return
    for m in SEASON.finditer(an.text, d.span.start, d.span.end):
        first, second = int(m.group(1)), int(m.group(2))
        if second != (first + 1) % 100:
            span = Span(m.start(2), m.end(2))
            yield Claim(
                "date_range", marker(span, m.group(2), second), (Operand("start", marker(Span(m.start(1), m.end(1)), m.group(1), first)),),
                "season", span=Span(m.start(), m.end()), extra=(("check", "season"), ("expected", (first + 1) % 100)),
            )


def _linked(an, count: re.Match[str], where: str, ranges: list[DateMention]) -> list[DateMention]:  # noqa: ANN001
    sent = an.seg.sentences[an.seg.sentence(count.start())]
    same = [r for r in ranges if sent.start <= r.span.start < sent.end]
    if where == "before_tight":
        before = [r for r in same if r.span.end <= count.start() and AND_GAP.fullmatch(an.text[r.span.end:count.start()])]
        return before[-1:]
    if where == "list":
        close = an.text.find(")", count.end())
        return [r for r in same if count.end() < r.span.start < close]
    out: list[DateMention] = []
    if where in ("after", "either"):
        pos = count.end()
        for r in (r for r in same if r.span.start >= count.end()):
            if re.search(r"\d", an.text[pos:r.span.start]) or r.span.start - pos > 60:
                break
            out.append(r)
            pos = r.span.end
    if not out and where in ("before", "either"):
        prior = [r for r in same if r.span.end <= count.start()]
        if prior and not re.search(r"\d", an.text[prior[-1].span.end:count.start()]) and count.start() - prior[-1].span.end <= 25:
            out.append(prior[-1])
    return out


COUNT_WORDS = lazyre.compile(lambda: phrases("dates", "count_needles"), re.I)


def _counts(an, ranges: list[DateMention]) -> Iterator[Claim]:  # noqa: ANN001
    if not ranges:
        return
    worded = bool(COUNT_WORDS.search(an.text))
    # a count is only linked to a range of its own sentence: only those sentences are scanned
    sentences = sorted({an.seg.sentence(r.span.start) for r in ranges})
    for rx, inclusive, where in COUNTS:
        if not worded and where != "list":
            continue  # no "years", "năm", "straight" …: skip the scans
        for m in _in_sentences(an, rx, sentences):
            linked = _linked(an, m, where, ranges)
            if not linked:
                continue
            n = _number(m.group("n"))
            count = marker(Span(m.start("n"), m.end("n")), m.group("n"), n)
            if where == "list":
                years = sorted({y for r in linked for y in range(r.first, (r.last or 0) + 1)} | _single_years(an, m, linked))
                end, start = _stated(linked[-1])
                yield Claim("date_range", end, (Operand("start", start), Operand("count", count)), "ordinal-list", span=Span(m.start(), linked[-1].span.end),
                            extra=(("check", "list_count"), ("years", tuple(years))))
                continue
            for r in linked:
                end, start = _stated(r)
                yield Claim("date_range", end, (Operand("start", start), Operand("count", count)), "count", span=r.span.cover(count.span),
                            extra=(("check", "count"), ("inclusive_only", inclusive or r.seasons)))


def _in_sentences(an, rx: re.Pattern[str], indexes: list[int]) -> Iterator[re.Match[str]]:  # noqa: ANN001
    """Matches of `rx` starting in the chosen sentences (a match may run on past its sentence's end)."""
    for i in indexes:
        sent = an.seg.sentences[i]
        for m in rx.finditer(an.text, sent.start, min(len(an.text), sent.end + 200)):
            if m.start() >= sent.end:
                break
            yield m


def _single_years(an, m: re.Match[str], linked: list[DateMention]) -> set[int]:  # noqa: ANN001
    close = an.text.find(")", m.end())
    out = set()
    for y in LISTED_YEAR.finditer(an.text, m.end(), close):
        if not any(r.span.start <= y.start() < r.span.end for r in linked):
            out.add(int(y.group(1)))
    return out


def _coverage(an, r: DateMention) -> Iterator[Claim]:  # noqa: ANN001
    """Per-year figures listed after a worded range ('từ năm 2011 đến năm 2014 … (2011 kết nạp 2.206 …)')."""
    if not r.raw[:1].isalpha() or r.seasons or r.first is None or r.last is None or r.first > r.last:
        return
    sent = an.seg.sentences[an.seg.sentence(r.span.start)]
    listed: list[tuple[int, Span]] = []
    for y in LISTED_YEAR.finditer(an.text, r.span.end, sent.end):
        nxt = LISTED_YEAR.search(an.text, y.end(), sent.end)
        segment = an.text[y.end():nxt.start() if nxt else min(sent.end, y.end() + 40)]
        if any(f.q.span.start >= y.end() and f.q.span.end <= y.end() + len(segment) and not f.q.year_like for f in an.figs):
            listed.append((int(y.group(1)), Span(y.start(), y.end())))
    years = sorted({y for y, _ in listed})
    if len(years) < 3 or years != list(range(years[0], years[-1] + 1)) or not (years[0] == r.first or years[-1] == r.last):
        return
    end, start = _stated(r)
    ops = (Operand("start", start),) + tuple(Operand("listed", marker(s, str(y), y)) for y, s in listed)
    yield Claim("date_range", end, ops, "listed-years", span=r.span.cover(listed[-1][1]), extra=(("check", "cover"), ("years", tuple(years))))

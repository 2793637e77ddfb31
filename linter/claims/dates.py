"""Dates as claims: the dates of a document that no calendar has ("31/02/2024", month 13).

`mentions(an)` reads the dates once (`linter.figures.dates`), leaving out those inside a URL or
an identifier; the weekday and year-range linkers take the same list from the pipeline.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from linter.claims.analysis import Analysis
from linter.core.model import Claim
from linter.figures.dates import DateMention, find_dates, marker


def mentions(an: Analysis) -> list[DateMention]:
    found = find_dates(an.text, an.lex.lang)
    urls = [s for k, s in an.scan.masked if k in ("url", "id")]
    return [d for d in found if not any(s.overlaps(d.span) for s in urls)]


def invalid(found: Iterable[DateMention]) -> Iterator[Claim]:
    for d in found:
        if d.problem is not None:
            yield Claim("invalid_date", marker(d.span, d.raw, 0), (), "date", span=d.span, extra=(("problem", d.problem),))

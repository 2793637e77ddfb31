"""A quarter's or a month's figure in parentheses after the figure of the year it falls in is part of it.

"Sản lượng năm 2023 ước đạt 5.120,4 nghìn tấn, tăng 4,2% so với năm trước (quý IV đạt 1.402,6
nghìn tấn, tăng 3,9%)": the fourth quarter's output is at most the year's. The whole is the last
figure before the parenthesis counting what the part counts (not a change, a share or a rate "per"
something), in a sentence naming a year or a run of months and no single month or quarter; the
part opens the parenthesis with the sub-period's name. Only a flow (output, trade, turnover, visits)
adds up over its quarters: an average, a price, a balance, an index or a count of what exists at a
time (people employed, subscribers) may be below its quarter's, and a sentence naming one is left alone.

A year's figure in a sentence opening "Riêng năm 2025," is part of the figure a sentence shortly before
gives for a run of years holding it ("Giai đoạn 2021-2025, huyện đã xây dựng mới 86 km đường giao thông
nông thôn. … Riêng năm 2025, huyện xây dựng mới 21 km đường") when the same words lead to both figures
("xây dựng mới") and they count alike; an average or a level is left alone.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.claims.analysis import Analysis, Fig
from linter.claims.analysis import compatible
from linter.core.model import Claim, Operand, Span
from linter.lang.packs import LEXICONS, phrases, words as pack_words

# "(quý IV đạt ", "(riêng tháng 12 ước tính đạt ", "(quý IV/2023 là "


def _w(name: str) -> str:
    """The packs' date words `name` (`Lexicon.dates`) as one group, written when a pattern is first used."""
    return r"(?:" + phrases("dates", name) + r")"


def _only() -> str:
    return r"(?:" + ("|".join(dict.fromkeys(re.escape(w) for lex in LEXICONS.values() for w in lex.period_only)) or "(?!)") + r")"


SUB_PERIOD = lazyre.compile(lambda:
    r"\(\s*(?:" + _only() + r"\s+)?(?:" + _w("quarter") + r"\s+(?:[IVX]{1,4}|[1-4])|" + _w("month") + r"\s+(?:[1-9]|1[0-2]))(?P<year>\s*(?:/|" + _w("year") + r")\s*\d{4})?"
    r"\s*" + "".join(r"(?:" + re.escape(w) + r"\s+)?" for w in pack_words("dates", "part_adverbs")) + r"(?:" + phrases("dates", "part_verbs") + r"|:)\s*(?:" + phrases("dates", "part_hedges") + r")?\s*$",
    re.I,
)
LONG_PERIOD = lazyre.compile(lambda: r"\b" + _w("year") + r"\b|\b\d{1,2}\s+" + _w("month") + r"\b", re.I)  # "năm 2023", "cả năm", "9 tháng đầu năm"
ONE_PERIOD = lazyre.compile(lambda: r"\b(?:" + phrases("dates", "month") + "|" + phrases("dates", "quarter") + r")\s+(?:\d{1,2}|[IVX]{1,4})\b", re.I)  # "tháng 12", "quý III": the whole is of one
LEVELS = lazyre.compile(lambda: r"\b" + _w("levels") + r"\b", re.I)
# what a period adds up over its sub-periods: output, trade, money raised or spent, visits, firms founded.
# A count of what exists (people employed, subscribers, a population) may be larger in one quarter than
# on the year's average: only a flow's quarter is part of its year.
FLOWS = lazyre.compile(lambda: r"\b" + _w("flows") + r"\b", re.I)


def extract(an: Analysis) -> Iterator[Claim]:
    for part in an.figs:
        head = an.text[max(an.seg.sentences[part.sent].start, part.q.span.start - 60):part.q.span.start]
        sub = SUB_PERIOD.search(head)
        if sub is None or part.q.percent or part.label:
            continue
        paren = part.q.span.start - len(head) + sub.start()
        whole = _whole(an, part, paren)
        if whole is None or not _period_holds(an, part, paren, sub.group("year")):
            continue
        yield Claim("part_le_whole", part.q, (Operand("part", part.q), Operand("whole", whole.q)), "period", span=whole.q.span.cover(part.q.span))
    yield from _years_in_runs(an)


def _whole(an: Analysis, part: Fig, paren: int) -> Fig | None:
    """The last figure before the parenthesis counting what the part counts, if it is a total of something."""
    before = [f for f in an.figs[:part.i] if f.sent == part.sent and f.q.span.end <= paren and not f.label]
    alike = [f for f in before if not f.q.percent and f.unit is not None and f.unit == part.unit and f.q.currency == part.q.currency]
    if not alike or alike[-1].delta or "/" in (alike[-1].unit or ""):
        return None
    return alike[-1]


def _period_holds(an: Analysis, part: Fig, paren: int, year: str | None) -> bool:
    """The sentence before the parenthesis names a year or a run of months, no single one, a flow and no level."""
    said = an.text[an.seg.sentences[part.sent].start:paren]
    if not LONG_PERIOD.search(said) or ONE_PERIOD.search(said) or LEVELS.search(said) or not FLOWS.search(said):
        return False
    return year is None or re.sub(r"\D", "", year) in said  # "(quý IV/2022 …)" in a sentence of 2023 is another year's


def sums(an: Analysis) -> Iterator[Claim]:
    """'Lũy kế 9 tháng đạt 36.870 tỷ đồng (quý I: 11.940 tỷ đồng; quý II: 12.450 tỷ đồng; quý III: 12.480 tỷ
    đồng)': the sub-periods listed in the parenthesis, from the first on without a gap, cover the run of
    months the sentence names ('9 tháng' over three quarters, '6 tháng' over six months, a year over four
    quarters), so a flow's figures add up to the total before it."""
    done: set[int] = set()
    for f in an.figs:
        if f.paren is None or f.paren.start in done:
            continue
        done.add(f.paren.start)
        run = _labelled_run(an, f.paren)
        if run is None:
            continue
        kind, parts = run
        whole = _whole(an, parts[0], f.paren.start)
        if whole is None or any(p.unit != whole.unit or p.q.currency != whole.q.currency for p in parts):
            continue
        if _covers(an, whole, f.paren.start, kind, len(parts)):
            ops = (Operand("total", whole.q),) + tuple(Operand("part", p.q) for p in parts)
            yield Claim("sum", whole.q, ops, "exhaustive", span=whole.q.span.cover(parts[-1].q.span), extra=(("per_year", False),))


SUB_LABEL = lazyre.compile(lambda:
    r"\s*[(;,]?\s*(?:(?P<q>" + _w("quarter") + r")\s+(?P<qn>IV|I{1,3}|[1-4])|" + _w("month") + r"\s+(?P<mn>1[0-2]|[1-9]))\s*(?::|"
    + phrases("dates", "part_verbs") + r")?\s*", re.I)


def _labelled_run(an: Analysis, paren) -> tuple[str, list[Fig]] | None:  # noqa: ANN001 - a Span
    """('quarter'|'month', its figures) when every figure of the parenthesis follows its own sub-period's
    name and they run 1, 2, … without a gap; None otherwise."""
    figs = [g for g in an.figs_in(paren) if g.paren == paren]  # looked up by offset: a document of parentheses stays linear
    parts = [g for g in figs if not g.label]
    if len(parts) < 2 or any(g.q.percent or g.delta for g in parts):
        return None
    kinds, pos = [], paren.start
    for g in parts:
        m = SUB_LABEL.fullmatch(an.text, pos, g.q.span.start)
        if m is None:
            return None
        kinds.append(("quarter", _ROMAN.get(m.group("qn").upper(), 0)) if m.group("q") else ("month", int(m.group("mn"))))
        pos = g.q.end
    if len({k for k, _ in kinds}) != 1 or [n for _, n in kinds] != list(range(1, len(parts) + 1)):
        return None
    return kinds[0][0], parts


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
MONTHS_RUN = lazyre.compile(lambda: r"\b(?P<n>\d{1,2})\s+" + _w("month") + r"\b", re.I)


def _covers(an: Analysis, whole: Fig, paren: int, kind: str, n: int) -> bool:
    """The sentence before the parenthesis names the run the sub-periods cover, of a flow and no level."""
    said = an.text[an.seg.sentences[whole.sent].start:paren]
    if LEVELS.search(FLOWS.sub(" ", said)) or not (FLOWS.search(said) or an.has_word(said.lower(), an.lex.lists.trailing_totals)):
        return False  # a level word inside a flow's name ('tổng mức bán lẻ') names no level
    months = [int(m.group("n")) for m in MONTHS_RUN.finditer(said)]
    return months == [3 * n if kind == "quarter" else n]


ONE_YEAR = lazyre.compile(lambda: r"\s*" + _only() + r"\s+" + _w("year") + r"\s+(?P<year>(?:1[89]|20)\d{2})\s*,", re.I)  # "Riêng năm 2015,"
YEAR_RUN = lazyre.compile(lambda: r"(?<!\d)(?P<first>(?:1[89]|20)\d{2})\s*(?:[-–]|\s(?:" + phrases("dates", "range_links") + r")\s+(?:" + _w("year") + r"\s+)?)(?P<last>(?:1[89]|20)\d{2})(?!\d)", re.I)
RUN_REACH = 3  # sentences before the year's that may give the run's figure
RUN_CHARS = 400  # characters of a sentence read for a run and its figure, or a year's: a run-on text stays linear
LEAD_WORDS = 3  # the words leading to a figure that must be the same for the year's and the run's


def _years_in_runs(an: Analysis) -> Iterator[Claim]:
    for k, sent in enumerate(an.seg.sentences):
        m = ONE_YEAR.match(an.lower, sent.start)
        if m is None:
            continue
        year = int(m.group("year"))
        leads = [(w, _lead(an, w)) for j in range(max(0, k - RUN_REACH), k) for w in _run_figures(an, j, year)]
        for part in an.figs_in(Span(m.end(), min(sent.end, m.end() + RUN_CHARS))):
            lead = _lead(an, part)
            if lead is None:
                continue
            wholes = [w for w, said in leads if said == lead]
            if len(wholes) == 1 and compatible(part.unit, wholes[0].unit, an.lex.person_nouns):
                whole = wholes[0]
                yield Claim("part_le_whole", part.q, (Operand("part", part.q), Operand("whole", whole.q)), "year of run", span=whole.q.span.cover(part.q.span))


def _run_figures(an: Analysis, j: int, year: int) -> list[Fig]:
    """The figures of sentence j after a run of years holding `year` ("trong 5 năm (2011-2015), …")."""
    sent = an.seg.sentences[j]
    runs = [r for r in YEAR_RUN.finditer(an.lower, sent.start, min(sent.end, sent.start + RUN_CHARS)) if int(r.group("first")) < int(r.group("last"))]
    if len(runs) != 1 or not int(runs[0].group("first")) <= year <= int(runs[0].group("last")):
        return []
    return an.figs_in(Span(runs[0].end(), min(sent.end, runs[0].end() + RUN_CHARS)))


def _lead(an: Analysis, f: Fig) -> tuple[str, ...] | None:
    """The words right before a count of a flow ("việc làm", "xây dựng mới": not "đang hoạt động") in its
    clause, hedges left out; None for anything else."""
    if not f.count or f.attr or f.q.year_like or f.unit is None or f.paren is not None:
        return None
    clause = an.seg.clauses[f.clause]
    before = an.lower[max(clause.start, f.q.span.start - 60):f.q.span.start]
    if not FLOWS.search(before) or LEVELS.search(before) or an.has_word(before, tuple(w for w, role in an.lex.restate_roles.items() if role in ("average", "cumulative"))):
        return None
    words = re.findall(r"[^\W\d_]+", before)
    while words and words[-1] in an.lex.hedges_before:
        words.pop()
    words = [w for w in words if w not in an.lex.hedges_before]
    return tuple(words[-LEAD_WORDS:]) if len(words) >= LEAD_WORDS else None

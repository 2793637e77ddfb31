"""What the claim linkers share: the `Analysis` of a document and its figures described (`Fig`).

Each figure is described once with what the linkers need: its sentence, clause and paragraph,
whether it is a change, a label, a conversion, and the noun it counts. The linkers
(`linter.claims.*`) read an Analysis and return claims; `linter.claims.pipeline` runs them.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import field
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Iterable

from linter.core import lazyre
from linter.lang.lexicon import Lexicon
from linter.lang.packs import LEXICONS, capitals, lexicon, phrases
from linter.core.model import Claim, Quantity, Span
from linter.figures.quantities import Scan
from linter.core.record import record
from linter.figures.segment import Segments



def _words(name: str) -> str:
    """Every pack's words of the Lexicon field `name`, pack by pack, as one alternation."""
    found = dict.fromkeys(w for lex in LEXICONS.values() for w in getattr(lex, name))
    return "|".join(map(re.escape, found)) or "(?!)"


def _guarded_labels() -> str:
    """Each pack's guarded label words, each behind the words that must not stand right before it."""
    guards = {word: before for lex in LEXICONS.values() for word, before in lex.label_guards.items()}
    return "|".join("".join(r"(?<!" + re.escape(b) + " )" for b in before) + re.escape(word) for word, before in guards.items()) or "(?!)"


LABEL_BEFORE = lazyre.compile(lambda:
    r"(?:\b(?:" + _words("label_words") + "|" + _guarded_labels() + "|"
    r"(?:" + _words("document_kinds") + r") (?:" + _words("number_word") + r"))\s*"
    r"|\b[A-Za-z]&[A-Za-z]+\s*)$",  # "S&P 500": a name, not a count; "liên cấp TH&THCS 3 trường" counts schools
    re.I,
)


@record(frozen=False)
class Fig:
    """A quantity with what the linkers need to know about its place in the text."""

    q: Quantity
    i: int
    sent: int
    clause: int
    para: int
    paren: Span | None
    delta: bool = False  # "tăng 160 xã": an amount of change, not a count of the whole
    label: bool = False  # a year, "mức 1", "lớp 12": names something, counts nothing
    attr: bool = False  # "với 1.251 chi bộ", "/ 9 thôn": describes the previous item
    conversion: bool = False  # "(1.363,4 km)": the previous figure in another unit
    unit: str | None = None

    @property
    def count(self) -> bool:
        return not (self.q.percent or self.label or self.delta or self.conversion)


@record(frozen=False, eq=False)
class Memo:
    """What a linker works out once per document and reads again, each in a declared field named for
    what it holds (not a private slot in the Analysis's `__dict__`); None until first computed."""

    grids: list | None = None  # tables/grid.py: the reader's tables and those written in the text
    counts_by_value: tuple[list[Decimal], list[int]] | None = None  # tables/totals.py: the counts' values sorted, their figure indexes
    attainment: dict[int, bool] = field(default_factory=dict)  # shares/links.py: sentence → states attainment of a target
    fraction_starts: list[int] | None = None  # shares/links.py: where the scan's fractions start
    total_like_order: list[int] | None = None  # shares/links.py: indexes of the totals rows' figures, sorted
    fig_paras: list[int] | None = None  # shares/links.py: each figure's paragraph
    share_heads: set[tuple[Span, Span]] | None = None  # shares/links.py: (whole, part) of every breakdown
    head_index: tuple[dict[Span, set[int]], set[int]] | None = None  # shares/links.py: part span → its wholes' figures; the parts' figures
    change_cells: dict[tuple[int, int, bool], Quantity | None] = field(default_factory=dict)  # tables/changes.py: (cell start, cell end, percent?) → the cell's first figure of that kind
    named_total_before: dict[int, bool] = field(default_factory=dict)  # shares/links.py: figure → named as a total
    semicolons: list[int] | None = None  # lists.py: where the text's ';' stand
    fraction_dens: set[int] | None = None  # lists.py: ids of the fractions' denominators (no total of a list)
    fraction_spans: set[tuple[Span, Span]] | None = None  # lists.py: (numerator, denominator) spans of every fraction
    per_before: dict[int, bool] = field(default_factory=dict)  # lists.py: figure → follows "per"/"mỗi" (a rate's unit, no total)
    pending_pairs: list[tuple[Fig, Fig]] = field(default_factory=list)  # shares/links.py: (share, part) with no whole yet, for the item lines
    siblings: dict[int, list[tuple[Fig, Fig]]] = field(default_factory=dict)  # shares/links.py: those pairs by sentence
    signed_paras: set[int] | None = None  # shares/readings.py: paragraphs listing signed "(figure, ±P%)" items
    rated: list = field(default_factory=lambda: [0, {}])  # shares/readings.py: [claims read, part span → share start]
    tails: dict[str, tuple[str, list[str], bool]] = field(default_factory=dict)  # analysis.py: the words before a figure → what they say of it
    label_tails: dict[str, bool] = field(default_factory=dict)  # analysis.py: the last 20 characters before a figure → they name a label
    share_contexts: dict[tuple[str, str], tuple[bool, bool]] = field(default_factory=dict)  # shares/links.py: (text after, text before) a percentage → (not a share, after an attainment verb)
    changes: dict[tuple, bool] = field(default_factory=dict)  # analysis.py: what `is_change` reads of a figure → a percentage stated as a change


@record(frozen=False)
class Analysis:
    text: str  # NFC
    lower: str
    lex: Lexicon
    seg: Segments
    scan: Scan
    figs: list[Fig]
    claims: list[Claim] = field(default_factory=list)
    quantities: tuple[Quantity, ...] = ()
    doc_tables: tuple = ()
    cells: list[Span] = field(default_factory=list)  # table cells: prose linking stays out of them
    total_like: set[int] = field(default_factory=set)
    failures: list[tuple[str, Exception]] = field(default_factory=list)  # (linker, what it raised)
    memo: Memo = field(default_factory=Memo)  # what the linkers compute once and read again
    _starts: list[int] = field(default_factory=list)
    _cell_starts: list[int] = field(default_factory=list)

    def cell_of(self, offset: int) -> Span | None:
        if not self.cells:
            return None
        if len(self._cell_starts) != len(self.cells):
            self.cells.sort()
            self._cell_starts = [c.start for c in self.cells]
        i = bisect.bisect_right(self._cell_starts, offset) - 1
        return self.cells[i] if i >= 0 and self.cells[i].start <= offset < self.cells[i].end else None

    def between(self, a: int, b: int) -> str:
        return self.lower[a:b]

    def figs_in(self, span: Span) -> list[Fig]:
        starts = self.fig_starts
        return self.figs[bisect.bisect_left(starts, span.start):bisect.bisect_left(starts, span.end)]

    @property
    def fig_starts(self) -> list[int]:
        if len(self._starts) != len(self.figs):
            self._starts = [f.q.span.start for f in self.figs]
        return self._starts

    def has_word(self, text: str, words: Iterable[str]) -> bool:
        """Whether one of `words` stands in `text` as a word of its own; no words never match."""
        key = tuple(words)
        return bool(key) and bool(_words_rx(key).search(text))


def states_change(an: Analysis, f: Fig) -> bool:
    """`context.is_change` of the figure, once per figure: the share and restatement linkers both ask."""
    q, known = f.q, an.memo.changes
    # what `is_change` reads: the figure's kind and sign, three characters before it and forty after
    key = (q.percent, q.value < 0, an.text[max(0, q.span.start - 3):q.span.start], an.text[q.span.end:q.span.end + 40])
    if key not in known:
        from linter.figures.context import is_change

        known[key] = is_change(an.text, q, an.lex)
    return known[key]


def word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern `Analysis.has_word` searches for `words`, for a caller that keeps it."""
    return _words_rx(words)


Linker = Callable[[Analysis], Iterable[Claim]]  # a claim family: claims/pipeline.py runs them in order


# what ends the words that may describe the next figure: "2 nhóm giảm giá và 1 nhóm ổn định" is no fall of 1
LAST_ITEM = lazyre.compile(lambda: r"[,;:(\d]|\b(?:" + _words("item_links") + r")\b")
ITEM_EDGE = lazyre.compile(lambda: r"[,;(]|\d|\b(?:" + _words("item_links") + r")\b")
NAMED_BEFORE = lazyre.compile(lambda: r"\b(?:" + _words("number_word") + r")\s+(.{2,40}?)\s+(?:\w+\s+){0,4}?(?:" + _words("named_verbs") + r"|:)?\s*$")  # "số chi bộ lên": the noun is named
# the evidence of a breakdown whose sentence names its whole first ("Trong số 3.405 hồ sơ, …"; lists, examples)
LEADING_OPENER = "leading whole"
PERIOD_OPENS = lazyre.compile(lambda: r"\s*(?:(?:" + _words("period_only") + r")\s+)?(?:(?:" + phrases("dates", "quarter") + r")\s+(?:[IVX]{1,4}|[1-4])|(?:" + phrases("dates", "month") + r")\s+(?:[1-9]|1[0-2]))\b", re.I)  # "(tháng 11 đạt …)": another period's figure in parentheses (lists, periodparts)

CONVERSION_GAP = lazyre.compile(lambda: r"[^\d()]{0,30}\(\s*(?:" + _words("conversion_hedges") + r"|~)?\s*")  # "(khoảng 207 dặm)"
SIBLING_GAP = lazyre.compile(lambda: r"(?:,|\b(?:" + phrases("changes", "and_words") + r")\b|\b(?:" + phrases("changes", "to_bare") + r")\b)[^\d,;]*$")
PHONE_AREA = lazyre.eager(r"\(\d{3}\)[ \u00a0]?\d{3}[-.\u2011]\d{4}(?!\d)")  # a telephone number's area code in parentheses
_ATTR_BEFORE = frozenset(w for lex in LEXICONS.values() for w in lex.attr_before)


@lru_cache(maxsize=256)
def _words_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    return lazyre.eager(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + r")(?!\w)")


@lru_cache(maxsize=8)
def _hedge_tail_rx(lang: str) -> re.Pattern[str]:
    """The longest hedge phrase ending a text, as a word of its own ("hơn", "khoảng", "more than")."""
    phrases = sorted(lexicon(lang).hedges_before, key=lambda w: (-len(w), w))
    return lazyre.eager(r"(?:(?<= )|^)(?:" + "|".join(map(re.escape, phrases)) + r")\Z")


def _describe(an: Analysis, f: Fig, prev: Fig | None, sibling: Fig | None = None) -> None:
    q, lex, low = f.q, an.lex, an.lower
    before = low[max(an.seg.clauses[f.clause].start, q.span.start - 200):q.span.start]
    tail = " ".join(before[-40:].split())
    read = an.memo.tails.get(tail)  # a text of figures repeats the words before them
    if read is None:
        read = an.memo.tails[tail] = _read_tail(an, tail)
    tail_nohedge, words, f.delta = read
    # an amount of money or with a scale word is never a name: "chi dự phòng 320 tỷ đồng" is no room 320
    amount = q.currency is not None or (q.unit or "").lower() in lex.scales
    f.label = q.year_like or (not q.percent and q.decimals == 0 and q.value < 3000 and not amount and _label_before(an, tail_nohedge[-20:]))
    if not f.label and not q.percent and q.decimals == 0 and q.value < 130 and _age(an, f):
        f.label = True  # "Residents 65 and older made up 17.2%": the 65 names the group, it counts nothing
    if q.year_like and q.unit and q.unit in lex.compounds:
        f.label = False  # "2011 hộ" is a count, however rare
    if not f.label and PHONE_AREA.match(an.text, max(0, q.span.start - 1)):
        f.label = True  # "call 311 or (555) 340-7781": an area code dialled, no count
    near_prev = prev is not None and prev.clause == f.clause and len(an.text[prev.q.span.end:q.span.start].split()) <= 8
    f.attr = (bool(words) and words[-1] in _ATTR_BEFORE and near_prev) or before.rstrip().endswith("/")
    if prev is not None and f.paren is not None and f.paren.start > prev.q.span.start:
        between = an.text[prev.q.span.end:q.span.start]
        if CONVERSION_GAP.fullmatch(between) and q.unit and prev.q.unit and q.unit != prev.q.unit and not q.percent:
            f.conversion = True
    f.unit = q.unit if q.unit != "%" else None
    if f.unit is None and not q.percent:
        # never the noun of the figure before: in "525 học sinh cho 15 lớp" the 15 counts classes
        floor = an.scan.quantities[f.i - 1].end if f.i > 0 else 0
        start = q.span.start - len(before)
        f.unit = _unit_before(before[floor - start:] if floor > start else before, lex)
    if f.unit is None and not q.percent and sibling is not None and sibling.sent == f.sent and sibling.unit:
        if SIBLING_GAP.search(an.lower[sibling.q.span.end:q.span.start]):
            f.unit = sibling.unit  # "494 votes (77.2%) … and 143 (22.3%)": the sibling's noun


def _read_tail(an: Analysis, tail: str) -> tuple[str, list[str], bool]:
    """The last words before a figure (`tail`) less a hedge ending them, as words, and whether they
    name a change of the figure (once per distinct tail of a document)."""
    lex = an.lex
    m = _hedge_tail_rx(lex.lang).search(tail)
    tail_nohedge = tail[:m.start()].rstrip() if m else tail
    words = tail_nohedge.split()
    last3 = LAST_ITEM.split(" ".join(words[-3:]))[-1]
    delta = bool(words) and an.has_word(last3, lex.change_words) and not an.has_word(last3, lex.not_changes)
    if not delta and m:  # "ít hơn 186 hộ so với năm 2024": the hedge's word ends a comparison, whose amount this is
        delta = any(tail.endswith(" " + w) and len(w) > len(m.group()) and w.endswith(" " + m.group()) for w in lex.change_words)
    return tail_nohedge, words, delta


def _label_before(an: Analysis, lead: str) -> bool:
    known = an.memo.label_tails
    if lead not in known:
        known[lead] = bool(LABEL_BEFORE.search(lead))
    return known[lead]


def _age(an: Analysis, f: Fig) -> bool:
    """A bare figure written as an age: "65 and older", "aged 25" (lexicon age words)."""
    lex, low = an.lex, an.lower
    after = " ".join(low[f.q.span.end:f.q.span.end + 24].split())
    if f.q.unit is None and any(after.startswith(w) and not after[len(w):len(w) + 1].isalnum() for w in lex.age_after):
        return True
    before = low[max(0, f.q.span.start - 12):f.q.span.start].split()
    return bool(before) and before[-1] in lex.age_before


@lru_cache(maxsize=4)
def _noun_rx(lang: str) -> re.Pattern[str]:
    """Any known noun (people, compounds), the last one before a figure winning."""
    lex = lexicon(lang)
    words = sorted({w.lower() for w in lex.person_nouns + lex.compounds}, key=lambda w: (-len(w), w))
    return lazyre.eager(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)(?!.*(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w))", re.S)


def _unit_before(before: str, lex: Lexicon) -> str | None:
    """'số chi bộ lên 12', 'Tổng số cử tri đi bỏ phiếu 5.420.976': the noun is named before the figure."""
    before = ITEM_EDGE.split(before)[-1]  # never reach past another item
    m = NAMED_BEFORE.search(before[-60:])
    if m:
        from linter.figures.context import unit_key

        return unit_key(m.group(1).split(), lex)
    m = _noun_rx(lex.lang).search(before[-60:])
    return m.group().lower() if m else None


def describe_figures(an: Analysis) -> list[Fig]:
    figs: list[Fig] = []
    prev = None
    last_count: Fig | None = None
    last_plain: Fig | None = None
    for i, q in enumerate(an.scan.quantities):
        s = q.span.start
        f = Fig(q=q, i=i, sent=an.seg.sentence(s), clause=an.seg.clause(s), para=an.seg.paragraph(s), paren=an.seg.paren_at(s))
        _describe(an, f, prev if prev is None or not prev.label else last_plain, last_count)
        if not f.label and _label_listed(an, prev, f):
            f.label = True
        figs.append(f)
        prev = f
        last_count = f if f.count else last_count
        last_plain = f if not f.label else last_plain
    _heading_labels(an, figs)
    return figs


# a sentence or line opening with a name and a number, then a colon: "Precinct 1: Lee 340, …", "Câu 3: …"
HEADING_BEFORE = lazyre.compile(lambda: r"[\s#*>•\-]*[A-Z" + capitals() + r"][\w-]*(?:[ \t]+[\w-]+){0,2}[ \t]+$")
HEADING_AFTER = lazyre.compile(r"[ \t]*[:–—](?!\d)")


def _heading_labels(an: Analysis, figs: list[Fig]) -> None:
    """"Precinct 1: Lee 340, Park 300": a small number after the word or two opening its sentence and
    before a colon names what the sentence then tells of, as a heading does; it counts nothing. Not
    when those words say total ("Total 640: …") or hedge it ("About 12: …")."""
    lex = an.lex
    for f in figs:
        q = f.q
        if f.label or q.percent or q.decimals or q.value >= 1000 or not q.raw.isdigit() or not HEADING_AFTER.match(an.text, q.span.end):
            continue
        start = an.seg.sentences[f.sent].start
        if not HEADING_BEFORE.match(an.text, start, q.span.start):
            continue
        opening = " ".join(an.lower[start:q.span.start].split()).strip("#*>•- ")
        if not an.has_word(opening, lex.total_words) and not an.has_word(opening, tuple(lex.hedges_before)):
            f.label = True


# a capitalized word right before a bare number: "Windows 11", "Toán 10"
NAME_BEFORE = lazyre.compile(lambda: r"\b([A-Z" + capitals() + r"][\w-]*)[ \t]+$")


LABEL_LIST_GAP = lazyre.compile(lambda: r"\s*(?:,|;|" + _words("item_links") + r"|&|[-–])\s*")
NUMBER_WORD = lazyre.compile(lambda: r"(?:^|\s)(?:" + _words("number_word") + r")\s*$")  # "đơn vị bầu cử số 1": a number naming something, when no noun follows


def _label_listed(an: Analysis, prev: Fig | None, f: Fig) -> bool:
    """A bare figure that names something: listed right after a label ("các phường 1, 2 và 3",
    "Sections 3, 4 and 5"; not after a year: "năm 2022, 120 hộ"), or after a bare "số" ("số 1 (")."""
    q = f.q
    if q.percent or q.decimals or q.unit is not None or q.value >= 3000:
        return False
    lead = an.lower[max(0, q.span.start - 12):q.span.start]
    if NUMBER_WORD.search(lead) and not lead.rstrip().endswith(an.lex.number_counts):
        return True
    if prev is None or not prev.label or prev.q.year_like or prev.clause != f.clause:
        return False
    end = prev.q.end if prev.q.unit else prev.q.span.end  # a bare label's word after it ("17 và") is no noun of it
    return LABEL_LIST_GAP.fullmatch(an.lower[end:q.span.start]) is not None


@lru_cache(maxsize=8)
def _lowered(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def compatible(a: str | None, b: str | None, persons: tuple[str, ...]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    pl = _lowered(persons)
    if a in pl and b in pl:
        return True
    wa, wb = a.split(), b.split()
    n = min(len(wa), len(wb))
    return wa[:n] == wb[:n] and (len(wa) == 1 or len(wb) == 1)


def per_period(an: Analysis, g: Fig) -> bool:
    """Whether a period the figure is counted per follows it ('96,240 visits, or 263 a day', '263 lượt mỗi
    ngày'): a rate, which no list breaks down and which is no level of a total's change."""
    words = an.lower[g.q.span.end:g.q.span.end + 30].split()
    for k in (0, 1, 2):  # right after the digits, or after its noun ("263 lượt mỗi ngày", "346 nghìn tấn mỗi ngày")
        after = " ".join(words[k:])
        for w in an.lex.lists.rate_periods:
            if after.startswith(w) and not after[len(w):len(w) + 1].isalnum():
                rest = after[len(w):].lstrip()  # "a year earlier", "một năm trước": a time, no rate
                return not any(rest.startswith(t) and not rest[len(t):len(t) + 1].isalnum() for t in an.lex.lists.rate_not_before)
    return False


@lru_cache(maxsize=8)
def ending_rx(ends: tuple[str, ...]) -> re.Pattern[str]:
    """One of `ends` closing a text, as words of their own (a 'là' or ':' may follow)."""
    alt = "|".join(map(re.escape, sorted(ends, key=lambda w: (-len(w), w))))
    return lazyre.eager(r"(?<!\w)(?:" + alt + r")(?:\s+(?:" + phrases("lists", "copulas") + r"))?\s*:?\s*$")

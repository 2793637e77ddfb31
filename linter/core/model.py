"""The data that flows through factlint: spans, quantities, claims and diagnostics.

Everything here is a frozen dataclass without I/O, so documents and results can be cached,
compared in tests and sent between worker processes.
"""
from __future__ import annotations

import bisect
from dataclasses import field
from decimal import Decimal
from enum import Enum
from functools import cached_property

from linter.core.record import record


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


@record(order=True)
class Span:
    """Half-open interval [start, end) of code-point offsets into the document text."""

    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def cover(self, other: Span) -> Span:
        return Span(min(self.start, other.start), max(self.end, other.end))


class Hedge(str, Enum):
    """How a figure qualifies itself: 'hơn 50' is MORE_THAN, 'khoảng 50' is ABOUT."""

    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    ABOUT = "about"
    NEARLY = "nearly"  # gần / nearly / almost: a little below the figure


@record
class Quantity:
    """A number as written: its value, the precision it was written with, and what it counts.

    `resolution` is one unit in the last written place after scaling: "93,63%" has 0.01 and
    "80,7 tỷ" has 0.1e9, so the written figure stands for [value - res/2, value + res/2).
    """

    span: Span
    raw: str
    value: Decimal
    resolution: Decimal
    percent: bool = False
    unit: str | None = None  # head noun or unit symbol that follows ("đảng viên", "km", "votes")
    unit_span: Span | None = None
    currency: str | None = None
    hedge: Hedge | None = None
    scale: Decimal = Decimal(1)
    decimals: int = 0
    year_like: bool = False  # a four-digit integer 1800..2100 written without grouping
    ambiguous: bool = False  # its reading depends on the document's number convention

    @property
    def end(self) -> int:
        """Where the figure as written ends, the noun or unit after it included ("12 đảng viên")."""
        return (self.unit_span or self.span).end

    @cached_property  # frozen: computed once (cached_property writes the instance dict, not a field)
    def low(self) -> Decimal:
        if self.hedge in (Hedge.MORE_THAN, Hedge.AT_LEAST):
            return self.value
        if self.hedge in (Hedge.ABOUT, Hedge.NEARLY):
            return self.value * Decimal("0.95") - self.resolution / 2
        if self.hedge in (Hedge.LESS_THAN, Hedge.AT_MOST):
            return Decimal(0)
        return self.value - self.resolution / 2

    @cached_property
    def high(self) -> Decimal | None:
        """Upper end of the interval; None when unbounded ("trên 50 đảng viên").

        "hơn 530,5 tỷ" is read as a truncated figure, [530,5; 530,6): a writer who keeps a
        non-zero last digit is rounding down, not giving a floor. A round figure is a floor only.
        """
        if self.hedge in (Hedge.MORE_THAN, Hedge.AT_LEAST):
            digits = self.raw.rstrip("%").rstrip()
            return self.value + self.resolution if digits and digits[-1] not in "0" else None
        if self.hedge in (Hedge.LESS_THAN, Hedge.AT_MOST, Hedge.NEARLY):
            return self.value + (self.resolution / 2 if self.hedge == Hedge.NEARLY else 0)
        if self.hedge == Hedge.ABOUT:
            return self.value * Decimal("1.05") + self.resolution / 2
        return self.value + self.resolution / 2


@record
class Operand:
    """A quantity taking part in a claim, with the role it plays ("part", "whole", "total" …)."""

    role: str
    quantity: Quantity


# the kinds of claim the linkers make (`linter.claims.pipeline`), with the operand roles each carries
KINDS = {
    "percent": "a share: stated% of the whole is the part (roles part, whole)",
    "sum": "a total of parts (total, part)",
    "part_le_whole": "a part no larger than its whole (part, whole)",
    "shares_total": "shares that add up to 100% or to a stated total (share)",
    "target": "attainment of a plan: stated% of the plan is the result (result, plan)",
    "change_pct": "a percent change between two figures (from, to)",
    "diff": "a difference between two figures (from, to)",
    "restates": "prose restating a table cell (cell)",
    "rate": "a rate per 100 or per 1,000 of another group: part / whole × base (part, whole)",
    "restated": "one quantity stated a second time with a value one typing slip away (first)",
    "unit": "a figure converted into another unit (value)",
    "date_range": "a range of years and the count or the years said of it (start, count, listed)",
    "invalid_date": "a date no calendar has (no operands)",
    "weekday": "a weekday named with a date (date)",
}


@record
class Claim:
    """A relation the text asserts between figures, recognised by `linter.claims`.

    `kind` is one of KINDS. `stated` is the figure being judged; `operands` are what it is
    recomputed from. `alternatives` holds other readings (other candidate wholes); a rule treats
    the claim as consistent when any reading is. `evidence` names the pattern that linked it.
    Claims with evidence "table" were read from a table and are judged by the table rules (T001–T003).
    """

    kind: str
    stated: Quantity
    operands: tuple[Operand, ...]
    evidence: str
    alternatives: tuple[tuple[Operand, ...], ...] = ()
    span: Span | None = None  # the whole phrase, for --show-verified
    extra: tuple[tuple[str, object], ...] = ()

    def operand(self, role: str) -> Quantity | None:
        for op in self.operands:
            if op.role == role:
                return op.quantity
        return None

    def operands_of(self, role: str) -> tuple[Quantity, ...]:
        return tuple(op.quantity for op in self.operands if op.role == role)

    def get(self, key: str, default: object = None) -> object:
        return dict(self.extra).get(key, default)

    @property
    def from_table(self) -> bool:
        """Read from a table: judged by the table rules, not by the prose ones."""
        return self.evidence == "table"


@record
class Note:
    """A labelled secondary span: an operand of the arithmetic."""

    span: Span
    message: str


@record
class Fix:
    """Replace `span` by `replacement`. `safe`: applied by --fix; otherwise applied by --unsafe-fixes
    unless `display_only` (a suggestion shown to the editor, never applied: which figure is wrong is unknown)."""

    span: Span
    replacement: str
    safe: bool = False
    display_only: bool = False


@record
class Diagnostic:
    code: str
    name: str
    severity: Severity
    message: str
    span: Span
    notes: tuple[Note, ...] = ()
    stated: str | None = None
    computed: str | None = None
    arithmetic: str | None = None
    help: str | None = None
    fix: Fix | None = None
    path: str = ""
    location: str | None = None
    line: int = 0  # 1-based line and column of span.start; end_* of span.end (filled by the engine)
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    claim: Claim | None = None  # the claim judged, for the likely-typo search; never serialised


@record
class Block:
    """A unit of text the reader found: a paragraph, heading, list item or table cell."""

    span: Span
    kind: str = "paragraph"
    location: str | None = None  # "¶12", "table 2, row 3, col 4", "page 3" for formats without lines


@record
class Table:
    """A table as rows of cell spans; cells are indexed [row][col], header rows first."""

    rows: tuple[tuple[Span, ...], ...]
    header_rows: int = 1
    location: str | None = None


@record(eq=False)
class Document:
    """A decoded source text plus the structure a reader found in it.

    `text` has the same length as the decoded source: markup is blanked with spaces so every
    offset is an offset into the file. The figures and claims are not here: the engine analyses
    a document once (`linter.claims.pipeline.analyse`) and hands the analysis to the rules.
    """

    text: str
    path: str = "<text>"
    locale: str | None = None
    blocks: tuple[Block, ...] = ()
    tables: tuple[Table, ...] = ()
    fmt: str = "txt"
    meta: tuple[tuple[str, object], ...] = ()

    @cached_property
    def line_starts(self) -> list[int]:
        starts, i = [0], self.text.find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = self.text.find("\n", i + 1)
        return starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of an offset."""
        i = bisect.bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1

    def location_of(self, offset: int) -> str | None:
        for block in self.blocks:
            if block.location and block.span.start <= offset < block.span.end:
                return block.location
        return None


@record
class FileResult:
    path: str
    locale: str | None
    claims_checked: int
    diagnostics: tuple[Diagnostic, ...] = field(default_factory=tuple)
    verified: tuple[tuple[str, str, str], ...] = ()  # (claim kind, verdict, arithmetic) for --show-verified
    # where each verified claim's stated figure is in `text`, in the same order: a baseline gives the claims whose findings it accepts their verdict
    verified_at: tuple[tuple[int, int], ...] = ()
    text: str | None = None  # the checked text, for code frames in `full` output
    checked: tuple[tuple[int, int], ...] = ()  # where each stated figure of a judged claim is in `text`, for --format html
    # where the findings a suppression comment hid, or the baseline accepted, are in `text`, for --format html
    suppressed: tuple[tuple[int, int], ...] = ()

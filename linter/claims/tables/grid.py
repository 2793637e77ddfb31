"""Tables: pipe tables and aligned columns found in text, plus the tables readers pass in.

The base of the table linkers (`totals`, `rates`, `columns`, `prose`, `changes`): each table as a
`Grid` of cell spans, found once per analysis, and what a cell holds (its count, its share).
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim, Span
from linter.core.record import record, replace
from linter.lang.packs import phrases



def _t(name: str) -> str:
    """The packs' table words `name` (`Lexicon.tables`) as one alternation, written when a pattern is first used."""
    return phrases("tables", name)


SHARE_HEADER = lazyre.compile(lambda: r"%|" + _t("share_headers"), re.I)
# a column of rates, averages or measures per unit does not add up down the rows: its totals row holds
# the overall rate or average ("Tỷ lệ (%)" 5,0 · 10,0 · 3,0 over "Tổng" 5,7), never their sum
NOT_ADDITIVE = lazyre.compile(lambda: _t("not_additive") + r"|\b(?:" + _t("not_additive_words") + r")\b|(?:" + _t("per_word") + r")\b|/\s*(?:ha|km|" + _t("per_units") + r")\b", re.I)
CHANGE_HEADER = lazyre.compile(lambda: _t("change_headers") + r"|±|\+/-", re.I)
TOTAL_LABEL = lazyre.compile(lambda: r"^\W*(?:" + _t("total_labels") + r")\b", re.I)
# a column naming each row's unit ("Đơn vị", "ĐVT", "Unit"), or a short unit closing the row's label
# ("Sản lượng lúa (tấn)"): rows of different units are different quantities, never parts of one total
UNIT_HEADER = lazyre.compile(lambda: r"^\W*(?:" + _t("unit_headers") + r")\W*$", re.I)
LABEL_UNIT = lazyre.eager(r"\(([^()\d]{1,12})\)\s*$")
ROW_NUMS = lazyre.eager(r"^(?P<label>[^\d|\n]*?)[:\s]+(?P<nums>(?:\d[\d.,]*\s+)*\d[\d.,]*)\s*$")


@record(frozen=False)
class Grid:
    rows: list[list[Span]]
    header_rows: int


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for every line, and a final empty line that closes an open table."""
    pos = 0
    for line in text.split("\n") + [""]:
        yield pos, line
        pos += len(line) + 1


def _pipe_tables(text: str) -> Iterator[Grid]:
    rows: list[list[Span]] = []
    header = 0
    for start, line in _lines(text):
        if "|" in line and line.count("|") >= 1 and len(line.strip()) > 1:
            if re.fullmatch(r"\s*\|?\s*:?-{2,}.*", line):
                if len(rows) > 1:  # the line above is the header of a new table
                    if len(rows) > 2:
                        yield Grid(rows[:-1], header or 1)
                    rows = rows[-1:]
                header = len(rows)
                continue
            cells, cpos = [], start
            for piece in line.split("|"):
                lead = len(piece) - len(piece.lstrip())
                cells.append(Span(cpos + lead, cpos + len(piece.rstrip())))
                cpos += len(piece) + 1
            if line.strip().startswith("|"):
                cells = cells[1:]
            rows.append(cells)
            continue
        if len(rows) >= 2:
            yield Grid(rows, header or 1)
        rows, header = [], 0


def _aligned_tables(text: str) -> Iterator[Grid]:
    """'January: 180 14 11' … 'Totals 884 91 84': rows of a label and the same number of figures."""
    rows: list[list[Span]] = []
    width = 0
    for start, line in _lines(text):
        # a row is short and ends with a figure; testing that first keeps ROW_NUMS off long lines
        m = ROW_NUMS.match(line) if "|" not in line and len(line) < 300 and line.rstrip()[-1:].isdigit() else None
        if m and m.group("label").strip():
            nums = [Span(start + n.start() + m.start("nums"), start + n.end() + m.start("nums")) for n in re.finditer(r"\S+", m.group("nums"))]
            if rows and len(nums) != width:
                rows = []
            width = len(nums)
            rows.append([Span(start + m.start("label"), start + m.end("label"))] + nums)
            if TOTAL_LABEL.match(m.group("label").strip()) and len(rows) >= 3:
                yield Grid(rows, 0)
                rows = []
            continue
        rows = []


def grids(an: Analysis) -> list[Grid]:
    """Tables the reader found, then those written in the text itself that the reader did not (parsed once)."""
    cached = an.memo.grids
    if cached is None:
        cached = an.memo.grids = _find_grids(an, an.doc_tables)
    return cached


def _find_grids(an: Analysis, doc_tables: tuple) -> list[Grid]:
    out = [Grid([list(r) for r in t.rows], t.header_rows) for t in doc_tables]
    taken = [(g.rows[0][0].start, g.rows[-1][-1].end) for g in out if g.rows and g.rows[0] and g.rows[-1]]
    for g in list(_pipe_tables(an.text)) + list(_aligned_tables(an.text)):
        first = g.rows[0][0].start if g.rows and g.rows[0] else -1
        if not any(lo <= first <= hi for lo, hi in taken):
            out.append(g)
    return out


def is_table(claim: Claim) -> bool:
    """A claim read from a table: judged by the table rules, not by the prose ones."""
    return claim.evidence == "table"


def unhedge_cells(an: Analysis) -> None:
    """A figure opening a cell is not hedged by the words ending the cell before it: in '| 65 and
    over | 4,787 |' the 'over' belongs to the label, and the 4,787 residents are an exact count."""
    for cell in an.cells:
        figs = an.figs_in(cell)
        if not figs or figs[0].q.hedge is None or an.text[cell.start:figs[0].q.span.start].strip(" $€£\t"):
            continue
        after = " ".join(an.lower[figs[0].q.end:cell.end].split())
        if not any(after.startswith(phrase) for phrase in an.lex.hedges_after):
            figs[0].q = replace(figs[0].q, hedge=None)


# a header whose unit is the percent sign: "Tỷ lệ đỗ (%)", "Cơ cấu, %", "%" alone; not "(điểm %)", points
PERCENT_UNIT_HEADER = lazyre.eager(r"(?:^|\(|,)\s*%\s*\)?\s*$")


def percent_columns(an: Analysis) -> None:
    """A bare number under a header whose unit is "%" is a percentage, as if written "97,62%":
    statistical tables give the unit once in the header. Only where the header row has a cell for
    every cell of the row (merged header cells leave the column unknown), and only a cell holding
    one figure and nothing else (a "12 người" cell counts people whatever the header says)."""
    for g in grids(an):
        if not g.header_rows:
            continue
        header = g.rows[g.header_rows - 1]
        cols = [c for c, cell in enumerate(header) if c and PERCENT_UNIT_HEADER.search(cell_text(an, cell))]
        for row in g.rows[g.header_rows:] if cols else ():
            if len(row) != len(header):
                continue
            for c in cols:
                figs = cell_figs(an, row[c])
                if len(figs) == 1 and not figs[0].q.percent and not figs[0].q.year_like and _bare(an, row[c], figs[0]):
                    figs[0].q = replace(figs[0].q, percent=True, unit="%")


def _bare(an: Analysis, cell: Span, fig: Fig) -> bool:
    """A cell holding its figure alone (a sign or spaces around it)."""
    return not an.text[cell.start:fig.q.span.start].strip(" \t+-−") and not an.text[fig.q.span.end:cell.end].strip()


def cell_figs(an: Analysis, cell: Span) -> list[Fig]:
    """The figures written in a cell (found by bisection: figures are in text order)."""
    return an.figs_in(cell)


# "(52)" alone in a cell is an accountant's negative: a loss or a deduction that the total subtracts
ACCOUNTING_NEGATIVE = lazyre.eager(r"[$€£]?\(\s*[$€£]?\d[\d.,]*\s*\)")


def cell_count(an: Analysis, cell: Span) -> Fig | None:
    fig = next((f for f in cell_figs(an, cell) if not f.q.percent and not f.q.year_like), None)
    if fig is not None and fig.q.value > 0 and ACCOUNTING_NEGATIVE.fullmatch(cell_text(an, cell).strip()):
        return replace(fig, q=replace(fig.q, value=-fig.q.value))
    return fig


def cell_share(an: Analysis, cell: Span) -> Fig | None:
    return next((f for f in cell_figs(an, cell) if f.q.percent), None)


def cell_text(an: Analysis, span: Span) -> str:
    return an.text[span.start:span.end]


def row_units(an: Analysis, g: Grid, rows: list[list[Span]]) -> set[str]:
    """The units the rows are counted in, as far as the table names them (a unit column, else a
    unit in parentheses closing the label): more than one means the rows add up to nothing."""
    header = g.rows[g.header_rows - 1] if g.header_rows else []
    col = next((c for c, cell in enumerate(header) if c and UNIT_HEADER.match(cell_text(an, cell)) and _unit_cells(an, rows, c)), None)
    units: set[str] = set()
    for r in rows:
        if col is not None:
            text = cell_text(an, r[col]) if col < len(r) else ""
        else:
            m = LABEL_UNIT.search(cell_text(an, r[0])) if r else None
            text = m.group(1) if m else ""
        if text.strip():
            units.add(" ".join(text.lower().split()))
    return units


def _unit_cells(an: Analysis, rows: list[list[Span]], c: int) -> bool:
    """A column of units ("ha", "tấn", "tạ/ha", "%"), not of names ("Đơn vị": "Xã A", "Chi bộ 1"):
    a unit is written in lower case."""
    cells = [cell_text(an, r[c]).strip() for r in rows if c < len(r)]
    return all(not t[:1].isupper() for t in cells if t)


def total_like(an: Analysis) -> set[int]:
    """Indexes of figures that stand in a totals row."""
    out: set[int] = set()
    for g in grids(an):
        for r in g.rows:
            if r and TOTAL_LABEL.match(cell_text(an, r[0])):
                out.update(f.i for cell in r[1:] for f in cell_figs(an, cell))
    return out


"""Laying out table cells on a grid, merged cells included, for `Document.tables`."""
from __future__ import annotations

from linter.core.model import Span, Table


class Grid:
    """Cells placed row by row; a cell spanning rows or columns fills every grid place it covers.

    A merged cell's text is in the document once; its span is repeated at each place so that
    columns stay aligned (a rule summing a row should count one span once).
    """

    def __init__(self, location: str | None = None) -> None:
        self.location = location
        self.rows: list[dict[int, Span]] = []
        self.header_rows = 0
        self._row = -1
        self._in_header = True

    def new_row(self) -> None:
        self._row += 1
        if len(self.rows) <= self._row:
            self.rows.append({})

    def end_row(self, header: bool) -> None:
        """Close the current row; `header` rows at the top of the table count as its header."""
        if not header:
            self._in_header = False
        elif self._in_header:
            self.header_rows = self._row + 1

    def add(self, span: Span, rowspan: int = 1, colspan: int = 1) -> int:
        """Place a cell in the current row at the first free column; returns that column."""
        if self._row < 0:
            self.new_row()
        r = self._row
        col = 0
        while col in self.rows[r]:
            col += 1
        for dr in range(max(1, rowspan)):
            while len(self.rows) <= r + dr:
                self.rows.append({})
            for dc in range(max(1, colspan)):
                self.rows[r + dr][col + dc] = span
        return col

    def build(self, default_header_rows: int = 1) -> Table | None:
        rows = [row for row in self.rows if row]
        if not rows:
            return None
        width = max(max(row) + 1 for row in rows)
        cells = tuple(tuple(_cell(row, c) for c in range(width)) for row in rows)
        header = self.header_rows or default_header_rows
        return Table(rows=cells, header_rows=min(header, len(cells)), location=self.location)


def _cell(row: dict[int, Span], col: int) -> Span:
    """The cell at `col`; a place the row leaves empty is an empty span at its left neighbour's end."""
    if col in row:
        return row[col]
    left = [row[c].end for c in row if c < col]
    end = max(left) if left else min(s.start for s in row.values())
    return Span(end, end)

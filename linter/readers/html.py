"""HTML: the visible text of a page, at the offsets it has in the HTML source.

`Document.text` is the source with every tag, comment, attribute and hidden element (script,
style, head, …) replaced by spaces, line ends kept. An entity is decoded in place: `&amp;`
becomes `&` followed by four spaces, so each visible character keeps its source offset and
lines and columns are the source's. Where a block element (p, li, td, br, …) starts or ends,
the first character of its tag becomes BLOCK_BREAK (U+2029 PARAGRAPH SEPARATOR, whitespace to
`str.isspace` and `\\s`) so that paragraphs do not run into each other without adding lines.
Inline tags inside a figure (`<b>12.133</b> đảng viên`) only add blanks around it; a tag that
splits the digits of a figure (`<b>12</b>.133`) splits it in the text too.
"""
from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

from linter.core.model import Block, Document, Span, Table
from linter.readers.base import Canvas
from linter.readers.tables import Grid

BLOCK_BREAK = "\u2029"
_HIDDEN = frozenset({"script", "style", "template", "noscript", "head", "title", "svg", "iframe", "object"})
_BLOCKS = frozenset(
    "address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary table tbody td "
    "tfoot th thead tr ul".split()
)
_KIND = {"p": "paragraph", "li": "list_item", "td": "cell", "th": "cell", "blockquote": "quote", "caption": "caption"}
_KIND.update({f"h{n}": "heading" for n in range(1, 7)})


def read_html(source: str, path: str, locale_of) -> Document:  # noqa: ANN001 - (str) -> str
    reader = _Reader(source)
    reader.feed(source)
    reader.close()
    reader.boundary(len(source), "")
    while reader.tables:
        reader.end_table()
    text = reader.canvas.text()
    return Document(
        text=text, path=path, locale=locale_of(text), blocks=tuple(reader.blocks),
        tables=tuple(sorted(reader.done, key=lambda t: t.rows[0][0].start)), fmt="html",
    )


class _Table:
    """A table being read: its grid, the open cell's place and text range, the row's header state."""

    def __init__(self) -> None:
        self.grid = Grid()
        self.cell: tuple[int, int] | None = None  # rowspan, colspan of the open cell
        self.first = self.last = -1
        self.row_open = False
        self.row_all_th = True
        self.in_head = False

    def seen(self, start: int, end: int) -> None:
        if self.cell is not None:
            self.first = start if self.first < 0 else self.first
            self.last = end


class _Reader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.canvas = Canvas(source)
        self.starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
        self.hidden: list[str] = []
        self.blocks: list[Block] = []
        self.tables: list[_Table] = []
        self.done: list[Table] = []
        self.kind = "paragraph"
        self.first = self.last = -1

    def at(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and "head" in self.hidden:
            self.hidden.clear()
        if tag in _HIDDEN:
            self.hidden.append(tag)
        if self.hidden:
            return
        if tag in _BLOCKS:
            self.boundary(self.at(), _KIND.get(tag, "paragraph"))
        self.table_tag(tag, dict(attrs), start=True)

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            if tag == self.hidden[-1]:
                self.hidden.pop()
            return
        if tag in _BLOCKS:
            self.boundary(self.at(), "paragraph")
        self.table_tag(tag, {}, start=False)

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            start = self.at()
            self.canvas.reveal(start, start + len(data))
            self.seen(start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        self.entity()

    def handle_charref(self, name: str) -> None:
        self.entity()

    def entity(self) -> None:
        """Decode the entity at the current offset in place, padded with blanks to its source length."""
        if self.hidden:
            return
        start = self.at()
        end = start + 1
        src = self.canvas.source
        while end < len(src) and (src[end].isalnum() or src[end] == "#"):
            end += 1
        end += src.startswith(";", end)
        text = unescape(src[start:end])
        if len(text) > end - start:
            text = src[start:end]
        self.canvas.put(start, text)
        self.seen(start, start + len(text))

    def seen(self, start: int, end: int) -> None:
        span = self.canvas.trimmed(start, end)
        if span is None:
            return
        self.first = span.start if self.first < 0 else self.first
        self.last = span.end
        if self.tables:
            self.tables[-1].seen(span.start, span.end)

    def boundary(self, at: int, kind: str) -> None:
        """End the running block at `at` (a block tag's `<`) and start one of `kind`."""
        if self.first >= 0:
            self.blocks.append(Block(span=Span(self.first, self.last), kind=self.kind))
        if at < len(self.canvas.chars) and self.canvas.chars[at] == " ":
            self.canvas.put(at, BLOCK_BREAK)
        self.first = self.last = -1
        self.kind = kind

    def table_tag(self, tag: str, attrs: dict[str, str | None], start: bool) -> None:
        if tag == "table":
            if start:
                self.tables.append(_Table())
            elif self.tables:
                self.end_table()
        if not self.tables:
            return
        table = self.tables[-1]
        if tag in ("thead", "tbody", "tfoot"):
            self.end_row(table)
            table.in_head = start and tag == "thead"
        elif tag == "tr":
            self.end_row(table)
            if start:
                table.grid.new_row()
                table.row_open = True
        elif tag in ("td", "th"):
            self.end_cell(table)
            if start:
                self.start_cell(table, tag, attrs)

    def start_cell(self, table: _Table, tag: str, attrs: dict[str, str | None]) -> None:
        if not table.row_open:
            table.grid.new_row()
            table.row_open = True
        table.row_all_th = table.row_all_th and tag == "th"
        table.cell = (_span_attr(attrs.get("rowspan")), _span_attr(attrs.get("colspan")))
        table.first = table.last = -1

    def end_cell(self, table: _Table) -> None:
        if table.cell is None:
            return
        at = table.last if table.first >= 0 else self.at()
        span = Span(table.first, table.last) if table.first >= 0 else Span(at, at)
        table.grid.add(span, rowspan=table.cell[0], colspan=table.cell[1])
        table.cell = None

    def end_row(self, table: _Table) -> None:
        self.end_cell(table)
        if table.row_open:
            table.grid.end_row(header=table.in_head or table.row_all_th)
        table.row_open = False
        table.row_all_th = True

    def end_table(self) -> None:
        table = self.tables.pop()
        self.end_row(table)
        built = table.grid.build()
        if built:
            self.done.append(built)


def _span_attr(value: str | None) -> int:
    """A rowspan/colspan attribute as a count in 1..1000 (browsers cap colspan at 1000)."""
    try:
        return min(max(int((value or "1").strip()), 1), 1000)
    except ValueError:
        return 1

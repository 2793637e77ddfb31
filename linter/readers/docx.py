"""Word .docx: body paragraphs and tables in document order, located as "¶12" and "table 2, row 3, col 4".

`Document.text` is one line per body paragraph (empty paragraphs give empty lines) and one line
per table row with its cells separated by tabs; a cell's own paragraphs are joined by spaces. A
cell merged across columns or rows is read once. ¶ numbers count the non-empty body paragraphs,
so they match what a reader counts on the page.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from typing import TYPE_CHECKING

from linter.core.model import Block, Document, Span, Table
from linter.readers.base import ReadError
from linter.readers.tables import Grid
from linter.readers.wordparts import accepted_runs, mark_deleted, paragraph_text, run_text, struck

if TYPE_CHECKING:
    from docx.table import Table as DocxTable


def read_docx(data: bytes, path: str, locale_of, max_size: int) -> Document:  # noqa: ANN001 - (str) -> str
    _check_zip(data, max_size)
    try:
        import docx
    except ImportError:
        raise ReadError("reading .docx needs python-docx: pip install 'factlint[docs]'") from None
    try:
        word = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors … on a damaged package
        raise ReadError(f"not a readable Word .docx file ({type(exc).__name__}: {exc})") from None
    out = read_word(word)
    text = "\n".join(out.lines)
    meta = (("unchecked", tuple(out.unchecked)),) if out.unchecked else ()
    meta += (("word_comments", tuple(out.notes)),) if out.notes else ()
    return Document(text=text, path=path, locale=locale_of(text), blocks=tuple(out.blocks), tables=tuple(out.tables), fmt="docx", meta=meta)


def read_word(word) -> _Writer:  # noqa: ANN001 - docx.Document
    """The accepted draft's body, then its other stories (headers, notes, text boxes) and the comments on it."""
    from linter.readers.wordstories import read_stories

    out = _Writer()
    joined: list = []  # paragraphs whose mark was deleted with Track Changes: accepted, each runs on into the next
    for item in word.iter_inner_content():
        if hasattr(item, "rows"):
            out.joined(joined)
            joined = []
            out.table(item)
        elif mark_deleted(item._p):
            joined.append(item._p)
        else:
            out.joined([*joined, item._p], _is_heading(item))
            joined = []
    out.joined(joined)
    read_stories(word, out)
    return out


def reread(source: str, error: type[Exception], seen: str | None):  # noqa: ANN201 - (docx.Document, _Writer)
    """The draft `source` opened again to be written to (a copy annotated or fixed) and read as it
    was checked; `error` when it no longer opens or its text is no longer `seen` (a file replaced or
    edited since: whatever was found would land on other words)."""
    import docx

    try:
        with open(source, "rb") as fh:
            word = docx.Document(io.BytesIO(fh.read()))
    except Exception as exc:  # it was read a moment ago: a file replaced or damaged since
        raise error(f"cannot read {source} again ({type(exc).__name__}: {exc})") from None
    out = read_word(word)
    if seen and "\n".join(out.lines) != seen:
        raise error(f"{source} changed since it was checked; run again")
    return word, out


def _check_zip(data: bytes, max_size: int) -> None:
    """Refuse a file that is not a zip, or whose parts unpack past the size limit (a zip bomb).

    The sizes the zip headers state are not trusted: every part is inflated here, a chunk at a
    time, counting the bytes that actually come out, so a bomb whose headers understate it is
    stopped at the limit (or at its bad checksum) without ever holding more than a chunk.
    """
    if data[:2] == b"\xd0\xcf":
        raise ReadError(
            "this is a legacy Word .doc file named .docx; convert it to .docx first, "
            "e.g. `libreoffice --headless --convert-to docx FILE`"
        )
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ReadError("not a Word .docx file (not a zip archive)") from None
    with zf:
        stated = sum(info.file_size for info in zf.infolist())
        if stated > max_size:
            raise ReadError(f"the .docx unpacks to {stated:,} bytes, over the size limit of {max_size:,} (max-file-size)")
        try:
            _inflate_counted(zf, max_size)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
            raise ReadError(f"a damaged Word .docx file ({type(exc).__name__}: {exc})") from None


def _inflate_counted(zf: zipfile.ZipFile, max_size: int) -> None:
    total = 0
    for info in zf.infolist():
        with zf.open(info) as member:
            while chunk := member.read(1 << 20):
                total += len(chunk)
                if total > max_size:
                    raise ReadError(f"the .docx unpacks to more than {max_size:,} bytes, over the size limit (max-file-size)")


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.offset = 0
        self.blocks: list[Block] = []
        self.tables: list[Table] = []
        self.paragraphs = 0
        self.unchecked: list[tuple[Span, str]] = []  # text the reader could not get at
        self.runs: list[tuple[int, int, object]] = []  # (start, end, w:r) of the text read: --annotate finds figures here
        self.spans: dict[object, Span] = {}  # w:p -> its block's span, where a comment anchored in it applies
        self.notes: list[tuple[str, Span]] = []  # the text of each Word comment and the span it applies to

    def line(self, text: str) -> int:
        """Append a line; returns its start offset."""
        start = self.offset
        self.lines.append(text)
        self.offset += len(text) + 1
        return start

    def paragraph(self, text: str, heading: bool, p=None, location: str | None = None) -> int:  # noqa: ANN001 - p: its w:p
        start = self.line(text)
        if text.strip():
            self.paragraphs += location is None
            kind = "heading" if heading else "paragraph"
            self.blocks.append(Block(span=_trim(text, start), kind=kind, location=location or f"¶{self.paragraphs}"))
            self.spans[p] = self.blocks[-1].span
        if p is not None:
            self.map_runs(p, start)
        return start

    def joined(self, ps: list, heading: bool = False) -> None:
        """One body paragraph made of `ps`: the w:p elements that accepting Track Changes joins (usually one)."""
        if not ps:
            return
        texts = [paragraph_text(p) for p in ps]
        at = self.paragraph("".join(texts), heading)
        span = self.blocks[-1].span if "".join(texts).strip() else None
        for p, text in zip(ps, texts):
            self.map_runs(p, at)
            if span is not None:
                self.spans[p] = span
            self.entities(p, at, len(text))
            at += len(text)

    def map_runs(self, p, start: int) -> None:  # noqa: ANN001 - a w:p
        for r in accepted_runs(p):
            end = start + len(run_text(r))
            self.runs.append((start, end, r))
            start = end

    def entities(self, element, start: int, length: int) -> None:  # noqa: ANN001 - an lxml element
        """python-docx reads a run's text only up to an entity reference (`&x;`, never written by Word, not
        expanded here): the paragraph or cell holding one is reported as not checked, never passed over."""
        from lxml import etree  # installed with python-docx

        names = sorted({e.text for e in element.iter() if isinstance(e, etree._Entity)})
        if names:
            message = f"this paragraph holds an entity reference ({', '.join(names)}) that is not expanded; its text from there on was not checked"
            self.unchecked.append((Span(start, start + length), message))

    def table(self, table: DocxTable, story: str = "") -> None:
        number = len(self.tables) + 1
        grid = Grid(location=f"{story}table {number}")
        seen: dict[object, Span] = {}  # keyed by the <w:tc> element, which a merged cell repeats
        rows = [row for row in table.rows if not struck(row._tr)]  # a row deleted with Track Changes is gone once accepted
        for r, row in enumerate(rows, 1):
            grid.new_row()
            parts: list[str] = []
            start = self.offset
            for c, cell in enumerate(row.cells, 1):
                if cell._tc not in seen:
                    text = " ".join(paragraph_text(p._p) for p in cell.paragraphs)
                    self.map_cell(cell, start + sum(len(p) + 1 for p in parts))
                    seen[cell._tc] = self.cell(text, start, parts, f"{story}table {number}, row {r}, col {c}")
                    self.entities(cell._tc, seen[cell._tc].start, seen[cell._tc].end - seen[cell._tc].start)
                    self.spans.update({p._p: seen[cell._tc] for p in cell.paragraphs})  # a comment in a cell applies to the cell
                grid.add(seen[cell._tc])
            self.line("\t".join(parts))
            grid.end_row(header=_repeats_as_header(row))
        built = grid.build()
        self.tables.extend([built] if built else [])

    def map_cell(self, cell, start: int) -> None:  # noqa: ANN001 - docx.table._Cell
        """The runs of a cell's paragraphs, which the cell's text joins by one space."""
        for p in cell.paragraphs:
            self.map_runs(p._p, start)
            start += len(paragraph_text(p._p)) + 1

    def cell(self, text: str, row_start: int, parts: list[str], location: str) -> Span:
        start = row_start + sum(len(p) + 1 for p in parts)
        parts.append(text)
        span = _trim(text, start)
        if span.end > span.start:
            self.blocks.append(Block(span=span, kind="cell", location=location))
        return span


def _trim(text: str, start: int) -> Span:
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return Span(start + lead, start + lead + len(stripped))


def _is_heading(paragraph) -> bool:  # noqa: ANN001 - docx.text.paragraph.Paragraph
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    return name.lower().startswith(("heading", "title"))


def _repeats_as_header(row) -> bool:  # noqa: ANN001 - docx.table._Row
    """Word marks header rows ("repeat as header row") with w:tblHeader."""
    props = row._tr.trPr
    return props is not None and any(el.tag.endswith("}tblHeader") for el in props)

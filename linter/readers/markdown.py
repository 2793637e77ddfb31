"""Markdown: prose, headings, list items, quotes and table cells checked; code, URLs and markup blanked.

markdown-it-py parses the source; its inline tokens carry text but no offsets, so each token is
found again in the block's source in order, and only the characters of text tokens are revealed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from linter.core import lazyre
from linter.core.model import Block, Document, Span, Table
from linter.readers.base import Canvas
from linter.readers.tables import Grid

if TYPE_CHECKING:
    from markdown_it.token import Token

_KINDS = {"list_item_open": "list_item", "blockquote_open": "quote"}
_FENCES = {"---": ("---", "..."), "+++": ("+++",)}


def read_markdown(source: str, path: str, locale_of) -> Document:  # noqa: ANN001 - (str) -> str
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")
    # markdown-it turns CRLF into LF; a space in place of each CR keeps lengths and line numbers.
    parsed = _hide_front_matter(source.replace("\r", " "))
    canvas = Canvas(source)
    tokens = md.parse(parsed)
    blocks, tables = _walk_blocks(tokens, parsed, canvas)
    text = canvas.text()
    skipped = tuple((span, NESTED) for span in _unparsed(tokens, parsed))
    meta = (("unchecked", skipped),) if skipped else ()
    return Document(text=text, path=path, locale=locale_of(text), blocks=tuple(blocks), tables=tuple(tables), fmt="md", meta=meta)


NESTED = "this text lies deeper than Markdown's nesting limit (20 levels of quotes and lists); it was not checked"
_LEAVES = ("paragraph_open", "heading_open", "fence", "code_block", "html_block", "hr", "table_open")
# what a line holds besides text: quote and list markers, or a link reference definition (no text)
_MARKERS = lazyre.eager(r"^(?:[ \t]*(?:>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*(?:\[[^\]]+\]:.*)?")

_REFERENCE_TAIL = lazyre.eager(r"""^[ \t]+(?:<[^>]*>|\S+)?[ \t]*(?:"[^"]*"|'[^']*'|\([^)]*\))?[ \t]*$""")


def _unparsed(tokens: Sequence[Token], parsed: str) -> list[Span]:
    """Runs of lines holding text that no block of the parse covers: markdown-it stops at its nesting
    limit and drops what lies deeper, which must not pass as checked."""
    covered = bytearray(parsed.count("\n") + 2)
    for tok in tokens:
        if tok.type in _LEAVES and tok.map:
            covered[tok.map[0]:tok.map[1]] = b"\1" * (tok.map[1] - tok.map[0])
    runs: list[Span] = []
    offset, after_reference = 0, False
    for i, line in enumerate(parsed.split("\n")):
        marks = _MARKERS.match(line)
        rest = line[marks.end():]
        # a link reference definition may put its URL or title on the next line
        continued, after_reference = after_reference and _REFERENCE_TAIL.match(line), "]:" in marks.group()
        if not covered[i] and not continued and any(c.isalnum() for c in rest):
            start = offset + len(line) - len(line.lstrip())
            if runs and parsed.count("\n", runs[-1].end, start) <= 1:
                runs[-1] = Span(runs[-1].start, offset + len(line.rstrip()))
            else:
                runs.append(Span(start, offset + len(line.rstrip())))
        offset += len(line) + 1
    return runs


def _hide_front_matter(text: str) -> str:
    """YAML (---) or TOML (+++) front matter at the top of the file, blanked for the parser."""
    lines = text.split("\n")
    closers = _FENCES.get(lines[0].strip().lstrip("\ufeff"))
    if not closers:
        return text
    for i in range(1, len(lines)):
        if lines[i].strip() in closers:
            hidden = "\n".join(" " * len(line) for line in lines[: i + 1])
            return hidden + text[len(hidden):]
    return text


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    starts.append(len(text) + 1)
    return starts


class _Walk:
    """State while walking the block tokens: open containers, the table being read, the row cursor."""

    def __init__(self, parsed: str, canvas: Canvas) -> None:
        self.parsed = parsed
        self.canvas = canvas
        self.lines = _line_starts(parsed)
        self.blocks: list[Block] = []
        self.tables: list[Table] = []
        self.containers: list[str] = []
        self.kind = "paragraph"
        self.grid: Grid | None = None
        self.in_head = False
        self.cursor = 0

    def token(self, tok: Token) -> None:
        t = tok.type
        if t in _KINDS:
            self.containers.append(_KINDS[t])
        elif t in ("list_item_close", "blockquote_close") and self.containers:
            self.containers.pop()
        elif t in ("heading_open", "paragraph_open"):
            self.kind = "heading" if t == "heading_open" else (self.containers or ["paragraph"])[-1]
        elif t in ("table_open", "thead_open", "thead_close"):
            self.grid = self.grid or Grid()
            self.in_head = t == "thead_open"
        elif t == "tr_open" and self.grid and tok.map:
            self.grid.new_row()
            self.cursor = self.lines[tok.map[0]]
        elif t == "tr_close" and self.grid:
            self.grid.end_row(header=self.in_head)
        elif t == "table_close" and self.grid:
            self.tables.extend(t for t in [self.grid.build()] if t)
            self.grid = None
        elif t == "inline" and tok.map and self.grid:
            self.cell(tok)
        elif t == "inline" and tok.map:
            cmap = _lines_map(tok.content, self.parsed, self.lines, tok.map[0])
            self.block(tok, cmap, self.kind)

    def block(self, tok: Token, cmap: list[int], kind: str) -> Span | None:
        _reveal(tok.children or [], tok.content, cmap, self.canvas)
        found = [o for o in cmap if o >= 0]
        span = self.canvas.trimmed(min(found), max(found) + 1) if found else None
        if span:
            self.blocks.append(Block(span=span, kind=kind))
        return span

    def cell(self, tok: Token) -> None:
        end = self.lines[tok.map[0] + 1] - 1
        if tok.content:
            cmap = _cell_map(tok.content, self.parsed, self.cursor, end)
            self.cursor = max(self.cursor, max(cmap) + 1)
            span = self.block(tok, cmap, "cell")
        else:
            pipe = self.parsed.find("|", self.cursor, end)
            self.cursor = pipe + 1 if pipe >= 0 else self.cursor
            span = None
        assert self.grid is not None
        self.grid.add(span or Span(self.cursor, self.cursor))


def _walk_blocks(tokens: Sequence[Token], parsed: str, canvas: Canvas) -> tuple[list[Block], list[Table]]:
    walk = _Walk(parsed, canvas)
    for tok in tokens:
        walk.token(tok)
    return walk.blocks, walk.tables


def _lines_map(content: str, source: str, lines: list[int], first: int) -> list[int]:
    """Source offset of each content character (-1 where not found); content line j is source line first+j."""
    cmap: list[int] = []
    for j, part in enumerate(content.split("\n")):
        if j:
            cmap.append(-1)  # the line break itself stays as in the source
        start, end = lines[first + j], lines[first + j + 1] - 1
        k = source.rfind(part, start, end) if part else -1
        cmap.extend(range(k, k + len(part)) if k >= 0 else [-1] * len(part))
    return cmap


def _cell_map(content: str, source: str, pos: int, end: int) -> list[int]:
    """Source offsets of a cell's content, searched from `pos` in its row line; `\\|` reads as `|`."""
    while pos < end:
        k = source.find(content[0], pos, end)
        if k < 0:
            break
        cmap = _align(content, source, k, end)
        if cmap:
            return cmap
        pos = k + 1
    return [-1] * len(content)


def _align(content: str, source: str, k: int, end: int) -> list[int] | None:
    cmap = []
    for ch in content:
        if ch == "|" and source.startswith("\\|", k):
            k += 1
        if k >= end or source[k] != ch:
            return None
        cmap.append(k)
        k += 1
    return cmap


def _reveal(children: Sequence[Token], content: str, cmap: list[int], canvas: Canvas) -> None:
    """Reveal the text tokens of an inline run; code, HTML, autolinks, images and link targets stay blank."""
    cur = 0
    hidden = False
    for tok in children:
        t = tok.type
        if t == "text" and tok.content:
            i = content.find(tok.content, cur)
            if i < 0:
                continue
            if not hidden:
                for c in range(i, i + len(tok.content)):
                    _put(canvas, cmap[c], content[c])
            cur = i + len(tok.content)
        elif t == "text_special":
            cur = _special(tok, content, cmap, canvas, cur, hidden)
        elif t == "code_inline":
            cur = _after_code(content, cur, tok.markup)
        elif t == "html_inline":
            i = content.find(tok.content, cur)
            cur = i + len(tok.content) if i >= 0 else cur
        elif t == "link_open" and tok.markup == "autolink":
            hidden = True
        elif t == "link_close" and tok.markup == "autolink":
            hidden = False
            i = content.find(">", cur)
            cur = i + 1 if i >= 0 else cur
        elif t == "link_close":
            cur = _after_link_tail(content, cur)
        elif t == "image":
            i = content.find("![", cur)
            cur = _after_link_tail(content, i + 2 + len(tok.content)) if i >= 0 else cur


def _put(canvas: Canvas, offset: int, ch: str) -> None:
    if offset >= 0 and canvas.chars[offset] not in "\r\n":
        canvas.put(offset, ch)


def _special(tok: Token, content: str, cmap: list[int], canvas: Canvas, cur: int, hidden: bool) -> int:
    """An escape shows its character in place of the backslash's successor; an entity its character at the `&`."""
    i = content.find(tok.markup, cur)
    if i < 0:
        return cur
    if not hidden and len(tok.content) <= len(tok.markup):
        at = i + len(tok.markup) - len(tok.content) if tok.info == "escape" else i
        for n, ch in enumerate(tok.content):
            _put(canvas, cmap[at + n], ch)
    return i + len(tok.markup)


def _after_code(content: str, cur: int, run: str) -> int:
    """Past a code span opened and closed by backtick runs of exactly `run`'s length."""
    start = _find_run(content, run, cur)
    if start < 0:
        return cur
    close = _find_run(content, run, start + len(run))
    return close + len(run) if close >= 0 else cur


def _find_run(s: str, run: str, pos: int) -> int:
    while True:
        i = s.find(run, pos)
        if i < 0:
            return -1
        j = i + len(run)
        while j < len(s) and s[j] == "`":
            j += 1
        if j - i == len(run) and (i == 0 or s[i - 1] != "`"):
            return i
        pos = j


def _after_link_tail(s: str, pos: int) -> int:
    """Past the `](destination "title")` or `][label]` that closes a link's text."""
    from markdown_it.helpers import parseLinkDestination, parseLinkTitle

    j = s.find("]", pos)
    if j < 0:
        return pos
    k = j + 1
    if s.startswith("[", k):
        e = s.find("]", k)
        return e + 1 if e >= 0 else k
    if not s.startswith("(", k):
        return k
    k = _skip_space(s, k + 1)
    dest = parseLinkDestination(s, k, len(s))
    if dest.ok:
        k = _skip_space(s, dest.pos)
        title = parseLinkTitle(s, k, len(s))
        if title.ok:
            k = _skip_space(s, title.pos)
    return k + 1 if s.startswith(")", k) else j + 1


def _skip_space(s: str, k: int) -> int:
    while k < len(s) and s[k] in " \t\n":
        k += 1
    return k

"""Paragraphs, sentences, clauses and parentheses: the scopes inside which figures relate."""
from __future__ import annotations

import bisect
import re

from linter.core import lazyre
from linter.core.model import Span
from linter.core.record import record
from linter.lang.packs import LEXICONS, capitals, phrases

# A sentence ends at . ! ? … followed by space and a capital, digit or quote; "TP. Hồ Chí Minh",
# "Sept. 20" and "U.S. Census" are abbreviations, not ends.
_BLOCKS = "".join(re.escape(lo) + "-" + re.escape(hi) for lo, hi in (lex.letter_block for lex in LEXICONS.values()) if lo)
END = lazyre.eager(r"(?<![.!?…])[.!?…]+(?=\s+[\"“‘(\[]?[A-Z" + capitals() + _BLOCKS + r"0-9])|[\n\u2029]")
ABBREV = lazyre.eager(
    r"(?:\b[A-Z" + capitals() + r"]{1,2}|\b(?:[A-Z]\.)+[A-Z]|\b(?:" + phrases("", "abbreviations") + r"))$"
)


@record
class Segments:
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    clauses: tuple[Span, ...]  # sentences split at ';'
    paren_of: dict[int, Span]  # offset of '(' -> span of the parenthesis, ')' included

    def __post_init__(self) -> None:
        for name in ("paragraphs", "sentences", "clauses"):
            object.__setattr__(self, f"_{name}_starts", [s.start for s in getattr(self, name)])
        object.__setattr__(self, "_paren_starts", sorted(self.paren_of))
        object.__setattr__(self, "_paren_parent", _enclosing(self._paren_starts, self.paren_of))

    # each the index of the last scope starting at or before `offset` (0 before the first); called
    # for every figure and more, so each reads its own list of starts, not one named by a string built per call
    def sentence(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentences_starts, offset) - 1)

    def clause(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._clauses_starts, offset) - 1)

    def paragraph(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._paragraphs_starts, offset) - 1)

    def paren_at(self, offset: int) -> Span | None:
        """The innermost parenthesis containing `offset` (parentheses never cross a line), none when a
        parenthesis more than 5000 characters back that does not contain it comes before one that does.

        Matched parentheses nest, so the innermost one containing `offset` is the last one opened
        before it or one enclosing that: its enclosing ones are walked, not every parenthesis between
        (a run-on list has a hundred in its 5000 characters)."""
        starts, parent = self._paren_starts, self._paren_parent
        last = k = bisect.bisect_left(starts, offset) - 1
        while k >= 0 and self.paren_of[starts[k]].end <= offset:
            k = parent[k]
        if k < 0:
            return None
        # the ones skipped lie between the two, the first of them the farthest back
        return None if k < last and offset - starts[k + 1] > 5000 else self.paren_of[starts[k]]


def _enclosing(starts: list[int], paren_of: dict[int, Span]) -> list[int]:
    """For each parenthesis (by its index in `starts`), the index of the innermost one enclosing it, or -1."""
    out: list[int] = []
    open_: list[int] = []
    for k, start in enumerate(starts):
        while open_ and paren_of[starts[open_[-1]]].end <= start:
            open_.pop()
        out.append(open_[-1] if open_ else -1)
        open_.append(k)
    return out


def _split(text: str, span: Span, rx: re.Pattern[str]) -> list[Span]:
    out, start = [], span.start
    for m in rx.finditer(text, span.start, span.end):
        if m.group() not in "\n\u2029" and ABBREV.search(text, max(span.start, m.start() - 8), m.start()):
            continue
        out.append(Span(start, m.end()))
        start = m.end()
    if start < span.end:
        out.append(Span(start, span.end))
    return [s for s in out if text[s.start:s.end].strip()]


PAREN_OR_BREAK = lazyre.eager(r"[()\n\u2029]")


def _parens(text: str) -> dict[int, Span]:
    """Matched parentheses (nested too) within each paragraph."""
    out, stack = {}, []
    for m in PAREN_OR_BREAK.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "(":
            stack.append(i)
        elif ch == ")":
            if stack:
                j = stack.pop()
                out[j] = Span(j, i + 1)
        else:
            stack.clear()
    return out


# a line break inside a sentence of hard-wrapped text: the line does not end a sentence or a clause, and
# the next one goes on in lower case, with a currency or a parenthesis, or with a figure after a word in
# lower case or a comma, and opens no block of its own (a list item, a heading, a quotation, a table row)
LINE_BREAK = lazyre.eager(r"(?<=[^\W_]|[,%);.])\n[ \t]*(?=\S)")
GOES_ON = "$€£¥₫("
WRAP_WIDTH = 45  # a line this long, cut after a word in lower case, goes on even before a capital ("thứ\nNăm")
HARD_WRAP_MAX = 100  # the longest line most hard-wrapped texts have (72-80 columns, PDF lines)
NUMBERED = lazyre.eager(r"\d{1,3}[.)][ \t]")
BLOCK_LINE = lazyre.eager(r"[ \t]*(?:[#|>]|[-*+•][ \t]|(?:\d{1,3}|[^\W\d_])[.)][ \t])")
COLUMN_GAP = lazyre.eager(r"\S {2,}(?=\S)")


def unwrap(text: str) -> str:
    """The text with the line breaks of hard-wrapped paragraphs read as spaces, at the same offsets
    ("…, of which\n1,310 were poor"; "5,32\nnghìn tỷ đồng"): a Markdown or plain-text writer's editor,
    and a PDF, break lines anywhere, and what a line break splits is one sentence, one figure with its
    unit. A line opening a block, or one closing with a capital word then a figure starting the next
    ("Kết quả năm 2024\n1.250 hộ …" reads as a heading), keeps its break."""
    if "\n" not in text:
        return text
    wraps = _soft_wraps(text)
    if not wraps:
        return text
    chars = list(text)
    for i in wraps:
        chars[i] = " "
    return "".join(chars)


def _table_row(text: str, start: int, end: int) -> bool:
    """A row of a table laid out with tabs (a Word table's row) or with runs of spaces between its columns."""
    if "\t" in text[start:end]:
        return True
    gaps = COLUMN_GAP.finditer(text, start, end)
    return next(gaps, None) is not None and next(gaps, None) is not None


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _hard_wrapped(text: str) -> bool:
    """Whether the text's lines are cut at a width (nine in ten of them no longer than HARD_WRAP_MAX),
    as an editor or a PDF cuts them; a text of one line per paragraph has many longer lines."""
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    return len(lengths) >= 3 and lengths[(len(lengths) * 9) // 10 - (1 if len(lengths) % 10 == 0 else 0)] <= HARD_WRAP_MAX


def _soft_wraps(text: str) -> list[int]:
    out = []
    cut = _hard_wrapped(text)
    for m in LINE_BREAK.finditer(text):
        i, nxt, last = m.start(), text[m.end()], text[m.start() - 1]
        line_start = text.rfind("\n", 0, i) + 1
        # a long line of a text cut at a width, cut before a name ("thứ\nNăm"); a line of its own in a
        # text of one line per paragraph (a heading without a full stop) keeps its break
        wrapped = cut and nxt.isupper() and last.isalnum() and i - line_start >= WRAP_WIDTH
        if last == "." and not ABBREV.search(text, max(line_start, i - 9), i - 1):
            continue  # a sentence's end; "Dec.\n21" goes on
        if last == ";" and not nxt.islower():
            continue  # a clause's end before a new item or sentence; "…;\ncòn tồn 523 vụ" goes on
        if not (nxt.islower() or nxt in GOES_ON or nxt.isdigit() and (last.islower() or last in ",.") or wrapped):
            continue
        if nxt.isdigit() and NUMBERED.match(text, m.end()):
            continue  # "2. Kết quả", "3) …": a numbered item
        if text[line_start:line_start + 1] in "#|>" or BLOCK_LINE.match(text, i + 1):
            continue
        if _table_row(text, line_start, i) or _table_row(text, m.end(), _line_end(text, m.end())):
            continue
        out.append(i)
    return out


def segment(text: str) -> Segments:
    paragraphs = _split(text, Span(0, len(text)), lazyre.eager(r"[\n\u2029]"))
    sentences = [s for p in paragraphs for s in _split(text, p, END)]
    clauses = [c for s in sentences for c in _split(text, s, lazyre.eager(r";"))]
    return Segments(tuple(paragraphs), tuple(sentences), tuple(clauses), _parens(text))

"""A Word document's stories beside its body, read after it: headers, footers, footnotes,
endnotes and text boxes, each paragraph located as Word shows it; and the comments anchored in
what was read, which `linter.directives` reads for `factlint: ignore …`.

A story with no text adds nothing, so a document without these parts reads as it always has.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from linter.readers.wordparts import (
    W, comment_anchors, comments, header_footer_stories, note_stories, paragraph_text, text_boxes,
)

if TYPE_CHECKING:
    from linter.readers.docx import _Writer


def read_stories(word, out: _Writer) -> None:  # noqa: ANN001 - docx.Document
    stories = header_footer_stories(word) + note_stories(word, "footnote") + note_stories(word, "endnote")
    for label, root in stories:
        _story(word, out, root, label, note=label.startswith(("footnote", "endnote")))
    roots = [word.element.body] + [root for _, root in stories]
    for n, box in enumerate((b for root in roots for b in text_boxes(root)), 1):
        _story(word, out, box, f"text box {n}")
    _comments(word, out, roots)


def _story(word, out: _Writer, root, label: str, note: bool = False) -> None:  # noqa: ANN001
    """The story's non-empty paragraphs as "label, ¶k" (a note's first one as just "footnote 3"), its tables as "label, table k …"."""
    from docx.table import Table

    count = 0
    for child in root:
        if child.tag == W + "tbl":
            out.table(Table(child, word._body), story=f"{label}, ")
            continue
        text = paragraph_text(child) if child.tag == W + "p" else ""
        if not text.strip():
            continue
        count += 1
        start = out.paragraph(text, False, child, label if note and count == 1 else f"{label}, ¶{count}")
        out.entities(child, start, len(text))


def _comments(word, out: _Writer, roots: list) -> None:  # noqa: ANN001
    texts = comments(word)
    for root in roots if texts else ():
        for key, p in comment_anchors(root):
            span = out.spans.get(p)
            if key in texts and span is not None:
                out.notes.append((texts[key], span))

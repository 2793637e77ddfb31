"""A Word document's stories beside its body, read after it: headers, footers, footnotes,
endnotes and text boxes, each paragraph located as Word shows it; and the comments anchored in
what was read, which `linter.directives` reads for `factlint: ignore …`.

A story with no text adds nothing, so a document without these parts reads as it always has.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from linter.core.model import Span
from linter.readers.wordparts import (
    W, comment_anchors, comments, header_footer_stories, note_stories, paragraph_text, text_boxes,
)

if TYPE_CHECKING:
    from linter.readers.docx import _Writer


def read_stories(word, out: _Writer) -> None:  # noqa: ANN001 - docx.Document
    stories = (
        _guarded(out, "headers and footers", lambda: header_footer_stories(word), [])
        + _guarded(out, "footnotes", lambda: note_stories(word, "footnote"), [])
        + _guarded(out, "endnotes", lambda: note_stories(word, "endnote"), [])
    )
    for label, root in stories:
        _story(word, out, root, label, note=label.startswith(("footnote", "endnote")))
    roots = [word.element.body] + [root for _, root in stories]
    for n, box in enumerate((b for root in roots for b in text_boxes(root)), 1):
        _story(word, out, box, f"text box {n}")
    _guarded(out, "comments", lambda: _comments(word, out, roots), None)


def _guarded(out: _Writer, what: str, step, fallback):  # noqa: ANN001, ANN202 - () -> T, T
    """A part that does not parse (an entity bomb lxml refuses, broken XML) is reported as not checked;
    the body and the other parts are still read."""
    from lxml import etree

    try:
        return step()
    except (etree.XMLSyntaxError, ValueError, KeyError) as exc:
        out.unchecked.append((Span(0, 0), f"the {what} of this document could not be read ({type(exc).__name__}: {exc}); their text was not checked"))
        return fallback


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

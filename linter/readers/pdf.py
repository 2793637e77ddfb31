"""PDF: the text layer of each page, with the lines of a paragraph joined, located as "page 3".

A PDF has no paragraphs, only lines placed on a page, so they are rebuilt: a word hyphenated at a
line end is joined ("recom-" + "puted"), other line breaks inside a paragraph become spaces, and
a paragraph ends at an empty line, before a bullet, and after a line shorter than the page's
full lines that ends a sentence or is followed by a capital (a heading, a paragraph's last line).
`Document.text` is one line per paragraph.
"""
from __future__ import annotations

import io
import logging

from linter.core.model import Block, Document, Span
from linter.readers.base import ReadError

_SENTENCE_END = ".!?:;"
_BULLETS = ("•", "- ", "– ", "* ", "+ ")
_HYPHENS = ("-", "\u00ad", "\u2010")


def read_pdf(data: bytes, path: str, locale_of) -> Document:  # noqa: ANN001 - (str) -> str
    pages = _page_texts(data)
    lines: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for number, page in enumerate(pages, 1):
        for para in _paragraphs(page):
            blocks.append(Block(span=Span(offset, offset + len(para)), kind="paragraph", location=f"page {number}"))
            lines.append(para)
            offset += len(para) + 1
    if not blocks:
        raise ReadError(
            f"the PDF has no text layer ({len(pages)} page{'s' * (len(pages) != 1)} without text; a scanned document?); "
            "run OCR first, e.g. `ocrmypdf in.pdf out.pdf`"
        )
    text = "\n".join(lines)
    return Document(text=text, path=path, locale=locale_of(text), blocks=tuple(blocks), fmt="pdf")


def _page_texts(data: bytes) -> list[str]:
    try:
        from pypdf import PdfReader
    except ImportError:
        raise ReadError("reading PDF needs pypdf: pip install 'factlint[pdf]'") from None
    # pypdf logs warnings about harmless defects of real-world files; the result is what matters.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError("the PDF is encrypted with a password; save an unprotected copy to check it")
        return [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except Exception as exc:  # pypdf raises PdfReadError, ValueError, KeyError … on damaged files
        raise ReadError(f"not a readable PDF ({type(exc).__name__}: {exc})") from None


def _paragraphs(page: str) -> list[str]:
    """The page's lines regrouped into paragraphs, whitespace-normalised."""
    lines = [" ".join(line.split()) for line in page.splitlines()]
    full = max((len(line) for line in lines), default=0)
    paras: list[str] = []
    current = prev = ""
    for line in lines:
        if current and (not line or _ends_paragraph(prev, line, full)):
            paras.append(current)
            current = ""
        if not current:
            current = line
        elif current.endswith(_HYPHENS) and current[-2:-1].isalpha() and line[0].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}"
        prev = line
    return paras + [current] if current else paras


def _ends_paragraph(prev: str, line: str, full: int) -> bool:
    """A bullet starts a paragraph; a line shorter than the full ones ends one (a heading, a last line)
    when it ends a sentence or the next line starts with a capital."""
    short = len(prev) < 0.8 * full
    return line.startswith(_BULLETS) or (short and (prev.endswith(tuple(_SENTENCE_END)) or line[:1].isupper()))

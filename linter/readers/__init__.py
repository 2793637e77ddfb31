"""Readers: a file (or stdin) to a Document, chosen by the file's extension.

Plain text, Markdown and HTML keep `Document.text` the length of the decoded file (markup blanked
with spaces), so offsets, lines and columns are the file's own. Word and PDF have no such source
text: their Documents join paragraphs with newlines and every block carries a `location`
("¶12", "table 2, row 3, col 4", "page 3") that outputs print beside the line.
"""
from __future__ import annotations

import os

from linter.lang.packs import detect
from linter.core.model import Document
from linter.readers.base import ReadError, ReadOptions, decode, read_bytes

__all__ = ["ReadError", "ReadOptions", "decode", "read_bytes", "read_path", "read_data", "kind_of"]

_KINDS = {
    ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
    ".docx": "docx", ".pdf": "pdf", ".doc": "doc",
}


def kind_of(name: str) -> str:
    """The reader for a file name: md, html, docx, pdf, doc, or txt for anything else."""
    return _KINDS.get(os.path.splitext(name.lower())[1], "txt")


def read_path(path: str, config: ReadOptions) -> Document:
    """Read `path` (or stdin for "-", named by `config.stdin_filename`) into a Document."""
    name = (config.stdin_filename or path) if path == "-" else path
    kind = kind_of(name)
    if kind == "doc":
        raise ReadError(
            "legacy Word .doc files cannot be read; convert to .docx first, "
            "e.g. `libreoffice --headless --convert-to docx FILE.doc`"
        )
    return read_data(read_bytes(path, config), name, kind, config)


def read_data(data: bytes, name: str, kind: str, config: ReadOptions) -> Document:
    def locale_of(text: str) -> str:
        return config.locale or detect(text)

    if kind == "docx":
        from linter.readers.docx import read_docx

        return read_docx(data, name, locale_of, config.max_file_size)
    if kind == "pdf":
        from linter.readers.pdf import read_pdf

        return read_pdf(data, name, locale_of)
    text = decode(data, name, config.encoding)
    if kind == "md":
        from linter.readers.markdown import read_markdown

        return read_markdown(text, name, locale_of)
    if kind == "html":
        from linter.readers.html import read_html

        return read_html(text, name, locale_of)
    return Document(text=text, path=name, locale=locale_of(text), fmt="txt")

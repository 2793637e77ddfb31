"""Linting a document given as source text of a format (html, md …), as the readers see it."""
from __future__ import annotations

from linter.run.config import Config
from linter.run.engine import lint_document
from linter.core.model import Diagnostic, Document
from linter.readers import read_data


def lint_source(source: str | bytes, fmt: str, locale: str) -> tuple[Document, list[Diagnostic]]:
    data = source.encode("utf-8") if isinstance(source, str) else source
    doc = read_data(data, f"draft.{fmt}", fmt, Config(locale=locale))
    return doc, list(lint_document(doc, Config(locale=locale)).diagnostics)

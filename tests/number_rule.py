"""A tiny rule for reader tests: it reports every number token, so tests do not depend on the real rules."""
from __future__ import annotations

import re
from typing import Iterator

from linter.core.model import Diagnostic, Document, Span
from linter.judge.registry import Context, rule

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@rule("T900", "every-number")
def every_number(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """Reports each number token of the checked text."""
    for m in NUMBER.finditer(doc.text):
        yield ctx.report(Span(m.start(), m.end()), f"number {m.group()}")

"""Tiny rules for workflow tests, so they do not depend on the built-in rule set."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Literal

import pytest

from linter.run import discovery
from linter.core.model import Diagnostic, Document, Note, Severity, Span
from linter.judge.registry import Context, rule


@dataclass(frozen=True)
class WordOptions:
    word: str = "SAI"
    rounding: Literal["nearest", "truncate", "either"] = "nearest"
    limit: int = 10


@rule("X001", "flag-word", options=WordOptions())
def flag_word(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """Flags each occurrence of the configured word.

    Okay: mọi thứ đều đúng.
    X001: chỗ này SAI.
    """
    for m in re.finditer(re.escape(ctx.options.word), doc.text):
        yield ctx.report(
            Span(m.start(), m.end()), ctx._("stated {word}, rounding {rounding}", word=m.group(), rounding=ctx.options.rounding),
            notes=(Note(Span(0, 1), "start"),), arithmetic="1 + 1 = 2",
        )


@rule("X002", "percent-sign", severity=Severity.WARNING)
def percent_sign(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """Flags every percent sign."""
    for m in re.finditer("%", doc.text):
        yield ctx.report(Span(m.start(), m.end()), "a percent sign")


FAKE_RULES = (flag_word, percent_sign)


@pytest.fixture
def fake_rules(monkeypatch: pytest.MonkeyPatch) -> tuple:
    monkeypatch.setattr(discovery, "_RULES", FAKE_RULES)
    return FAKE_RULES

"""Stable identities for findings: what a baseline records and CI tools deduplicate on.

A fingerprint hashes the rule code, the sentence the figure stands in (whitespace collapsed, NFC)
and the stated figure, and nothing positional, so a finding keeps its identity when paragraphs
are added or removed elsewhere in the document, and loses it when its own sentence changes.
"""
from __future__ import annotations

import hashlib
import unicodedata

from linter.core import lazyre
from linter.core.model import Diagnostic

# A sentence ends at . ! ? … followed by a space, or at a blank line; "1.234" and "12,5" stay whole.
_SENTENCE_END = lazyre.eager(r"[.!?…](?=\s)|\n[ \t]*\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding [start, end), whitespace collapsed and NFC-normalized."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    after = _SENTENCE_END.search(text, end)
    stop = after.end() if after else len(text)
    return " ".join(unicodedata.normalize("NFC", text[begin:stop]).split())


def fingerprint(d: Diagnostic, text: str | None) -> str:
    """A hex digest identifying `d` independently of its line and offset."""
    if text is None or d.span.end <= d.span.start:
        context, stated = d.message, ""
    else:
        context = sentence_around(text, d.span.start, d.span.end)
        stated = unicodedata.normalize("NFC", text[d.span.start:d.span.end])
    return hashlib.sha256("\x1f".join((d.code, context, stated)).encode("utf-8")).hexdigest()[:32]

"""Claim linking: which figures of a document are stated about which others."""
from __future__ import annotations

from dataclasses import dataclass

from linter.model import Claim, Document, Quantity


@dataclass(frozen=True)
class Analysis:
    quantities: tuple[Quantity, ...]
    claims: tuple[Claim, ...]


def analyse(doc: Document) -> Analysis:
    return Analysis(quantities=(), claims=())

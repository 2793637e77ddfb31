"""The bottom of the house: the data that flows through factlint (`model`: Span, Quantity, Claim and its
KINDS, Diagnostic, Document), and the start-up machinery (`record`, `lazyre`, `budget`).

Imports the standard library only. The start-up pieces are measured, not clever for their own
sake: `record` shares the dataclass methods instead of generating them per class, `lazyre` keeps
compiled patterns beside the bytecode, and `linter.entry` pauses the collector while the command
loads. A lazy import elsewhere may save start-up time; it never stands in for the package order,
which `tests/test_architecture.py` keeps: core → lang → (readers, figures) → claims → judge → rules
→ run → formats → cli.
"""
from __future__ import annotations

__version__ = "0.1.0"  # factlint's version, here so that every layer can name it (cache key, SARIF, --version)

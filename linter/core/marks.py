"""A number convention: the pair of marks a text writes its figures with, not the language it is in.

"1.234,5" and "1,234.5" are the two conventions factlint reads; a language pack declares its own
(`Lexicon.marks`), and the number grammar decides a document's from its figures. A German report
writes the marks a Vietnamese one does, and is not Vietnamese for that.
"""
from __future__ import annotations

from linter.core.record import record


@record
class NumberMarks:
    decimal: str
    group: str

    def swapped(self) -> NumberMarks:
        """The other convention of the two that share the same pair of marks ("1.234,5" ↔ "1,234.5")."""
        return NumberMarks(decimal=self.group, group=self.decimal)


COMMA_DECIMAL = NumberMarks(decimal=",", group=".")  # 1.234,5
POINT_DECIMAL = NumberMarks(decimal=".", group=",")  # 1,234.5


def with_decimal(mark: str) -> NumberMarks:
    """The convention of "." and "," whose decimal mark is `mark`."""
    return COMMA_DECIMAL if mark == "," else POINT_DECIMAL


def with_group(mark: str) -> NumberMarks:
    """The convention of "." and "," whose group mark is `mark`."""
    return COMMA_DECIMAL if mark == "." else POINT_DECIMAL

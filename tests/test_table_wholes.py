"""A share column without a totals row takes its whole from a count stated anywhere in the
document, however many tables stand between (the counts are indexed by value, not re-read)."""
from __future__ import annotations

from linter.run.engine import lint_text

FIRST = """| Group | Members |
| --- | --- |
| North | 1,200 |
| South | 800 |
| Total | 2,000 |
"""
BETWEEN = """| Year | Meetings |
| --- | --- |
| 2021 | 14 |
| 2022 | 17 |
"""


def _doc(north_share: str, fillers: int = 3) -> str:
    later = f"""| Group | Members | Share of all members |
| --- | --- | --- |
| North | 1,200 | {north_share} |
| South | 800 | 40.0% |
"""
    return "\n".join([FIRST, *[BETWEEN] * fillers, later])


def test_shares_far_from_their_whole_hold() -> None:
    result = lint_text(_doc("60.0%"), "en")
    assert [d for d in result.diagnostics if d.severity.name != "INFO"] == []
    assert result.claims_checked >= 3  # the first table's total and the two shares of its 2,000


def test_a_share_far_from_its_whole_altered_is_found() -> None:
    text = _doc("63.0%")
    found = [d for d in lint_text(text, "en").diagnostics if d.code.startswith("T")]
    assert [(d.code, text[d.span.start:d.span.end]) for d in found] == [("T002", "63.0%")]
    assert "63.0%" in found[0].message and "60.0%" in found[0].message

"""C002's points reading: an info note by default, a warning when the newsroom asks for it."""
from __future__ import annotations

from linter.run.config import Config
from linter.run.engine import lint_text

TEXT = "Tỷ lệ hộ nghèo tăng từ 20% lên 25%, tức tăng 5%."


def test_points_reading_is_an_info_note_by_default():
    assert lint_text(TEXT, "vi").diagnostics == ()
    [d] = lint_text(TEXT, "vi", config=Config(show_info=True)).diagnostics
    assert (d.code, d.severity.value, TEXT[d.span.start:d.span.end]) == ("C002", "info", "5%")
    assert "25,0%" in d.message and "5,0" in d.message


def test_points_reading_as_a_warning():
    config = Config(rule_options=(("C002", (("points-reading", "warning"),)),))
    [d] = lint_text(TEXT, "vi", config=config).diagnostics
    assert (d.code, d.severity.value) == ("C002", "warning")

"""In a list promised complete, 'vốn tăng thêm là …' names an item; it is no change of the total."""
from __future__ import annotations

from linter.run.engine import lint_text

TEXT = ("Tổng số vốn đăng ký bổ sung là 812.330 tỷ đồng, bao gồm: vốn của doanh nghiệp thành lập mới là 301.210 tỷ "
        "đồng và vốn tăng thêm là 511.120 tỷ đồng.")


def test_an_item_named_by_a_change_word_is_summed():
    result = lint_text(TEXT, "vi")
    assert result.diagnostics == ()
    assert ("sum", "consistent", "301.210 + 511.120 = 812.330, stated 812.330") in result.verified


def test_a_total_off_by_a_digit_is_reported_once():
    text = TEXT.replace("812.330", "812.333")
    (d,) = lint_text(text, "vi").diagnostics
    assert (d.code, text[d.span.start:d.span.end]) == ("S001", "812.333")
    assert d.message == "ghi tổng 812.333, nhưng các phần cộng lại được 812.330"


def test_a_change_told_in_an_item_is_no_part():
    text = ("Tổng số vốn đăng ký là 812.330 tỷ đồng, bao gồm: vốn mới 301.210 tỷ đồng, tăng 12%, và vốn của các "
            "doanh nghiệp cũ tăng 511.120 tỷ đồng.")  # 'tăng 511.120' without 'là' is a change
    result = lint_text(text, "vi")
    assert result.diagnostics == ()
    assert not any(kind == "sum" for kind, _, _ in result.verified)

"""Vietnamese scale words: "25,6 tỷ đồng" is 25.6 billion đồng, comparable with "700 triệu đồng"."""
from __future__ import annotations

from decimal import Decimal

from linter.figures.quantities import scan
from linter.run.engine import lint_text


def test_a_short_vietnamese_scale_word_scales_its_figure():
    (q,) = scan("Doanh thu đạt 25,6 tỷ đồng.", "vi").quantities
    assert (q.value, q.currency) == (Decimal("25.6") * 10 ** 9, "VND")
    (q,) = scan("Vốn đăng ký đạt 1,5 nghìn tỷ đồng.", "vi").quantities
    assert q.value == Decimal("1.5") * 10 ** 12


def test_a_rate_word_after_a_figure_is_no_scale():
    (q,) = scan("Năm nay có 3 tỷ lệ vượt chỉ tiêu.", "vi").quantities
    assert q.value == 3


BUDGET = "Doanh thu quý I của công ty đạt 1,2 tỷ đồng. Trong đó, bán lẻ 700 triệu đồng, bán buôn 500 triệu đồng."


def test_parts_in_millions_of_a_total_in_billions():
    result = lint_text(BUDGET, "vi")
    assert result.diagnostics == ()
    assert ("part_le_whole", "consistent", "500 ≤ 1.200") in result.verified  # the whole in the parts' millions
    assert ("sum", "consistent", "700 + 500 = 1.200, stated 1,2") in result.verified


def test_a_part_in_millions_larger_than_its_total_in_billions_is_reported():
    text = BUDGET.replace("500 triệu", "9.500 triệu")
    (d,) = lint_text(text, "vi").diagnostics
    assert d.code == "S002" and text[d.span.start:d.span.end] == "9.500"
    assert d.message == "phần 9.500 lớn hơn tổng thể 1.200"


HEADLINE = ("Dư nợ toàn tỉnh đạt trên 3 nghìn tỷ đồng\n\n"
            "Đến cuối tháng 6, tổng dư nợ các chương trình là 3.120.500 triệu đồng. Trong đó, cho vay hộ nghèo "
            "842.300 triệu đồng (chiếm 27,0%/tổng dư nợ), cho vay hộ cận nghèo 612.400 triệu đồng (chiếm 19,6%/tổng dư nợ).")


def test_a_headline_rounding_the_total_is_not_another_whole():
    assert lint_text(HEADLINE, "vi").diagnostics == ()
    text = HEADLINE.replace("27,0%", "27,3%")
    (d,) = lint_text(text, "vi").diagnostics
    assert (d.code, text[d.span.start:d.span.end]) == ("P001", "27,3%")
    assert d.message == "ghi 27,3%, tính ra 27,0%"

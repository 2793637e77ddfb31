"""A 'trong đó' list whose items open with names and carry their own changes, split at ';'."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

LIST = ("Sản lượng chè búp tươi quý II ước đạt 86.000 tấn, tăng 3% so với cùng kỳ, trong đó Thái Nguyên đạt "
        "37.500 tấn, tăng 2,1%; Phú Thọ đạt 21.400 tấn, tăng 4,8%; Yên Bái đạt 12.900 tấn, tăng 1,5%.")


def test_named_items_after_semicolons_are_parts_of_the_total():
    result = lint_text(LIST, "vi")
    assert result.diagnostics == ()
    assert ("part_le_whole", "consistent", "12.900 ≤ 86.000") in result.verified


@pytest.mark.parametrize("figure", ["21.400", "12.900"])
def test_a_later_named_item_larger_than_its_total_is_reported(figure):
    text = LIST.replace(figure, "9" + figure.replace(".", "")[:2] + "." + figure.replace(".", "")[2:])
    (d,) = lint_text(text, "vi").diagnostics
    wrong = text[d.span.start:d.span.end]
    assert d.code == "S002" and wrong.startswith("9") and wrong.replace("9", "", 1).replace(".", "") == figure.replace(".", "")
    assert d.message == f"phần {wrong} lớn hơn tổng thể 86.000"


@pytest.mark.parametrize("tail", [
    "Tổng sản lượng cả năm ước đạt 340.000 tấn.",  # a new statement of a larger total
    "Lâm Đồng năm trước đạt 132.000 tấn.",  # another time
    "Lâm Đồng cả năm đạt 132.000 tấn.",  # told another way, not an item of the list
    "Lâm Đồng đạt 132.000 tấn năm 2020.",  # another year, told after the figure
])
def test_a_capitalised_clause_that_is_not_an_item_is_not_held_within_the_total(tail):
    text = "Sản lượng chè búp tươi quý II ước đạt 86.000 tấn, trong đó Thái Nguyên đạt 37.500 tấn, tăng 2,1%; " + tail
    assert lint_text(text, "vi").diagnostics == ()

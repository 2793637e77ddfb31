"""'Trong các nguồn thu, …': a sentence naming the members of the total told before it."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

TEXT = ("Năm 2023, tổng thu ngân sách trên địa bàn huyện là 1.250 tỷ đồng, đạt 104% dự toán.\n\n"
        "Trong các nguồn thu, lớn nhất là thu nội địa với 870 tỷ đồng, đạt 98% dự toán, trong đó thu từ doanh nghiệp "
        "410 tỷ đồng; kế đến là thu từ đất 310 tỷ đồng.")


def test_sources_within_the_total_before_are_silent():
    result = lint_text(TEXT, "vi")
    assert result.diagnostics == ()
    assert ("part_le_whole", "consistent", "870 ≤ 1.250") in result.verified


@pytest.mark.parametrize("old, new", [("870 tỷ", "9.870 tỷ"), ("310 tỷ", "9.310 tỷ")])
def test_a_source_larger_than_the_total_before_is_reported(old, new):
    text = TEXT.replace(old, new)
    found = lint_text(text, "vi").diagnostics
    figure = new.split()[0]
    assert [(d.code, text[d.span.start:d.span.end], d.message) for d in found] == [("S002", figure, f"phần {figure} lớn hơn tổng thể 1.250")]


@pytest.mark.parametrize("text", [
    "Năm 2023, toàn huyện có 1.200 hộ nghèo. Trong các năm trước, có 1.500 hộ nghèo.",  # a time, not members
    "Tổng thu ngân sách đạt 3.250 tỷ đồng. Trong các khoản chi, chi đầu tư phát triển 4.100 tỷ đồng.",  # spending after revenue
    "Năm 2023, toàn huyện có 1.200 hộ nghèo và 2.300 hộ cận nghèo. Trong các xã vùng cao, có 1.500 hộ.",  # two wholes
])
def test_no_members_are_read_where_the_whole_is_not_known(text):
    assert not any(d.code == "S002" for d in lint_text(text, "vi").diagnostics)

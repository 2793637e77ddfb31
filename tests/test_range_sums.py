"""A total written as a range and broken down completely: each end is the sum of the same ends of the parts."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

PLAN = ("Kế hoạch năm 2026 là tạo thêm chỗ làm cho 1,6-1,7 triệu người, gồm tại các doanh nghiệp trong nước 1,45-1,55 triệu người; "
        "đi làm việc có thời hạn ở nước ngoài 150 nghìn người.")


def test_both_ends_of_a_range_total_are_checked():
    result = lint_text(PLAN, "vi")
    assert result.diagnostics == ()
    sums = [arithmetic for kind, verdict, arithmetic in result.verified if kind == "sum" and verdict == "consistent"]
    assert sums == ["1.450 + 150 = 1.600, stated 1,6", "1.550 + 150 = 1.700, stated 1,7"]


@pytest.mark.parametrize("range_, wrong, stated, computed", [("1,6-1,7", "1,6-1,8", "1,8", "1.700"), ("1,6-1,7", "1,5-1,7", "1,5", "1.600")])
def test_a_mistyped_end_is_reported_on_that_end(range_, wrong, stated, computed):
    text = PLAN.replace(range_, wrong)
    (d,) = lint_text(text, "vi").diagnostics
    assert d.code == "S001" and d.message.endswith(f"các phần cộng lại được {computed}")
    assert text[d.span.start:d.span.end] == stated


@pytest.mark.parametrize("text", [
    # "trong đó" may name some of the parts only
    "Năm 2026, cả nước phấn đấu tạo việc làm cho 1,6-1,7 triệu lao động, trong đó việc làm trong nước 1,3-1,4 triệu người; "
    "xuất khẩu lao động 150 nghìn người.",
    # an item with two counts is no item of this breakdown
    "Năm 2026, tỉnh phấn đấu trồng mới 1,2-1,5 nghìn ha rừng, gồm rừng sản xuất 0,8-1,0 nghìn ha; rừng phòng hộ 250 ha và 120 ha cây phân tán.",
])
def test_near_misses_are_left_alone(text):
    assert lint_text(text, "vi").diagnostics == ()

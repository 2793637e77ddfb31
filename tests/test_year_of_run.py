"""'Riêng năm 2025, …' gives one year's part of the figure a sentence before gave for a run of years holding it."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text
from tests._both_ways import assert_part_within

RUN = ("Giai đoạn 2021-2025, toàn tỉnh đã giải quyết việc làm cho 142.500 lao động, vượt 6% kế hoạch. "
       "Tỷ lệ lao động qua đào tạo đạt 70%. Riêng năm 2025, toàn tỉnh giải quyết việc làm cho 30.200 lao động, đạt 104% kế hoạch.")


def test_a_years_figure_within_its_run_is_checked():
    assert_part_within(RUN, "vi", "30.200", "330.200", "142.500")


def test_the_run_may_be_written_with_words_and_a_count_of_years():
    text = ("Trong 5 năm, từ năm 2016 đến năm 2020, huyện đã xây dựng mới 86 km đường giao thông nông thôn. "
            "Riêng năm 2020, huyện xây dựng mới 21 km đường giao thông nông thôn.")
    assert_part_within(text, "vi", "21", "121", "86", at="21 km")


@pytest.mark.parametrize("text", [
    # a year outside the run
    "Giai đoạn 2021-2025, toàn tỉnh giải quyết việc làm cho 142.500 lao động. Riêng năm 2026, toàn tỉnh giải quyết việc làm cho 150.000 lao động.",
    # an average over the run, not its total
    "Giai đoạn 2021-2025, bình quân mỗi năm giải quyết việc làm cho 28.500 lao động. Riêng năm 2025, toàn tỉnh giải quyết việc làm cho 30.200 lao động.",
    # another measure, led by other words
    "Giai đoạn 2021-2025, toàn tỉnh giải quyết việc làm cho 142.500 lao động. Riêng năm 2025, toàn tỉnh đào tạo nghề cho 150.000 lao động.",
    # a level, not a flow
    "Giai đoạn 2021-2025, số doanh nghiệp đang hoạt động đạt 4.200 doanh nghiệp. Riêng năm 2025, số doanh nghiệp đang hoạt động đạt 4.600 doanh nghiệp.",
])
def test_near_misses_are_left_alone(text):
    assert lint_text(text, "vi").diagnostics == ()

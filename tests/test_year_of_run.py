"""'Riêng năm 2025, …' gives one year's part of the figure a sentence before gave for a run of years holding it."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

RUN = ("Giai đoạn 2021-2025, toàn tỉnh đã giải quyết việc làm cho 142.500 lao động, vượt 6% kế hoạch. "
       "Tỷ lệ lao động qua đào tạo đạt 70%. Riêng năm 2025, toàn tỉnh giải quyết việc làm cho 30.200 lao động, đạt 104% kế hoạch.")


def test_a_years_figure_within_its_run_is_checked():
    result = lint_text(RUN, "vi")
    assert result.diagnostics == ()
    assert ("part_le_whole", "consistent", "30.200 ≤ 142.500") in result.verified


def test_a_years_figure_larger_than_its_runs_is_reported():
    text = RUN.replace("30.200", "330.200")
    (d,) = lint_text(text, "vi").diagnostics
    assert (d.code, d.message) == ("S002", "phần 330.200 lớn hơn tổng thể 142.500")
    assert text[d.span.start:d.span.end] == "330.200"


def test_the_run_may_be_written_with_words_and_a_count_of_years():
    text = ("Trong 5 năm, từ năm 2016 đến năm 2020, huyện đã xây dựng mới 86 km đường giao thông nông thôn. "
            "Riêng năm 2020, huyện xây dựng mới 21 km đường giao thông nông thôn.")
    assert ("part_le_whole", "consistent", "21 ≤ 86") in lint_text(text, "vi").verified
    (d,) = lint_text(text.replace("21 km", "121 km"), "vi").diagnostics
    assert (d.code, d.message) == ("S002", "phần 121 lớn hơn tổng thể 86")


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

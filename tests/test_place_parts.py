"""A place's count is part of the nation's count said shortly before with the same words."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

NATION = ("Năm 2025, cả nước có 1.071.400 thí sinh đăng ký dự thi tốt nghiệp trung học phổ thông. "
          "Hà Nội có 124.650 thí sinh đăng ký dự thi, nhiều nhất cả nước; tiếp theo là Thành phố Hồ Chí Minh.")
ONLY = ("Tính đến cuối năm 2024, cả nước có 6.250 xã đạt chuẩn nông thôn mới. "
        "Riêng tỉnh Thái Bình có 207 xã đạt chuẩn nông thôn mới.")


@pytest.mark.parametrize("text, figure, wrong, whole", [(NATION, "124.650", "1.124.650", "1.071.400"), (ONLY, "207", "7.207", "6.250")])
def test_a_places_count_within_the_nations(text, figure, wrong, whole):
    result = lint_text(text, "vi")
    assert result.diagnostics == ()
    assert ("part_le_whole", "consistent", f"{figure} ≤ {whole}") in result.verified
    altered = text.replace(figure, wrong)
    (d,) = lint_text(altered, "vi").diagnostics
    assert (d.code, d.message) == ("S002", f"phần {wrong} lớn hơn tổng thể {whole}")
    assert altered[d.span.start:d.span.end] == wrong


@pytest.mark.parametrize("text", [
    # a place not said to be of the nation (another country, a comparison)
    "Năm 2024, cả nước xuất khẩu 9,1 triệu tấn gạo các loại. Thái Lan xuất khẩu 9,9 triệu tấn gạo các loại.",
    # another year, other words
    "Năm 2025, cả nước có 6.250 xã đạt chuẩn nông thôn mới. Riêng năm 2020, Thái Bình có 7.000 xã đạt chuẩn nông thôn mới.",
    "Cả nước có 6.250 xã đạt chuẩn nông thôn mới. Riêng Thái Bình có 7.000 hộ đạt chuẩn gia đình văn hóa.",
    # the nation again
    "Năm 2025, cả nước có 6.250 xã đạt chuẩn nông thôn mới. Riêng năm nay, cả nước có thêm 7.000 xã đạt chuẩn nông thôn mới.",
])
def test_near_misses_are_left_alone(text):
    assert lint_text(text, "vi").diagnostics == ()

"""Those said to have come through a contest ("đạt giải", "đỗ", "trúng cử") are among those its sentence said entered it."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text
from tests._both_ways import assert_part_within


@pytest.mark.parametrize("text, part, wrong, whole", [
    ("Tại kỳ thi học sinh giỏi cấp quốc gia, tỉnh có 74 thí sinh dự thi, kết quả có 52 em đạt giải.", "52 em", "92", "74"),
    ("Năm học này toàn huyện có 3.215 học sinh đăng ký dự thi, trong kỳ thi vừa qua 3.108 học sinh đỗ tốt nghiệp.", "3.108 học", "4.108", "3.215"),
    ("Tại đơn vị bầu cử số 2, có 7 người ứng cử, 4 người trúng cử đại biểu Hội đồng nhân dân tỉnh.", "4 người", "9", "7"),
])
def test_an_outcome_is_among_the_entrants(text, part, wrong, whole):
    assert_part_within(text, "vi", part.split()[0], wrong, whole, at=part)


@pytest.mark.parametrize("text", [
    # prizes, not people; another time; a larger place
    "Tỉnh có 74 thí sinh dự thi, giành được 80 giải các loại.",
    "Năm nay tỉnh có 74 thí sinh dự thi, năm trước có 90 em đạt giải.",
    "Tỉnh có 74 thí sinh dự thi, cả nước có 3.700 em đạt giải.",
    # no entrants said: those who took part in something else
    "Huyện có 74 học sinh tham gia câu lạc bộ, 90 học sinh đạt giải các cuộc thi cấp huyện.",
])
def test_near_misses_are_left_alone(text):
    assert lint_text(text, "vi").diagnostics == ()

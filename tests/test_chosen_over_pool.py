"""Those chosen written over the pool they were chosen from: '48 đại biểu/75 ứng cử viên'."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

TEXT = ("Kết quả, cử tri đã bầu 9 đại biểu/15 ứng cử viên đại biểu Quốc hội, 48 đại biểu/75 ứng cử viên "
        "đại biểu HĐND tỉnh và 312 đại biểu/520 ứng cử viên đại biểu HĐND cấp huyện.")


def test_delegates_within_their_candidates_are_silent():
    result = lint_text(TEXT, "vi")
    assert result.diagnostics == ()
    assert ("part_le_whole", "consistent", "312 ≤ 520") in result.verified


@pytest.mark.parametrize("old, new, whole", [("48 đại", "948 đại", "75"), ("312 đại", "9.312 đại", "520")])
def test_more_delegates_than_candidates_is_reported(old, new, whole):
    text = TEXT.replace(old, new)
    (d,) = lint_text(text, "vi").diagnostics
    figure = new.split()[0]
    assert (d.code, text[d.span.start:d.span.end], d.message) == ("S002", figure, f"phần {figure} lớn hơn tổng thể {whole}")


@pytest.mark.parametrize("text", [
    "Bình quân cứ 1 đại biểu/25.000 cử tri; năm nay có 2 đại biểu/1 đơn vị bầu cử.",  # a ratio, not a pool
    "Tỷ số giới tính khi sinh là 125 nam/100 nữ.",  # two groups, neither drawn from the other
    "Mỗi đơn vị bầu 3 đại biểu/2 ứng cử viên dự khuyết.",  # no pool of candidates named: reserves
])
def test_a_slash_between_other_nouns_is_no_count_over_its_pool(text):
    assert not any(d.code == "S002" for d in lint_text(text, "vi").diagnostics)

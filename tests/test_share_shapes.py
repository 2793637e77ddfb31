"""Shares whose part and whole are written in other common shapes: each unit after its figure, the
whole named and then given in parentheses, a '(part of whole)' pair."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

SHAPES = [
    ("vi", "Số hộ sử dụng nước sạch là 45.300 hộ/52.100 hộ, đạt 86,9%.", "86,9%", "89,6%", "45.300 / 52.100 = 86,9%"),
    ("vi", "Đã giải ngân 1.820 tỷ đồng/2.400 tỷ đồng vốn được giao, đạt 75,8%.", "75,8%", "78,5%", "1.820 / 2.400 = 75,8%"),
    ("vi", "Số lao động qua đào tạo là 18.400 người, chiếm 62,3% tổng số lao động (29.530 người).", "62,3%", "63,2%", "18.400 / 29.530 = 62,3%"),
    ("en", "Women made up 35.6% of members (1,120 of 3,146).", "35.6%", "36.5%", "1,120 / 3,146 = 35.6%"),
]


@pytest.mark.parametrize("lang,text,share,wrong,arithmetic", SHAPES)
def test_the_share_is_checked_against_the_part_and_whole_it_names(lang, text, share, wrong, arithmetic):
    assert ("percent", "consistent", f"{arithmetic}, stated {share}") in lint_text(text, lang).verified
    (d,) = lint_text(text.replace(share, wrong), lang).diagnostics
    assert (d.code, d.arithmetic) == ("P001", f"{arithmetic} ≠ {wrong}")


def test_a_pairing_of_two_nouns_is_not_a_fraction():
    assert lint_text("Toàn xã có 9 chi bộ/9 thôn, đạt 100%.", "vi").verified == ()


def test_made_up_is_not_a_change():
    assert lint_text("Women made up 35.6% of members (1,120 of 3,146).", "en").verified[0][0] == "percent"


def test_the_arithmetic_is_written_in_the_figures_own_scale():
    (d,) = lint_text("Of the $12.5 billion, $3.2 billion (28.6%) came from the state.", "en").diagnostics
    assert (d.message, d.arithmetic) == ("stated 28.6%, computed 25.6%", "3.2 / 12.5 = 25.6% ≠ 28.6%")
    (d,) = lint_text("Of the $12.5 billion, $320 million (28.6%) came from the state.", "en").diagnostics
    assert d.arithmetic == "320 / 12,500 = 2.6% ≠ 28.6%"  # two scales: written in the smaller, millions


def test_a_part_larger_than_its_only_whole_is_judged_only_as_a_typo_of_the_part():
    # one slip of the part (111.520 for 11.520) makes the share hold: both its findings stay
    slip = "Toàn Đảng bộ có 12.480 đảng viên, trong đó đảng viên chính thức 111.520 đồng chí, chiếm 92,31%."
    assert [(d.code, slip[d.span.start:d.span.end]) for d in lint_text(slip, "vi").diagnostics] == [("S002", "111.520"), ("P001", "92,31%")]
    # no slip of the part gives 82,0% of the 18 added: that count is not the share's whole, which is not in the text
    added = "Giai đoạn 2021-2025, huyện có thêm 18 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 41 xã, chiếm 82,0% tổng số xã."
    assert lint_text(added, "vi").diagnostics == ()


def test_shares_past_the_first_group_of_a_run_on_sentence_are_read():
    # more shares than one group holds in one sentence: each is weighed with its own group, none crashes the linker
    text = ", ".join(f"xã {k} có {400 + k} hộ, chiếm {k % 9 + 1}%" for k in range(1, 80)) + "."
    assert not [d for d in lint_text(text, "vi").diagnostics if d.code.startswith("F")]

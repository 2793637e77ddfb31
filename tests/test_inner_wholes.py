"""A whole named inside a sentence ('…, trong 120 người ứng cử, có 75 người trúng cử') holds the parts given after it."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

CASES = [
    ("Ở cấp huyện, trong 120 người ứng cử, có 75 người trúng cử, đủ số đại biểu được ấn định.", "75", "975"),
    ("Thành tích năm nay giảm khi trong tổng số 80 thí sinh dự thi chỉ 45 thí sinh đạt giải.", "45", "945"),
    ("Theo Cục Thống kê, trong 12.000 doanh nghiệp thành lập trong 6 tháng đầu năm có 11.400 doanh nghiệp "
     "ngoài nhà nước và 600 doanh nghiệp có vốn nước ngoài.", "600", "96.000"),
]


@pytest.mark.parametrize("text, _old, _new", CASES)
def test_parts_within_an_inner_whole_are_silent(text, _old, _new):
    result = lint_text(text, "vi")
    assert result.diagnostics == ()
    assert any(kind == "part_le_whole" and status == "consistent" for kind, status, _ in result.verified)


@pytest.mark.parametrize("text, old, new", CASES)
def test_a_part_larger_than_its_inner_whole_is_reported(text, old, new):
    text = text.replace(f" {old} ", f" {new} ", 1)
    (d,) = [d for d in lint_text(text, "vi").diagnostics if d.code == "S002"]
    assert text[d.span.start:d.span.end] == new
    whole = {"975": "120", "945": "80", "96.000": "12.000"}[new]
    assert d.message == f"phần {new} lớn hơn tổng thể {whole}"


@pytest.mark.parametrize("text", [
    "Theo kế hoạch, trong 5 năm tới có 1.200 hộ được hỗ trợ vay vốn.",  # a period, not a whole
    "Tỉnh có 14 huyện, trong 3 huyện có 11 xã đạt chuẩn nông thôn mới.",  # the part counts another thing
    "Ở cấp huyện, trong 120 người ứng cử, có 75 người trúng cử; toàn tỉnh có 1.300 người trúng cử.",  # another clause
    "Năm nay, trong 120 hồ sơ đã nhận, năm trước có 340 hồ sơ được giải quyết.",  # another figure before the part
])
def test_no_inner_whole_is_read_where_none_is_named(text):
    assert not any(d.code == "S002" for d in lint_text(text, "vi").diagnostics)


THEN = "Năm học này, toàn tỉnh có 64 học sinh tham dự kỳ thi chọn học sinh giỏi quốc gia thì có đến 51 em đoạt giải."


def test_a_part_after_thi_co_within_its_count_is_silent():
    result = lint_text(THEN, "vi")
    assert result.diagnostics == ()
    assert ("part_le_whole", "consistent", "51 ≤ 64") in result.verified


def test_a_part_after_thi_co_larger_than_its_count_is_reported():
    text = THEN.replace("51 em", "951 em")
    (d,) = lint_text(text, "vi").diagnostics
    assert (d.code, text[d.span.start:d.span.end], d.message) == ("S002", "951", "phần 951 lớn hơn tổng thể 64")


@pytest.mark.parametrize("text", [
    "Nếu mỗi xã có 20 hộ vay vốn thì có 300 hộ được hỗ trợ.",  # a condition, not a part
    "Huyện có 12 xã thì có 300 hộ được hỗ trợ.",  # the part counts another thing
    "Năm nay có 64 học sinh dự thi, năm trước thì có 75 em dự thi.",  # another clause
])
def test_no_part_is_read_after_thi_co_where_none_is_told(text):
    assert not any(d.code == "S002" for d in lint_text(text, "vi").diagnostics)


@pytest.mark.parametrize("text", [
    "Theo số liệu năm 2022, cứ 100 trẻ em gái sinh ra thì có 112 trẻ em trai.",
    "Năm 2022, trên 1.000 trẻ em gái sinh ra thì có 1.120 trẻ em trai.",
])
def test_a_ratio_told_with_thi_co_is_no_part(text):
    assert lint_text(text, "vi").diagnostics == ()

"""An amount added, told with the total it brings, is within that total (linter/claims/additions.py)."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

CASES = [
    ("vi", "Năm qua, Đảng bộ huyện kết nạp 312 đảng viên mới, nâng tổng số đảng viên toàn huyện lên 2.450 đảng viên.",
     "312", "9.312", "phần 9.312 lớn hơn tổng thể 2.450"),
    ("vi", "Lượng hàng thông qua cảng tháng 9 ước đạt 640.000 tấn, tăng 2,8% so với cùng kỳ, đưa tổng lượng hàng "
           "9 tháng đầu năm đạt 5,3 triệu tấn.", "640.000", "6.640.000", "phần 6.640.000 lớn hơn tổng thể 5.300.000"),
    ("en", "The county opened 14 new libraries this year, bringing the total to 61 libraries.",
     "14 new", "94 new", "the part 94 exceeds its whole 61"),
    ("en", "The city paid off an additional $18 million of its bonds in June and has paid off a total of $52 million since January.",
     "$18 million", "$98 million", "the part 98 exceeds its whole 52"),
]


@pytest.mark.parametrize("lang, text, _a, _b, _m", CASES)
def test_an_addition_within_the_total_it_brings_is_silent(lang, text, _a, _b, _m):
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    assert any(kind == "part_le_whole" and status == "consistent" for kind, status, _ in result.verified)


@pytest.mark.parametrize("lang, text, old, new, message", CASES)
def test_an_addition_larger_than_the_total_it_brings_is_reported(lang, text, old, new, message):
    text = text.replace(old, new, 1)
    (d,) = lint_text(text, lang).diagnostics
    assert d.code == "S002" and d.message == message
    assert new.lstrip("$").startswith(text[d.span.start:d.span.end].lstrip("$"))


@pytest.mark.parametrize("lang, text", [
    # a total brought down: what was taken may exceed what is left
    ("vi", "Năm nay có 1.500 hộ thoát nghèo, đưa tổng số hộ nghèo toàn tỉnh xuống còn 1.200 hộ."),
    ("en", "The agency cut 900 jobs, bringing the total down to 600 jobs."),
    # the amount added counts another thing than the total
    ("vi", "Tỉnh thu hút thêm 12.500 tỷ đồng vốn đầu tư, nâng tổng số dự án lên 345 dự án."),
    ("en", "The firm invested $450 million, bringing the total to 38 plants."),
    # the figure before is of another clause
    ("vi", "Năm 2015 huyện có 5.200 đảng viên; nhiều năm qua kết nạp thêm, nâng tổng số đảng viên lên 6.450 đảng viên sau khi chia tách còn 2.450 đảng viên."),
])
def test_no_addition_is_read_where_none_is_told(lang, text):
    assert not any(d.code == "S002" for d in lint_text(text, lang).diagnostics)


def test_a_change_on_last_year_between_is_not_the_amount_added():
    text = ("Năm 2023, toàn Đảng bộ kết nạp được 1.970 đảng viên, tăng 123 đảng viên so với năm 2022, "
            "nâng tổng số đảng viên lên 36.158 đồng chí.")
    verified = lint_text(text, "vi").verified
    assert ("part_le_whole", "consistent", "1.970 ≤ 36.158") in verified
    assert not any("123 ≤" in arithmetic for _, _, arithmetic in verified)


SO = ("Trong năm 2023, Đảng bộ huyện đã kết nạp 312 đảng viên mới. Trong số này, có 45 đảng viên là đoàn viên thanh "
      "niên. Như vậy đến nay, Đảng bộ huyện có 5.420 đảng viên.")


def test_an_amount_added_within_the_total_a_summing_sentence_tells_is_silent():
    result = lint_text(SO, "vi")
    assert result.diagnostics == ()
    assert ("part_le_whole", "consistent", "312 ≤ 5.420") in result.verified


def test_an_amount_added_larger_than_the_total_a_summing_sentence_tells_is_reported():
    text = SO.replace("312 đảng", "9.312 đảng")
    (d,) = lint_text(text, "vi").diagnostics
    assert (d.code, text[d.span.start:d.span.end], d.message) == ("S002", "9.312", "phần 9.312 lớn hơn tổng thể 5.420")


@pytest.mark.parametrize("text", [
    "Năm 2023, huyện kết nạp 312 đảng viên mới. Như vậy, số đảng viên giảm còn 240 đảng viên do chuyển sinh hoạt.",  # left
    "Năm 2020, huyện kết nạp 500 đảng viên. Đến nay, chi bộ thôn A có 45 đảng viên.",  # no summing word: another unit
    "Năm 2023, huyện kết nạp 312 đảng viên. Như vậy, chỉ tiêu năm sau là 280 đảng viên.",  # a target
    "Năm 2023, tỉnh kết nạp 1.200 đảng viên. Như vậy, bình quân mỗi chi bộ kết nạp 3 đảng viên.",  # a rate per unit
])
def test_no_summing_total_is_read_where_none_is_told(text):
    assert not any(d.code == "S002" for d in lint_text(text, "vi").diagnostics)


def test_an_amount_taken_away_is_not_held_within_what_is_left():
    assert lint_text("The company cut 3,000 jobs this year, bringing its total workforce to 1,200.", "en").diagnostics == ()
    assert lint_text("Năm nay doanh nghiệp cắt giảm 3.000 lao động, đưa tổng số lao động về 1.200 người.", "vi").diagnostics == ()

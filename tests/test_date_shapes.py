"""Dates and periods that look like numbers or year ranges: a day.month written with a dot in
Vietnamese news, seasons and school, crop and fiscal years."""
from __future__ import annotations

import datetime as dt

import pytest

from linter.figures.dates import find_dates
from linter.run.engine import lint_text


def found(text: str, lang: str | None = None) -> list[tuple[str, str, str]]:
    """(code, the text of the span, message) of every finding."""
    result = lint_text(text, lang)
    return [(d.code, text[d.span.start:d.span.end], d.message) for d in result.diagnostics]


# --- a day.month with a dot, after a day word or in a dateline, is a date --------------------------------

DOTTED_DATES = [
    "Chiều 14.3, Sở Y tế công bố thêm 1.250 ca mắc mới; toàn tỉnh đã tiêm cho 3.400 người.",
    "Sáng 2.9, huyện tổ chức lễ mít tinh với 1.200 người tham dự, trong đó có 350 học sinh.",
    "Kế hoạch kéo dài đến ngày 30.4, với 2.150 hộ đăng ký và 12.600 suất quà.",
    "Từ ngày 1.6 đến 30.6, xã tiêm vắc xin cho 1.420 trẻ và 2.300 người cao tuổi.",
    "Hôm 5.9 và 6.9, trường đón 1.320 học sinh lớp 1; năm học mới có 4.560 học sinh.",
    "(PV) 18.7, Ban chỉ đạo cho biết đã hỗ trợ 3.250 hộ, tổng kinh phí 12.500 triệu đồng.",
    "Tối 24.12, nhà thờ đón khoảng 2.000 người; lực lượng chức năng huy động 150 người.",
    "Sáng nay (9.10), bệnh viện tiếp nhận 1.320 lượt khám; tuần qua có 8.450 lượt.",
    "Hôm qua 8.10, bệnh viện tiếp nhận 1.320 lượt khám; tuần qua có 8.450 lượt.",
    "Chiều thứ Sáu (11.10), xã bàn giao 1.120 suất quà cho 1.120 hộ.",
    "Thứ Sáu, 11.10, xã bàn giao 1.120 suất quà cho 1.120 hộ.",
    "Trong hai ngày 12 và 13.10, tỉnh đón 12.400 lượt khách; ngày 14-15.10 đón thêm 9.800 lượt.",
    "Từ 1.10, giá điện áp dụng cho 12.400 hộ; 1.250 hộ được miễn giảm.",
    "Tuần qua (từ 7.10 đến 13.10), tỉnh ghi nhận 1.250 ca; 3.400 người được tiêm.",
    "Trước 31.12, các xã phải hoàn thành 1.250 hồ sơ cho 3.400 hộ.",
]


@pytest.mark.parametrize("text", DOTTED_DATES)
def test_a_dotted_day_month_after_a_day_word_is_a_date(text):
    assert found(text, "vi") == []


def test_a_real_english_decimal_beside_a_dotted_date_is_still_reported():
    text = "Chiều 14.3, Sở Y tế công bố thêm 1.250 ca mắc mới, tăng 16.6% so với tuần trước; 3.400 người đã được tiêm."
    assert found(text, "vi") == [
        ("N001", "16.6%", "16.6% dùng quy ước dấu thập phân khác với văn bản này; đọc là 16,6%, theo dấu của văn bản này sẽ là 166"),
    ]


def test_a_day_word_used_as_a_unit_of_time_does_not_make_a_date():
    # "mỗi ngày 2.5 tấn" is a rate per day: 2.5 is a number with the other decimal mark
    text = "Mỗi ngày 2.5 tấn rác được thu gom; xã có 1.250 hộ với 4.300 nhân khẩu."
    assert [(code, span) for code, span, _ in found(text, "vi")] == [("N001", "2.5")]


def test_a_dotted_number_that_is_no_day_and_month_stays_a_number():
    # month 13 does not exist: "12.13" after "ngày" is a number written the English way
    text = "Ngày 12.13, Sở công bố 1.250 ca mắc; 3.400 người đã được tiêm."
    assert [(code, span) for code, span, _ in found(text, "vi")] == [("N001", "12.13")]


def test_a_range_of_change_is_no_pair_of_dates():
    # "tăng từ 2.5 đến 3.1 tấn": a word of change before "từ" makes it a range of figures
    text = "Năng suất tăng từ 2.5 đến 3.1 tấn; xã có 1.250 hộ với 4.300 nhân khẩu."
    assert [(code, span) for code, span, _ in found(text, "vi")] == [("N001", "2.5"), ("N001", "3.1")]


def test_an_ordinal_is_no_weekday_before_a_date():
    # "thứ hai" after "xếp" is second place: the figure in the parenthesis is a score
    text = "Đội xếp thứ hai (2.5 điểm); giải có 1.250 vận động viên của 3.400 câu lạc bộ."
    assert [(code, span) for code, span, _ in found(text, "vi")] == [("N001", "2.5")]


def test_a_dotted_date_followed_by_a_scale_word_is_a_number():
    text = "Tối 1.5 triệu người xem; xã có 1.250 hộ với 4.300 nhân khẩu."
    assert [(code, span) for code, span, _ in found(text, "vi")] == [("N001", "1.5")]


def test_dotted_dates_are_read_as_dates():
    text = "Từ ngày 1.6 đến 30.6, xã tiêm cho 1.420 trẻ; chiều 2.7 tổng kết."
    days = [d for d in find_dates(text, "vi") if d.granularity == "day"]
    assert [d.raw for d in days] == ["1.6", "30.6", "2.7"]


def test_a_day_and_month_with_a_slash_after_a_day_word_is_a_date():
    consistent = "Hội nghị diễn ra trong 2 ngày (21-22/8); có 47 ủy viên dự, trong đó 9 ủy viên nữ."
    assert found(consistent) == []
    assert [(d.granularity, d.raw) for d in find_dates(consistent, "vi")][:1] == [("day", "21-22/8")]
    altered = consistent.replace("9 ủy viên nữ", "59 ủy viên nữ")
    assert found(altered) == [("S002", "59", "phần 59 lớn hơn tổng thể 47")]


def test_a_bare_count_over_its_whole_is_no_date():
    # no day word: "38/45" stays a count over its whole, and its share is checked
    assert found("Đến ngày 12/9, có 38/45 xã đạt chuẩn, đạt 84,44%.") == []
    assert found("Đến ngày 12/9, có 38/45 xã đạt chuẩn, đạt 86,44%.") == [("P001", "86,44%", "ghi 86,44%, tính ra 84,44%")]


def test_a_weekday_beside_a_dotted_date_with_its_year_is_checked():
    assert found("Thứ Hai, 16.6.2025, Sở Y tế công bố 1.250 ca mắc mới.", "vi") == []
    assert found("Thứ Ba, 16.6.2025, Sở Y tế công bố 1.250 ca mắc mới.", "vi") == [
        ("D002", "Thứ Ba", "16.6.2025 là Thứ Hai, không phải Thứ Ba"),
    ]
    assert [d.readings for d in find_dates("Chiều thứ Hai, 16.6.2025", "vi") if d.readings] == [(dt.date(2025, 6, 16),)]


# --- seasons, school years, crop years and fiscal years are one period, not years to list --------------

SEASONS = [
    ("en", "In his first year in the league (2011-12), he averaged 8.5 points and 3.1 rebounds."),
    ("en", "In her third full season (2014-15) she scored 612 points."),
    ("en", "The club finished the 2014-15 season with 81 points, 6 more than the 75 it had in 2013-14."),
    ("en", "In FY 2020-21, revenue rose 12% to $56 million from $50 million."),
    ("en", "Over the school year 2019-2020, the district enrolled 4,200 pupils in its first grade."),
    ("vi", "Trong 4 năm, từ năm học 2019-2020 đến năm học 2022-2023, trường đón 12.500 học sinh."),
    ("vi", "Niên vụ 2022-2023, tỉnh xuất khẩu 1.200 tấn cà phê, tăng 20% so với niên vụ 2021-2022 (1.000 tấn)."),
]


@pytest.mark.parametrize("lang,text", SEASONS)
def test_a_season_is_one_period(lang, text):
    assert found(text, lang) == []


def test_seasons_are_read_as_seasons():
    kinds = {d.raw: d.granularity for d in find_dates("the 2011-12 and 2012-13 campaigns; năm học 2023-2024", "en")}
    assert kinds == {"2011-12": "season", "2012-13": "season", "2023-2024": "range"}
    kinds = {d.raw: d.granularity for d in find_dates("the 2019-2020 school year; the 2016-2019 seasons; 2016-2017", "en")}
    assert kinds == {"2019-2020": "season", "2016-2019": "term", "2016-2017": "range"}
    kinds = {d.raw: d.granularity for d in find_dates("năm học 2023-2024, niên khóa 2020-2025, giai đoạn 2021-2022", "vi")}
    assert kinds == {"2023-2024": "season", "2020-2025": "term", "giai đoạn 2021-2022": "range"}
    assert [d.granularity for d in find_dates("In FY 2020-21, revenue rose.", "en")] == ["season"]


def test_a_period_whose_listed_years_do_not_match_is_still_reported():
    ok = "Giai đoạn 2011-2014, xã kết nạp 40 đảng viên (2011 kết nạp 9, năm 2012 là 10, năm 2013 là 11 và 2014 kết nạp 10)."
    assert found(ok, "vi") == []
    bad = ok.replace("2011-2014", "2011-2015")
    assert found(bad, "vi") == [("D001", "2015", "khoảng 2011–2015 có 5 năm, nhưng số liệu liệt kê chỉ gồm 2011–2014")]


def test_a_range_that_is_no_season_still_counts():
    assert found("In his third title run (2011, 2013-2014), he scored 900 points.", "en") == []
    bad = "In his fourth title run (2011, 2013-2014), he scored 900 points."
    assert found(bad, "en") == [("D001", "2014", "fourth does not match the 3 years listed")]


def test_a_misprinted_season_is_still_reported():
    assert found("He scored 25 points in 11 straight seasons from 1987-88 to 1997-98.", "en") == []
    assert found("He scored 25 points in the 1997-99 season.", "en") == [
        ("D001", "99", "the season 1997-99 should end in 98: a season runs into the next year"),
    ]

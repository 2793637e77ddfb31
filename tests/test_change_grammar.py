"""Ways reports state a change, a plan or a period, and parentheses that give another time, not a part."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text


def found(text: str, lang: str) -> list[tuple]:
    result = lint_text(text, lang)
    return [(d.code, d.message, d.arithmetic) for d in result.diagnostics]


def verified(text: str, lang: str) -> set[tuple]:
    return set(lint_text(text, lang).verified)


# the change stated after the later value, then its base
CHANGE_THEN_BASE = [
    ("en", "Revenue was $4.32 billion, up 8% from $4.0 billion.", ("change_pct", "consistent", "(4.32 − 4.0) / 4.0 = 8%, stated 8%")),
    ("en", "Revenue rose 8% to $4.32 billion from $4.0 billion.", ("change_pct", "consistent", "(4.32 − 4.0) / 4.0 = 8%, stated 8%")),
    ("en", "The county recorded 18,402 births in 2023, down 1,137 from 19,539 in 2022.",
     ("diff", "consistent", "19,539 − 18,402 = 1,137, stated 1,137")),
    ("en", "Births fell from 19,539 in 2022 to 18,402 in 2023, a decrease of 1,137.",
     ("diff", "consistent", "19,539 − 18,402 = 1,137, stated 1,137")),
    ("en", "The poverty rate fell to 2.15% in 2023 from 2.86% in 2022, a drop of 0.71 percentage points.",
     ("diff", "consistent", "2.86% − 2.15% = 0.71, stated 0.71")),
    ("en", "The county's jobless rate fell to 3.8% in May from 4.1% in April, a decline of 0.3 percentage point.",
     ("diff", "consistent", "4.1% − 3.8% = 0.3, stated 0.3")),
    ("en", "Sales rose to $150m from $120m, a 25% increase.", ("change_pct", "consistent", "(150 − 120) / 120 = 25%, stated 25%")),
    ("en", "The hospital treated 1,450 patients in 2023, 22% more than the 1,188 it saw in 2022.",
     ("change_pct", "consistent", "(1,450 − 1,188) / 1,188 = 22%, stated 22%")),
    ("en", "The median household income was $58,200, about 12% below the state median of $66,100.",
     ("change_pct", "consistent", "(58,200 − 66,100) / 66,100 = -12%, stated 12%")),
    ("en", "The school's graduation rate climbed to 91%, 6 points higher than in 2019 (85%).", ("diff", "consistent", "91% − 85% = 6, stated 6")),
    ("vi", "Bệnh viện đã khám cho 1.450 lượt bệnh nhân trong năm 2023, nhiều hơn 22% so với năm 2022 (1.188 lượt).",
     ("change_pct", "consistent", "(1.450 − 1.188) / 1.188 = 22%, stated 22%")),
    ("vi", "Có 7.120 người thất nghiệp, nhiều hơn 380 người so với tháng 2 (6.740 người).", ("diff", "consistent", "7.120 − 6.740 = 380, stated 380")),
    ("vi", "Doanh thu quý III/2023 đạt 450 tỷ đồng, tăng 12,5% so với quý II (400 tỷ đồng).",
     ("change_pct", "consistent", "(450 − 400) / 400 = 12,5%, stated 12,5%")),
    ("vi", "Năm 2023 còn 1.245 hộ nghèo, giảm 312 hộ so với năm 2022 (1.557 hộ).", ("diff", "consistent", "1.557 − 1.245 = 312, stated 312")),
    ("vi", "Số hộ nghèo giảm từ 1.557 hộ năm 2022 xuống còn 1.245 hộ năm 2023, giảm 312 hộ.",
     ("diff", "consistent", "1.557 − 1.245 = 312, stated 312")),
    ("vi", "Kim ngạch xuất khẩu đạt 2,5 tỷ USD, tăng 12,6% so với cùng kỳ năm trước (2,22 tỷ USD).",
     ("change_pct", "consistent", "(2,5 − 2,22) / 2,22 = 12,6%, stated 12,6%")),
]


@pytest.mark.parametrize("lang,text,claim", CHANGE_THEN_BASE)
def test_a_change_stated_with_its_base_is_checked(lang, text, claim):
    assert found(text, lang) == []
    assert claim in verified(text, lang)


def test_a_wrong_change_stated_with_its_base_is_reported():
    assert found("The county recorded 18,402 births in 2023, down 1,173 from 19,539 in 2022.", "en") == [
        ("C001", "stated difference 1,173, computed 1,137", "19,539 − 18,402 = 1,137 ≠ 1,173"),
    ]
    assert found("Kim ngạch xuất khẩu đạt 2,5 tỷ USD, tăng 15,6% so với cùng kỳ năm trước (2,22 tỷ USD).", "vi") == [
        ("C002", "ghi mức thay đổi 15,6%, tính ra 12,6%", "(2,5 − 2,22) / 2,22 = 12,6% ≠ 15,6%"),
    ]


def test_a_change_with_no_word_of_direction_is_judged_by_its_magnitude_and_a_name_is_not_a_count():
    assert found("The index slipped 0.8% to 4,350 from 4,385.", "en") == []
    assert found("The index moved 0.8% to 4,350 from 4,385.", "en") == []
    text = "The Dow fell 1.2%, or 410 points, to 33,800, while the S&P 500 slipped 0.8% to 4,350."
    assert found(text, "en") == []  # "S&P 500" names an index; "slipped 0.8%" is a change, not a share
    assert found("Revenue rose 8% to $4.0 billion from $4.32 billion.", "en") == [
        ("C002", "stated a rise of 8%, but the figures fall by 7.4%", "(4.0 − 4.32) / 4.32 = -7.4% ≠ +8%")]


def test_figures_of_two_scales_are_written_in_the_smaller():
    assert found("Revenue rose from $950 million to $1.2 billion, up 36%.", "en") == [
        ("C002", "stated change 36%, computed 26.3%", "(1,200 − 950) / 950 = 26.3% ≠ 36%")]
    assert found("Revenue rose from $950 million to $1.2 billion, an increase of $350 million.", "en") == [
        ("C001", "stated difference 350, computed 250", "1,200 − 950 = 250 ≠ 350")]


def test_a_change_whose_figures_go_the_other_way_says_so_with_the_signed_arithmetic():
    text = "Số lượt khám bệnh đạt 48.340 lượt, tăng 3,9% so với năm trước (49.385 lượt)."
    (d,) = lint_text(text, "vi").diagnostics
    assert (d.code, d.message, d.arithmetic, d.computed) == (
        "C002", "ghi tăng 3,9%, nhưng số liệu giảm 2,1%", "(48.340 − 49.385) / 49.385 = -2,1% ≠ +3,9%", None)
    assert found("Sales fell 20% from $120m to $150m.", "en") == [
        ("C002", "stated a fall of 20%, but the figures rise by 25.0%", "(150 − 120) / 120 = 25.0% ≠ -20%"),
    ]


def test_a_share_of_the_budget_with_the_budget_in_parentheses():
    text = "Thu ngân sách đạt 8.250 tỷ đồng, bằng 103,1% dự toán (8.000 tỷ đồng)."
    assert found(text, "vi") == []
    assert ("target", "consistent", "8.250 / 8.000 = 103,1%, stated 103,1%") in verified(text, "vi")
    text = "Năm 2022, Đảng bộ huyện kết nạp được 186 đảng viên mới, đạt 103,3% so với chỉ tiêu Nghị quyết (180 đảng viên)."
    assert ("target", "consistent", "186 / 180 = 103,3%, stated 103,3%") in verified(text, "vi")
    text = "The program placed 25,400 people in new jobs, 101.6% of its annual target of 25,000."
    assert ("target", "consistent", "25,400 / 25,000 = 101.6%, stated 101.6%") in verified(text, "en")
    assert found("Tax receipts reached $8.25 billion, 101.3% of the budget ($8.0 billion).", "en") == [
        ("C003", "stated 101.3% of the plan, computed 103.1%", "8.25 / 8.0 = 103.1% ≠ 101.3%"),
    ]


@pytest.mark.parametrize("lang,text", [
    ("en", "The 10-year plan runs from 2021 to 2032."),
    ("vi", "Kế hoạch giai đoạn 5 năm 2021-2027 đã hoàn thành."),
])
def test_a_period_named_by_its_length_must_fit_its_years(lang, text):
    assert [code for code, _, _ in found(text, lang)] == ["D001"]


def test_a_total_named_after_its_parts():
    text = "Ông A trúng cử với 12.430 phiếu (54,2%), ông B được 9.870 phiếu (43,1%), phiếu không hợp lệ 620 (2,7%), tổng số phiếu là 22.920."
    assert ("sum", "consistent", "12.430 + 9.870 + 620 = 22.920, stated 22.920") in verified(text, "vi")
    assert found(text.replace("22.920", "22.950"), "vi") == [("S001", "ghi tổng 22.950, nhưng các phần cộng lại được 22.920", "12.430 + 9.870 + 620 = 22.920 ≠ 22.950")]


def test_a_count_of_years_right_before_its_range_and_a_sum_in_billions():
    assert ("date_range", "consistent", "stated 2023 with start 2021, count 3") in verified(
        "Trong 3 năm 2021 - 2023, toàn huyện xây dựng được 45 km đường giao thông nông thôn.", "vi")
    assert [code for code, _, _ in found("Trong 3 năm 2021 - 2025, toàn huyện xây dựng được 45 km đường.", "vi")] == ["D001"]
    text = "Total investment was $12.45 billion: $3.2 billion from the state, $8.15 billion from firms and $1.1 billion from abroad."
    assert ("sum", "consistent", "3.2 + 8.15 + 1.1 = 12.45, stated 12.45") in verified(text, "en")
    text = "The city spent $2.5 billion ($800 million on schools and $1.7 billion on roads)."
    assert ("sum", "consistent", "800 + 1,700 = 2,500, stated 2.5") in verified(text, "en")


# a parenthesis after a figure giving it at another time, or the plan: no part of it
ANOTHER_TIME = [
    ("vi", "Năm 2023 còn 1.245 hộ nghèo (năm 2022 là 1.557 hộ)."),
    ("vi", "Toàn tỉnh có 1.245 hộ nghèo (cùng kỳ năm trước 1.557 hộ)."),
    ("en", "Revenue was $4.0 billion ($4.32 billion a year earlier)."),
    ("en", "The firm hired 1,245 workers (1,557 in 2022)."),
    ("en", "Exports reached $2.5 billion (target: $2.8 billion)."),
    ("en", "Tax receipts reached $8.25 billion, 97.1% of the budget ($8.5 billion)."),
    ("vi", "Có 7.120 người thất nghiệp, nhiều hơn 380 người so với tháng 2 (6.740 người)."),
    ("en", "Net income was $3.2 billion ($3.4 billion excluding one-time charges)."),
    ("en", "The bill costs $1.2 trillion ($1.5 trillion after interest)."),
    ("vi", "Lợi nhuận đạt 320 tỷ đồng (nếu tính cả lãi tiền gửi là 365 tỷ đồng)."),
]


@pytest.mark.parametrize("lang,text", ANOTHER_TIME)
def test_a_figure_at_another_time_in_parentheses_is_not_a_part(lang, text):
    assert found(text, lang) == []
    assert not any(kind == "part_le_whole" for kind, _, _ in verified(text, lang))


def test_a_part_in_parentheses_and_a_breakdown_by_year_still_are():
    assert found("Toàn huyện có 30 chi bộ (34 chi bộ nông thôn).", "vi") == [("S002", "phần 34 lớn hơn tổng thể 30", "34 > 30")]
    assert found("Kết nạp 21 đảng viên (2021: 5; 2022: 7; 2023: 9).", "vi") == []
    assert found("Kết nạp 21 đảng viên (2021: 5; 2022: 7; 2023: 8).", "vi") == [
        ("S001", "ghi tổng 21, nhưng các phần cộng lại được 20", "5 + 7 + 8 = 20 ≠ 21"),
    ]

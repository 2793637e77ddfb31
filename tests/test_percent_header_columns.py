"""Table columns whose unit "%" is given once in the header ("Tỷ lệ đỗ (%)", "Share (%)"), and change
columns named by their header: each both ways, with tables written for this file."""
from __future__ import annotations

import pytest

from linter.claims.pipeline import analyse_text
from linter.run.engine import lint_text

RATES_VI = """| Trường | Số thí sinh | Số đỗ | Tỷ lệ đỗ (%) |
|---|---|---|---|
| THPT Lê Lợi | 520 | 507 | 97,50 |
| THPT Trần Phú | 300 | 291 | 97,00 |
| THPT Nguyễn Du | 250 | 230 | 92,00 |
"""
PLAN_VI = """| Chỉ tiêu | Kế hoạch | Thực hiện | So với kế hoạch (%) |
|---|---|---|---|
| Thu ngân sách (tỷ đồng) | 5.200 | 5.512 | 106,0 |
| Vốn đầu tư (tỷ đồng) | 12.000 | 11.400 | 95,0 |
| Số hộ thoát nghèo (hộ) | 1.500 | 1.620 | 108,0 |
"""
SHARES_EN = """| Segment | Revenue ($m) | Share (%) |
|---|---|---|
| Retail | 450 | 45.0 |
| Wholesale | 350 | 35.0 |
| Online | 200 | 20.0 |
| Total | 1,000 | 100.0 |
"""
VOTES_EN = """| Candidate | Votes | % |
|---|---|---|
| Alvarez | 4,020 | 40.2 |
| Brennan | 3,480 | 34.8 |
| Cho | 2,500 | 25.0 |
"""
CHANGES_VI = """| Chỉ tiêu | Năm 2023 | Năm 2024 | Tăng/giảm (%) |
|---|---|---|---|
| Số vụ tai nạn | 200 | 180 | -10,0 |
| Số người chết | 80 | 60 | -25,0 |
| Số người bị thương | 150 | 165 | 10,0 |
"""


def _found(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(d.code, text[d.span.start:d.span.end], d.message) for d in lint_text(text, lang).diagnostics]


@pytest.mark.parametrize("table, lang, old, new, finding", [
    (RATES_VI, "vi", "| 291 | 97,00 |", "| 291 | 96,00 |", ("T002", "96,00", "ghi 96,00, tính ra 97,00")),
    (PLAN_VI, "vi", "| 11.400 | 95,0 |", "| 11.400 | 59,0 |", ("T002", "59,0", "ghi 59,0, tính ra 95,0")),
    (VOTES_EN, "en", "| 3,480 | 34.8 |", "| 3,480 | 38.4 |", ("T002", "38.4", "stated 38.4, computed 34.8")),
    (CHANGES_VI, "vi", "| 60 | -25,0 |", "| 60 | -20,0 |", ("C002", "-20,0", "ghi mức thay đổi -20,0, tính ra -25,0%")),
])
def test_a_column_in_percent_by_its_header_is_checked_row_by_row(table, lang, old, new, finding):
    assert _found(table, lang) == []
    assert old in table
    assert _found(table.replace(old, new), lang) == [finding]


def test_a_share_column_in_percent_by_its_header_is_checked_against_its_totals_row():
    assert _found(SHARES_EN, "en") == []
    found = _found(SHARES_EN.replace("| 350 | 35.0 |", "| 350 | 36.0 |"), "en")
    assert found[0] == ("T002", "36.0", "stated 36.0, computed 35.0")
    assert [code for code, _, _ in found] == ["T002", "T003"]  # and the column no longer closes at 100%


@pytest.mark.parametrize("table, lang", [
    # percentage points under "(điểm %)": a difference of two rates, not a percentage of anything
    ("| Chỉ tiêu | Kế hoạch | Thực hiện | Chênh lệch (điểm %) |\n|---|---|---|---|\n"
     "| Tỷ lệ che phủ rừng | 42,0 | 42,5 | 0,5 |\n| Tỷ lệ hộ dùng nước sạch | 95,0 | 96,2 | 1,2 |\n"
     "| Tỷ lệ trường chuẩn | 80,0 | 78,5 | -1,5 |\n", "vi"),
    # a column of three rows, two explained as changes, whose header and signs do not say change: nothing inferred
    ("| Item | 2023 | 2024 | Index (%) |\n|---|---|---|---|\n| Rice | 200 | 220 | 10.0 |\n| Maize | 80 | 100 | 20.0 |\n"
     "| Cassava | 150 | 165 | 10.0 |\n", "en"),
])
def test_near_misses_stay_silent(table, lang):
    assert _found(table, lang) == []


def _percent_flags(text: str, lang: str) -> dict[str, bool]:
    return {f.q.raw: f.q.percent for f in analyse_text(text, lang).figs}


def test_the_header_makes_a_bare_cell_a_percentage():
    flags = _percent_flags(RATES_VI, "vi")
    assert flags["97,50"] and flags["92,00"] and not flags["507"]


def test_a_cell_that_says_what_it_counts_keeps_its_own_unit():
    table = "| Nhóm | Số hộ | Tỷ lệ (%) |\n|---|---|---|\n| Nghèo | 120 | 13 hộ |\n| Cận nghèo | 300 | 30 |\n| Khá | 580 | 58 |\n"
    flags = _percent_flags(table, "vi")
    assert flags["30"] and not flags["13"]


def test_a_header_row_shorter_than_the_row_leaves_the_column_unknown():
    # a merged header cell (a Word table's gridSpan) shifts the columns: which one the "%" heads is not known
    table = "| Region | Share (%) |\n|---|---|\n| North | 120 | 12.0 |\n| South | 300 | 30.0 |\n"
    flags = _percent_flags(table, "en")
    assert not flags["120"] and not flags["12.0"]


RATE_POINTS_EN = """| Product | 2023 (%) | 2024 (%) | Change (points) |
|---|---|---|---|
| Savings, 12 months | 5.5 | 4.8 | -0.7 |
| Mortgage, variable | 9.2 | 8.1 | -1.1 |
| Business loans | 8.0 | 7.4 | -0.6 |
"""


def test_a_difference_column_of_two_rate_columns_is_in_points():
    assert _found(RATE_POINTS_EN, "en") == []
    altered = RATE_POINTS_EN.replace("| -1.1 |", "| -1.4 |")
    assert _found(altered, "en") == [("C001", "-1.4", "stated difference -1.4, computed -1.1 percentage points")]
    # --show-verified writes a signed difference as the later less the earlier
    verified = [arith for kind, _, arith in lint_text(RATE_POINTS_EN, "en").verified if kind == "diff"]
    assert verified == ["4.8% − 5.5% = -0.7, stated -0.7", "8.1% − 9.2% = -1.1, stated -1.1", "7.4% − 8.0% = -0.6, stated -0.6"]


def test_a_percent_column_with_negative_figures_holds_changes_not_rates():
    # "Tỷ lệ (%)" beside a "Tăng/giảm" column: -7,33 is the fall of 505 to 468, never a rate of any two columns
    table = ("| Chỉ tiêu | 11 tháng 2024 | 11 tháng 2025 | Tăng/giảm | Tỷ lệ (%) |\n|---|---|---|---|---|\n"
             "| Số vụ | 505 | 468 | -37 | -7,33 |\n| Số người chết | 236 | 214 | -22 | -9,32 |\n"
             "| Số người bị thương | 397 | 356 | -41 | -10,33 |\n")
    assert _found(table, "vi") == []
    assert _found(table.replace("| -9,32 |", "| -9,23 |"), "vi") == [("C002", "-9,23", "ghi mức thay đổi -9,23, tính ra -9,32%")]

"""A rate, its change in points, then the rate it changed from: a difference in points."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

CASES = [
    ("vi", "Tỷ lệ hộ nghèo còn 4,5%, giảm {d} điểm phần trăm so với năm trước (5,7%).", "1,2", "1,4"),
    ("vi", "Tỷ lệ học sinh tốt nghiệp đạt 92,5%, tăng {d} điểm so với năm học trước (90%).", "2,5", "3,5"),
    ("en", "The graduation rate was 92.5%, up {d} percentage points from 90.0% a year earlier.", "2.5", "3.5"),
    ("en", "The county's jobless rate was 3.8% in May, down {d} points from 4.1% in April.", "0.3", "0.5"),
    # the base said without a parenthesis, the level reached after "rose to"
    ("vi", "Tỷ lệ tiêm chủng năm nay đạt 96,4%, tăng {d} điểm phần trăm so với năm trước là 94,1%.", "2,3", "3,2"),
    ("en", "The pass rate rose to 81.5%, up {d} points from 78.0% last year.", "3.5", "5.3"),
    ("en", "The vaccination rate was 96.4%, up {d} percentage points from the previous year's 94.1%.", "2.3", "3.2"),
]

# a change of a rate written with %: read as points or as a relative change, whichever fits
PERCENT_WRITTEN = [
    ("vi", "Tỷ lệ đỗ tốt nghiệp đạt 92,5%, tăng {d} so với năm trước (90%).", ("2,5%", "2,8%"), "3,5%", "C002"),
]


@pytest.mark.parametrize("lang, text, right, wrong, code", PERCENT_WRITTEN)
def test_a_change_of_a_rate_written_with_percent_is_points_or_relative(lang, text, right, wrong, code):
    for r in right:
        assert not lint_text(text.format(d=r), lang).diagnostics, r
    bad_text = text.format(d=wrong)
    (d,) = lint_text(bad_text, lang).diagnostics
    assert (d.code, bad_text[d.span.start:d.span.end]) == (code, wrong)


@pytest.mark.parametrize("lang, text, right, wrong", CASES)
def test_a_change_in_points_between_two_rates_is_checked(lang, text, right, wrong):
    good = lint_text(text.format(d=right), lang)
    assert not good.diagnostics
    assert [v[1] for v in good.verified if v[0] == "diff"] == ["consistent"]
    bad_text = text.format(d=wrong)
    (d,) = lint_text(bad_text, lang).diagnostics
    assert d.code == "C001"
    assert bad_text[d.span.start:d.span.end] == wrong
    assert d.stated == wrong


@pytest.mark.parametrize("lang, text", [
    # a growth rate said as a change: its own change in points is left alone
    ("en", "Sales grew 12% in 2023, up 3 points from 10% in 2022."),
    # 'up 4.5%' of a rate in English: relative or points, and the difference reading knows points only
    ("en", "The pass rate was 81.5%, an increase of 4.5 percent from 78.0% the year before."),
    ("en", "The pass rate was 81.5%, up 3.5% from 78.0% the year before."),
    # the figure before the change is itself a change, not a rate
    ("vi", "Doanh thu tăng 12%, tăng 3 điểm so với năm trước (9%)."),
    # the figure after the change is no rate
    ("en", "The graduation rate was 92.5%, up 3.5 points from 1,200 graduates a year earlier."),
    # no word of direction before the change
    ("en", "The graduation rate was 92.5%, 3.5 points from 90.0% a year earlier."),
])
def test_no_rate_its_points_and_its_base_no_difference(lang, text):
    result = lint_text(text, lang)
    assert [d.code for d in result.diagnostics if d.code == "C001"] == []
    assert not [v for v in result.verified if v[0] == "diff"]

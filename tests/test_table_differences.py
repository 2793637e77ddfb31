"""A change column of counts is each row's later count less its earlier one."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

VI = ("Kết quả tuyển sinh của các trường như sau:\n\n| Trường | Năm 2022 | Năm 2023 | Tăng/giảm |\n|---|---|---|---|\n"
      "| Trường A | 1.250 | 1.320 | 70 |\n| Trường B | 980 | 1.015 | 35 |\n| Trường C | 1.410 | 1.380 | -30 |\n| Trường D | 760 | 812 | 52 |\n")
EN = ("Enrollment by campus:\n\n| Campus | Fall 2022 | Fall 2023 | Change |\n|---|---|---|---|\n"
      "| North | 4,120 | 4,305 | 185 |\n| South | 2,870 | 2,790 | -80 |\n| East | 1,540 | 1,612 | 72 |\n")
CASES = [("vi", VI, "| 35 |", "| 38 |", "38", "ghi chênh lệch 38, tính ra 35"),
         ("en", EN, "| 72 |", "| 75 |", "75", "stated difference 75, computed 72")]


@pytest.mark.parametrize("lang, text", [("vi", VI), ("en", EN)])
def test_differences_of_the_two_period_columns_are_silent(lang, text):
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    assert sum(kind == "diff" and status == "consistent" for kind, status, _ in result.verified) >= 3


@pytest.mark.parametrize("lang, text, old, new, figure, message", CASES)
def test_the_one_row_whose_difference_is_off_is_reported(lang, text, old, new, figure, message):
    text = text.replace(old, new)
    (d,) = lint_text(text, lang).diagnostics
    assert (d.code, text[d.span.start:d.span.end], d.message) == ("C001", figure, message)


@pytest.mark.parametrize("lang, text", [
    # a change column in percent written without its sign: not differences of the counts
    ("vi", "| Trường | Năm 2022 | Năm 2023 | Tăng (%) |\n|---|---|---|---|\n| Trường A | 1.250 | 1.320 | 5,6 |\n"
           "| Trường B | 980 | 1.015 | 3,6 |\n| Trường C | 1.410 | 1.380 | -2,1 |\n"),
    # no change header: a third count column is something else
    ("en", "| Campus | Fall 2022 | Fall 2023 | Faculty |\n|---|---|---|---|\n| North | 4,120 | 4,305 | 185 |\n"
           "| South | 2,870 | 2,790 | 210 |\n| East | 1,540 | 1,612 | 72 |\n"),
    # two rows explained of four: no proof the column is a difference
    ("en", "| Campus | 2022 | 2023 | Change |\n|---|---|---|---|\n| North | 4,120 | 4,305 | 185 |\n"
           "| South | 2,870 | 2,790 | 120 |\n| East | 1,540 | 1,612 | 72 |\n| West | 900 | 950 | 12 |\n"),
])
def test_no_difference_column_is_assumed_without_proof(lang, text):
    assert lint_text(text, lang).diagnostics == ()

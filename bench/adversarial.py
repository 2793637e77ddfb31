"""The adversarial inputs of issue 7, one megabyte each, shared by the benchmark and the tests.

`ISSUE` are the inputs the issue names (long runs of digits, dots, commas, percent signs, slashes,
spaces and Vietnamese diacritics, no newlines): each must be linted in under a second. The others
are harder cases kept for the record: runs of figures, dates, ranges and breakdowns, where every
figure is read and linked (`DENSE` have tens of thousands of figures a megabyte).
"""
from __future__ import annotations

MB = 1_000_000


def repeat(unit: str, size: int = MB) -> str:
    return (unit * (size // len(unit) + 1))[:size]


ISSUE = {
    "digits": repeat("7"),
    "dots": repeat("."),
    "commas": repeat(","),
    "percents": repeat("%"),
    "slashes": repeat("/"),
    "spaces": repeat(" "),
    "diacritics": repeat("ệửữỡợ"),
}
ADVERSARIAL = {
    **ISSUE,
    "diacritics-nfd": repeat("e\u0302\u0323u\u031b\u0303"),
    "dotted-ones": repeat("1."),
    "comma-ones": repeat("1,"),
    "open-parens": repeat("("),
    "spaced-percents": repeat("% "),
    "digit-groups": repeat("123.456,7"),
    "dates": repeat("12/3/2024 "),
    "ranges": repeat("1-2-3–"),
    "signs": repeat("+-"),
    "percent-figures": repeat("12,5% "),
    "vi-shares": repeat("trong tổng số 202 đảng viên, 100 đảng viên nữ chiếm 49,5%, "),
    "vi-parts": repeat("Tổng số 8.817 hộ, trong đó 2.206 hộ nghèo và "),
    "en-parts": repeat("A total of 1,234 votes, of which 567 (45.9%) and "),
    "words-between-digits": repeat("1 tỷ 2 triệu 3 nghìn "),
    # one run-on sentence of levels, changes and shares (no full stop): every step that reads a
    # change's or a share's whole sentence was quadratic in it
    "en-run-on": repeat("at magnet schools 640 students passed (98.5%), bringing the total to 1,250 students, up 12% from 1,116, and "),
    "vi-run-on": repeat("trường A có 640 em đỗ, đạt 98,5%, giành 120 giải, tăng 12 giải so với năm trước, "),
}
# A megabyte made of nothing but figures or lists: every figure is described and linked in Python
DENSE = {"en-parts", "vi-parts", "vi-shares", "percent-figures", "words-between-digits", "dates", "en-run-on", "vi-run-on"}

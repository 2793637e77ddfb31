"""P003 rate-per-base: a rate per 100 or per 1,000 of another group against the counts of both.

Both ways with sentences written for this file, and the shapes in which a rate per 100 sits beside
counts that are not its own (another population, another year, a part, another span of time).
"""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text


def findings(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(d.code, text[d.span.start:d.span.end], d.message) for d in lint_text(text, lang).diagnostics]


BOTH_WAYS = [
    ("vi", "Số trẻ sinh ra gồm 1.089 trẻ nam, 982 trẻ nữ. Tỷ số giới tính khi sinh là 111 nam/100 nữ.",
     ("111 nam/100 nữ", "111 nữ/100 nam"), ("P003", "111", "ghi 111 trên 100, tính từ các số đếm ra 90,2")),
    ("vi", "Năm 2024 huyện có 5.320 nam, 4.810 nữ. Tỷ số giới tính là 110,6 nam/100 nữ.",
     ("110,6 nam", "116,0 nam"), ("P003", "116,0", "ghi 116,0 trên 100, tính từ các số đếm ra 110,6")),
    ("vi", "Xã có 1.250 hộ, 310 xe ô tô. Tỷ lệ 24,8 xe/100 hộ.",
     ("24,8 xe", "28,4 xe"), ("P003", "28,4", "ghi 28,4 trên 100, tính từ các số đếm ra 24,8")),
    ("en", "The clinic delivered 1,061 boys and 1,010 girls, or 105 boys per 100 girls.",
     ("105 boys", "115 boys"), ("P003", "115", "stated 115 per 100, computed 105.0 from the counts")),
    ("en", "There were 1,200 deaths among 80,000 residents, or 15 deaths per 1,000 residents.",
     ("15 deaths", "18 deaths"), ("P003", "18", "stated 18 per 1,000, computed 15.0 from the counts")),
    ("vi", "Năm 2024, dân số trung bình của tỉnh là 1.250.000 người; số trẻ sinh ra là 19.000 trẻ, tỷ suất sinh thô đạt 15,2‰.",
     ("15,2‰", "12,5‰"), ("P003", "12,5", "ghi 12,5 trên 1.000, tính từ các số đếm ra 15,2")),
    ("en", "The county had a population of 80,000 and recorded 1,240 births, a birth rate of 15.5 per thousand.",
     ("15.5 per", "12.5 per"), ("P003", "12.5", "stated 12.5 per 1,000, computed 15.5 from the counts")),
]


@pytest.mark.parametrize(("lang", "text", "alteration", "finding"), BOTH_WAYS)
def test_a_rate_per_base_is_the_ratio_of_the_counts(lang, text, alteration, finding):
    assert findings(text, lang) == []
    altered = text.replace(*alteration)
    assert altered != text
    assert findings(altered, lang) == [finding]


SILENT = [
    # the population's counts, the ratio at birth
    ("vi", "Dân số có 50.120 nam, 49.880 nữ. Tỷ số giới tính khi sinh là 112 nam/100 nữ."),
    ("en", "The town has 50,120 men and 49,880 women. The sex ratio at birth is 112 boys per 100 girls."),
    # another year's rate
    ("vi", "Năm 2023 sinh 9.513 trẻ nam, 7.590 trẻ nữ. Năm 2022 tỷ số là 110 nam/100 nữ."),
    ("vi", "Số trẻ sinh ra gồm 9.513 trẻ nam, 7.590 trẻ nữ (năm trước là 118 nam/100 nữ)."),
    # a part's rate
    ("vi", "Huyện có 12.000 nam và 11.000 nữ. Riêng xã Đông có tỷ số 120 nam/100 nữ."),
    # counts of five years, the rate of one
    ("vi", "Trong 5 năm, huyện có 12.000 nam và 11.000 nữ nhập học. Tỷ số năm nay là 120 nam/100 nữ."),
    # a group counted twice: which count is meant is unknown
    ("vi", "Khối 10 có 420 nam, 380 nữ; khối 11 có 400 nam, 410 nữ. Tỷ số chung là 120 nam/100 nữ."),
    # a price per 100 grams, a measure per 100 hours: units, not counted groups
    ("vi", "Cửa hàng bán 500 gram thịt, thu 60.000 đồng. Giá thịt là 15.000 đồng/100 gram."),
    ("vi", "Trạm đo được 120 mm mưa trong 24 giờ, tức 5 mm/100 giờ."),
    # a base the rule does not read (per 10,000), and a group counted twice
    ("vi", "Huyện có 25 bác sĩ và 100.000 dân, đạt 2,5 bác sĩ/10.000 dân."),
    ("en", "The team won 30 games and lost 70 games, or 43 wins per 100 games."),
    # a rate per thousand of another year, of a part
    ("vi", "Dân số toàn tỉnh là 1.250.000 người. Tỷ suất sinh thô năm 2020 là 17,1‰; số trẻ sinh ra năm nay là 19.000 trẻ."),
    ("vi", "Năm 2024, dân số là 1.250.000 người, số trẻ sinh ra 19.000 trẻ; riêng huyện Đông tỷ suất sinh đạt 17,1‰."),
    # two populations: which one is the rate's is unknown
    ("en", "The city has a population of 80,000 and the county a population of 120,000; the city recorded 1,240 births, "
           "a birth rate of 12.5 per thousand."),
    # counts far from the rate
    ("en", "The county had 5,300 men and 4,800 women. The report was long. It covered many topics. "
           "Turnout was high. The ratio was 120 men per 100 women."),
]


@pytest.mark.parametrize(("lang", "text"), SILENT)
def test_a_rate_beside_counts_not_its_own_stays_silent(lang, text):
    assert [f for f in findings(text, lang) if f[0] == "P003"] == []


def test_a_run_on_paragraph_of_rates_is_read_in_linear_time():
    import time

    text = " ".join(f"Có {1000 + i} trẻ nam, {900 + i} trẻ nữ, tỷ số {100 + i % 20} nam/100 nữ; dân số {100000 + i} người, "
                    f"số trẻ sinh ra {1500 + i} trẻ, tỷ suất sinh {15 + i % 3}‰;" for i in range(1000))
    start = time.perf_counter()
    lint_text(text, "vi")
    assert time.perf_counter() - start < 30  # every rate once searched its whole paragraph: a minute for 500

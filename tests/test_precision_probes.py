"""One probe per class of false alarm of the precision issue, written for this file, both ways.

Each shape is a way real reports tie figures together that once made factlint accuse a correct
figure. The consistent text must give no finding; where the shape carries a checkable claim, one
altered figure must give exactly one finding, on that figure, with both numbers in the message.
These cross-check the per-area tests (test_change_clauses, test_share_precision, test_list_heads,
test_date_shapes, test_paragraph_convention) with sentences none of them uses.
"""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

# (class, language, consistent text, altered text or None, (code, figure, message) of the one finding)
PROBES = [
    ("parallel clauses", "vi",
     "Doanh thu đạt 3.300 tỷ đồng, tăng 300 tỷ đồng (tăng 10,00%); chi phí đạt 220 tỷ đồng, tăng 20 tỷ đồng "
     "(tăng 10,00%); lợi nhuận đạt 90 tỷ đồng, tăng 40 tỷ đồng (tăng 80,00%).",
     ("(tăng 80,00%)", "(tăng 83,00%)"), ("C002", "83,00%", "ghi mức thay đổi 83,00%, tính ra 80,00%")),
    ("parallel clauses", "en",
     "Sales rose 20.0% from $60.0 million to $72.0 million, while costs were up 4.0% from $25.0 million to $26.0 million.",
     ("up 4.0%", "up 7.0%"), ("C002", "7.0%", "stated change 7.0%, computed 4.0%")),
    ("a change is no share", "vi",
     "Sản lượng qua các cảng: Hải Phòng (3,6 triệu tấn, -1,8%); Cái Mép (2,2 triệu tấn, +5,3%); Đà Nẵng (0,7 triệu tấn, -0,4%).",
     None, None),
    ("a change is no share", "en",
     "Webb County (95.0 percent Hispanic, a 3.4 percent increase) and Zapata County (93.7 percent Hispanic, 2.9 percent increase).",
     None, None),
    ("each member's rate", "vi", "Có 41/48 trường có tỷ lệ học sinh lên lớp đạt 100%; 6/13 xã có tỷ lệ hộ nghèo dưới 2%.", None, None),
    ("each member's rate", "en", "In 7 of 12 districts, turnout exceeded 60%, and 3 of 12 had a poverty rate below 5%.", None, None),
    ("a subgroup's rate of an unstated base", "vi",
     "Toàn tỉnh có 6.400 thí sinh dự thi, 6.208 em đỗ, đạt 97%. Riêng khối chuyên có 452 em đỗ, đạt 99,8%.",
     ("đạt 97%", "đạt 95%"), ("P001", "95%", "ghi 95%, tính ra 97%")),
    ("dotted dates", "vi",
     "Sáng 21.8, Sở Nông nghiệp cho biết đến ngày 31.7 toàn tỉnh có 1.320 hộ nuôi tôm, tăng 120 hộ (tăng 10%).",
     ("(tăng 10%)", "(tăng 13%)"), ("C002", "13%", "ghi mức thay đổi 13%, tính ra 10,0%")),
    ("hedged total and parts", "vi", "Tổng đàn đạt hơn 7.340 con, trong đó trâu hơn 4.220 con, bò hơn 3.121 con.",
     ("đạt hơn 7.340 con, trong đó trâu hơn 4.220 con, bò hơn 3.121", "đạt 7.840 con, trong đó trâu 4.220 con, bò 3.120"),
     ("S001", "7.840", "ghi tổng 7.840, nhưng các phần cộng lại được 7.340")),
    ("a list that refers back", "vi",
     "Năm 2024, tỉnh thu hút 36 dự án với tổng vốn 4.500 tỷ đồng. Trong số này, có 21 dự án công nghiệp và 15 dự án dịch vụ.",
     ("có 21 dự án", "có 24 dự án"), ("S001", "36", "ghi tổng 36, nhưng các phần cộng lại được 39")),
    ("attributes, not a partition", "vi", "Đoàn đại biểu có 9 người, trong đó 4 nữ, 6 người dân tộc thiểu số.", None, None),
    ("a campaign goal", "vi", "Năm qua hội trao 310 suất học bổng, phấn đấu năm tới vận động ít nhất 25.000 suất học bổng.", None, None),
    ("a shared scale word", "en", "Shipments grew from 1.5 to 2.1 million tons, up 40%.",
     ("up 40%", "up 60%"), ("C002", "60%", "stated change 60%, computed 40.0%")),
    ("a season", "en", "He was named captain in the 2016-17 season and averaged 18 points.", None, None),
    ("a school year", "vi", "Năm học 2024-2025, trường có 1.240 học sinh, tăng 40 học sinh (tăng 3,33%).",
     ("(tăng 3,33%)", "(tăng 3,63%)"), ("C002", "3,63%", "ghi mức thay đổi 3,63%, tính ra 3,33%")),
    ("the base of a fall", "vi", "Năm nay tiếp nhận 57.000 hồ sơ, giảm 3.000 hồ sơ (5,00%).",
     ("(5,00%)", "(5,30%)"), ("C002", "5,30%", "ghi mức thay đổi 5,30%, tính ra 5,00%")),
    ("the sign of a fall", "vi", "Xảy ra 720 vụ, giảm 80 vụ (-10%).",
     ("(-10%)", "(-13%)"), ("C002", "-13%", "ghi mức thay đổi -13%, tính ra -10,0%")),
    ("an English paragraph in a Vietnamese report", "vi",
     "Báo cáo tổng kết năm 2024.\n\nIn 2024 the province welcomed 1,250,000 visitors, 8.5% more than in 2023, "
     "and revenue reached 4.2 trillion dong.\n\nNăm 2024, tỉnh đón 1.250.000 lượt khách, doanh thu đạt 4.200 tỷ đồng.",
     None, None),
    ("a lede restated", "vi",
     "Tập đoàn lãi gần 5.170 tỷ đồng lợi nhuận.\n\nTrong năm, lợi nhuận của tập đoàn đạt 5.168 tỷ đồng, vượt kế hoạch.",
     ("đạt 5.168", "đạt 5.710"), ("R001", "5.710", "ghi 5.710 ở đây, 5.170 ở dòng 1 cho cùng một số liệu")),
    ("a lede restated", "en",
     "The school district hired 1,465 teachers for the new term. The 1,465 teachers fill every school.",
     ("The 1,465", "The 1,456"), ("R001", "1,456", "stated 1,456 here, 1,465 at line 1 for the same quantity")),
    ("one noun, two periods", "vi", "Tháng 10, cảng đón 2.315 lượt tàu. Tháng 11, cảng đón 2.351 lượt tàu.", None, None),
    ("one noun, a subgroup", "en", "The state added 14,520 jobs. Of those, the capital region added 14,250 jobs.", None, None),
    ("a rate per 100 of two counted groups", "vi",
     "Lớp học có 21 học sinh nam và 24 học sinh nữ; đến cuối khóa còn 1.180 nam, 1.240 nữ, tức 95,2 nam/100 nữ.",
     ("95,2 nam", "92,5 nam"), ("P003", "92,5", "ghi 92,5 trên 100, tính từ các số đếm ra 95,2")),
    ("a ratio at birth beside the population", "en",
     "The province counts 2,040,300 men and 2,001,700 women; the sex ratio at birth is 111 boys per 100 girls.", None, None),
    ("a rate's change written with %", "vi",
     "Tỷ lệ lao động qua đào tạo đạt 68,0%, tăng 4,0% so với năm trước (64,0%).",
     ("tăng 4,0%", "tăng 7,0%"), ("C002", "7,0%", "ghi mức thay đổi 7,0%, tính ra 6,3%")),
    ("a rate's change said from last year's", "en",
     "The county's high-school completion rate was 88.0%, up 2.0 percentage points from the previous year's 86.0%.",
     ("up 2.0", "up 2.5"), ("C001", "2.5", "stated difference 2.5, computed 2.0 percentage points")),
    ("a rate above 100% beside counts", "vi",
     "Bệnh viện khám cho 84.500 lượt người, điều trị nội trú 9.200 lượt, công suất giường bệnh đạt 118%.", None, None),
    ("a figure that describes what its item names", "en",
     "Among the 40 counties, 31 reported gains in jobs, led by Harris with 18,000.",
     ("31 reported", "41 reported"), ("S002", "41", "the part 41 exceeds its whole 40")),
    ("a day range with a slash", "vi", "Hội nghị diễn ra trong 2 ngày (21-22/8); có 47 ủy viên dự, trong đó 9 ủy viên nữ.",
     ("9 ủy viên nữ", "59 ủy viên nữ"), ("S002", "59", "phần 59 lớn hơn tổng thể 47")),
]
IDS = [f"{cls} ({lang})" for cls, lang, *_ in PROBES]


def findings(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(d.code, text[d.span.start:d.span.end], d.message) for d in lint_text(text, lang).diagnostics]


@pytest.mark.parametrize(("cls", "lang", "text", "alteration", "finding"), PROBES, ids=IDS)
def test_the_consistent_text_gives_no_finding(cls, lang, text, alteration, finding):
    assert findings(text, lang) == []


@pytest.mark.parametrize(("cls", "lang", "text", "alteration", "finding"), [p for p in PROBES if p[3]], ids=[i for i, p in zip(IDS, PROBES) if p[3]])
def test_one_altered_figure_gives_one_finding_on_it(cls, lang, text, alteration, finding):
    altered = text.replace(*alteration)
    assert altered != text
    assert findings(altered, lang) == [finding]

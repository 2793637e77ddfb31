"""R001 restated-figure: one quantity stated twice, the two values one typing slip apart.

Both ways, with sentences written for this file: the restatement that keeps its value is silent,
one altered figure gives exactly one finding on it naming both places; and every shape in which
one noun legitimately carries two close values stays silent.
"""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text


def findings(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(d.code, text[d.span.start:d.span.end], d.message) for d in lint_text(text, lang).diagnostics]


BOTH_WAYS = [
    ("vi", "Công ty lãi gần 8.240 tỷ đồng lợi nhuận. Trong năm, lợi nhuận của công ty đạt 8.238 tỷ đồng.",
     ("đạt 8.238", "đạt 8.420"), ("R001", "8.420", "ghi 8.420 ở đây, 8.240 ở dòng 1 cho cùng một số liệu")),
    ("en", "Employers added 303,000 jobs in March.\nThe gain of 303,000 jobs beat forecasts.",
     ("gain of 303,000", "gain of 330,000"), ("R001", "330,000", "stated 330,000 here, 303,000 at line 1 for the same quantity")),
    ("vi", "Năm 2024, toàn tỉnh có 12.345 hộ nghèo. Số hộ nghèo toàn tỉnh là 12.345 hộ, giảm mạnh.",
     ("là 12.345", "là 12.354"), ("R001", "12.354", "ghi 12.354 ở đây, 12.345 ở dòng 1 cho cùng một số liệu")),
    ("en", "The district enrolled 4,520 students this fall. The 4,520 students fill every school.",
     ("The 4,520", "The 4,250"), ("R001", "4,250", "stated 4,250 here, 4,520 at line 1 for the same quantity")),
    ("vi", "Doanh nghiệp nộp ngân sách 1.356 tỷ đồng.\n\nNhư vậy, doanh nghiệp đã nộp ngân sách 1.356 tỷ đồng.",
     ("đã nộp ngân sách 1.356", "đã nộp ngân sách 13.556"),
     ("R001", "13.556", "ghi 13.556 ở đây, 1.356 ở dòng 1 cho cùng một số liệu")),
]


# a rate in a title, restated in the body beside the counts it comes from: the one the counts
# contradict is reported, wherever it stands
RATES = [
    ("vi", "Tỷ lệ đỗ tốt nghiệp THPT đạt 95,42%\n\nNăm nay toàn tỉnh có 11.450/12.000 thí sinh đỗ tốt nghiệp THPT, đạt tỷ lệ 95,42%.",
     ("THPT đạt 95,42%", "THPT đạt 95,24%"), ("R001", "95,24%", "ghi 95,24% ở đây, 95,42% ở dòng 3 cho cùng một số liệu")),
    ("vi", "Tỉ lệ hộ có nước sạch của huyện đạt 87,6%\n\nHuyện có 4.380/5.000 hộ dùng nước sạch, tỉ lệ hộ có nước sạch đạt 87,6%.",
     ("huyện đạt 87,6%", "huyện đạt 86,7%"), ("R001", "86,7%", "ghi 86,7% ở đây, 87,6% ở dòng 3 cho cùng một số liệu")),
]


@pytest.mark.parametrize(("lang", "text", "alteration", "finding"), RATES)
def test_a_rate_restated_in_the_body(lang, text, alteration, finding):
    assert findings(text, lang) == []
    assert findings(text.replace(*alteration), lang) == [finding]


@pytest.mark.parametrize(("lang", "text", "alteration", "finding"), BOTH_WAYS)
def test_a_restatement_keeps_its_value(lang, text, alteration, finding):
    assert findings(text, lang) == []
    altered = text.replace(*alteration)
    assert altered != text
    assert findings(altered, lang) == [finding]


def test_the_first_mention_is_reported_when_a_third_repeats_the_second():
    text = ("Employers added 330,000 jobs in March.\nThe gain of 303,000 jobs beat forecasts.\n"
            "Economists had not expected a gain of 303,000 jobs.")
    got = findings(text, "en")
    assert [(c, f) for c, f, _ in got] == [("R001", "330,000")]
    assert got[0][2] == "stated 330,000 here, 303,000 at line 2 for the same quantity"


def test_a_document_of_many_close_figures_is_read_in_linear_time():
    import time

    text = " ".join(f"Năm nay xã có 1.2{i % 100:02d} hộ nghèo." for i in range(2000))
    start = time.perf_counter()
    lint_text(text, "vi")
    assert time.perf_counter() - start < 20  # was a minute for 500 sentences when every pair was weighed


def test_the_finding_is_a_warning_with_a_note_on_the_other_mention():
    text = "Employers added 303,000 jobs in March. The gain of 330,000 jobs beat forecasts."
    (d,) = lint_text(text, "en").diagnostics
    assert d.severity.value == "warning"
    assert [text[n.span.start:n.span.end] for n in d.notes] == ["303,000"]


# one noun, two close values, two quantities: each class once in each language where it is said
SILENT = {
    "two years": ("vi", "Năm 2023, lợi nhuận của công ty đạt 8.240 tỷ đồng. Năm 2022, lợi nhuận của công ty đạt 8.420 tỷ đồng."),
    "two years (en)": ("en", "Profit reached $8,240 million in 2023. In 2022, profit was $8,420 million."),
    "two quarters": ("vi", "Quý I, doanh thu đạt 8.240 tỷ đồng. Quý II, doanh thu đạt 8.420 tỷ đồng."),
    "two quarters (en)": ("en", "In the first quarter revenue was $8,240 million. Second-quarter revenue was $8,420 million."),
    "two provinces": ("vi", "Hà Nội có 1.234 trường học đạt chuẩn. Hải Phòng có 1.243 trường học đạt chuẩn."),
    "two states": ("en", "Ohio counted 12,345 new voters. Texas counted 12,354 new voters."),
    "a target and the result": ("vi", "Kế hoạch năm giao 8.240 tỷ đồng lợi nhuận. Cả năm công ty đạt 8.420 tỷ đồng lợi nhuận."),
    "a target and the result (en)": ("en", "The target was 1,250 new homes. The city built 1,520 new homes."),
    "before and after": ("en", "Before the merger the firm had 1,250 employees. After the merger the firm had 1,520 employees."),
    "before and after (vi)": ("vi", "Trước khi sáp nhập, xã có 1.250 hộ dân. Sau khi sáp nhập, xã có 1.520 hộ dân."),
    "a month and the running total": ("vi", "Trong tháng 9, xuất khẩu đạt 1.235 tấn gạo. Lũy kế 9 tháng, xuất khẩu đạt 12.350 tấn gạo."),
    "a month and the year so far": ("en", "Exports reached 1,235 tons in September. Exports so far this year reached 12,350 tons."),
    "a revision in one sentence": ("en", "The March gain was revised to 303,000 jobs from 330,000 jobs."),
    "a first estimate": ("en", "Employers added 303,000 jobs in March. The initial estimate had been 330,000 jobs."),
    "a preliminary count": ("vi", "Số liệu sơ bộ ghi nhận 1.250 ca mắc. Sau khi điều chỉnh, số ca mắc là 1.520 ca."),
    "a part of the whole": ("vi", "Toàn tỉnh có 4.520 hộ nghèo. Trong đó, huyện miền núi có 4.250 hộ nghèo."),
    "a part of the whole (en)": ("en", "The county has 4,520 poor households. Of these, the hill district alone has 4,250 poor households."),
    "a change of the whole and of a part": ("vi", "Cả nước giảm 353 người chết. Trong đó, đường bộ giảm 356 người chết."),
    "a hedge that holds the other": ("en", "Employers added nearly 8,240 jobs. The gain of 8,238 jobs was welcome."),
    "a floor that holds the other": ("en", "Employers added more than 300,000 jobs. The gain of 303,000 jobs was welcome."),
    "a round figure": ("en", "Employers added 300,000 jobs. The gain of 303,000 jobs was welcome."),
    "an approximation": ("vi", "Công ty lãi khoảng 8.200 tỷ đồng. Cụ thể, lợi nhuận của công ty đạt 8.240 tỷ đồng."),
    "an average and one month": ("en", "Employers added 231,000 jobs a month on average over the year. In March they added 213,000 jobs."),
    "an average in the next sentence": ("en", "Employers added 303,000 jobs in March and the average hourly wage rose. "
                                              "The average monthly gain of 330,000 jobs over the year was larger."),
    "two sectors": ("en", "Healthcare added 172,000 jobs in March. The 171,000 increase in government jobs was also large."),
    "two sectors named alike": ("en", "Healthcare added 172,000 jobs in March. Government added 171,000 jobs in March."),
    "a district and the province": ("vi", "Huyện Đông có 1.234 hộ nghèo. Toàn tỉnh có 1.243 hộ nghèo."),
    "a rise and a fall": ("en", "Sales rose by 1,250 units. Returns fell by 1,520 units."),
    "two measures": ("vi", "Doanh thu đạt 8.240 tỷ đồng. Lợi nhuận đạt 8.420 tỷ đồng."),
    "last year and this year": ("en", "Enrollment was 2,746 students last year. This year enrollment is 2,764 students."),
    "the last school year": ("vi", "Năm nay trường có 1.246 học sinh. Năm học trước trường có 1.264 học sinh."),
    "two places recording": ("en", "The county recorded 18,402 births. The state recorded 18,420 births."),
    "two groups": ("en", "Men made up 12,450 voters. Women made up 12,540 voters."),
    "a year and now": ("en", "The plant employed 1,234 workers in 2019. It employs 1,243 workers now."),
    "registered and disbursed": ("vi", "Tổng vốn đăng ký là 1.234 tỷ đồng. Vốn thực hiện là 1.243 tỷ đồng."),
    "a budget and the spending": ("en", "The budget is $1,234 million. Spending is $1,243 million."),
    "a rate's twin and a subgroup's rate": ("vi", "Tỷ lệ đỗ tốt nghiệp đạt 95,42%\n\nToàn tỉnh đạt tỷ lệ đỗ tốt nghiệp 95,42%. "
                                                  "Hệ GDTX có tỷ lệ đỗ tốt nghiệp đạt 95,24%."),
    "a rate of two years in one sentence": ("vi", "Tỷ lệ hộ nghèo của huyện còn 4,52%\n\nNăm 2023, tỷ lệ hộ nghèo của huyện là 4,25%, "
                                                   "năm 2024 còn 4,52%."),
    "a rate of two places": ("vi", "Tỷ lệ đỗ tốt nghiệp của Hà Nam đạt 97,31%\n\nTỷ lệ đỗ tốt nghiệp của cả nước đạt 97,13%."),
    "a rate of a part": ("vi", "Tỷ lệ đỗ tốt nghiệp đạt 95,42%\n\nRiêng hệ GDTX, tỷ lệ đỗ tốt nghiệp đạt 95,24%."),
    "a rate of a subgroup": ("vi", "Tỷ lệ thất nghiệp là 2,35%\n\nTỷ lệ thất nghiệp của lao động trong độ tuổi là 2,53%."),
    "a rate of the year before": ("vi", "Tỷ lệ bao phủ bảo hiểm y tế đạt 92,5%\n\nNăm trước, tỷ lệ bao phủ bảo hiểm y tế đạt 95,2%."),
    "a rate of a named year": ("vi", "Tỷ lệ bao phủ bảo hiểm y tế đạt 92,5%\n\nTỷ lệ bao phủ bảo hiểm y tế năm 2023 đạt 95,2%, năm nay giảm."),
    "a rate of a place (en)": ("en", "Turnout hit 61.4% statewide\n\nIn the capital, turnout was 64.1%."),
    "a rate of women (en)": ("en", "Unemployment rate falls to 3.85%\n\nThe unemployment rate for women was 3.58% in May."),
    "new firms and the running total": ("vi", "Năm 2023, toàn tỉnh có 1.234 doanh nghiệp thành lập mới. Lũy kế đến nay có 12.340 doanh nghiệp đang hoạt động."),
    "exports and imports": ("vi", "Kim ngạch xuất khẩu đạt 1.245 triệu USD. Kim ngạch nhập khẩu đạt 1.254 triệu USD."),
    "two months": ("vi", "Tháng 6, doanh thu đạt 1.234 tỷ đồng. Doanh thu tháng 7 đạt 1.243 tỷ đồng."),
    "a district and a commune": ("vi", "Huyện có 1.234 hộ nghèo. Xã Tân Lập có 123 hộ nghèo."),
    "a body and one of its units": ("vi", "Toàn Đảng bộ có 1.234 đảng viên. Đảng bộ xã có 1.243 đảng viên."),
    "a district and one school": ("en", "The district has 12,450 students. Enrollment at the high school is 1,245 students."),
    "two years named after": ("en", "In 2022, the city issued 1,245 permits. The city issued 1,254 permits in 2023."),
    "an estimate and a later count": ("en", "About 12,450 people attended. Of the 12,540 people, most stayed."),
    "a pronoun and another year": ("en", "Smith received 12,345 votes. He had received 12,435 votes in 2016."),
    "two candidates": ("en", "Smith received 12,345 votes. Jones received 12,354 votes."),
    "a candidate and the opponent": ("en", "Smith received 12,345 votes. His opponent received 12,354 votes."),
    "the county and the city": ("en", "Voters cast 12,345 ballots in the county. In the city, 12,354 ballots were cast."),
    "the first quarter and the second": ("en", "The company shipped 12,345 units in the first quarter. It shipped 12,354 units in the second."),
    "last quarter and this one": ("en", "The company shipped 12,345 units last quarter. It shipped 12,354 units this quarter."),
    "last month and this one": ("en", "The company shipped 12,345 units last month. This month it shipped 12,354 units."),
    "this quarter and the last": ("vi", "Quý này công ty xuất 12.345 tấn. Quý trước công ty xuất 12.354 tấn."),
    "the first year and the second": ("en", "The museum had 12,345 visitors in its first year. It had 12,354 visitors in its second year."),
    "the old bridge and the new": ("en", "The old bridge carried 12,345 vehicles a day. The new bridge carries 12,354 vehicles a day."),
    "the old bridge and the new (vi)": ("vi", "Cầu cũ có 12.345 lượt xe qua lại. Cầu mới có 12.354 lượt xe qua lại."),
    "a census and growth since": ("en", "The county's population was 12,345 at the 2010 census. It has grown to 12,354."),
    "planned and delivered": ("en", "The plan called for 12,345 new homes. Builders delivered 12,354 new homes."),
    "expected and collected": ("vi", "Dự kiến thu 1.234 tỷ đồng. Thực thu 1.243 tỷ đồng."),
    "men and women": ("en", "Men cast 12,345 votes. Women cast 12,354 votes."),
    "men and women (vi)": ("vi", "Nam giới có 12.345 người. Nữ giới có 12.354 người."),
    "public and private schools": ("en", "12,345 students enrolled in public schools. 12,354 students enrolled in private schools."),
    "hired and left": ("en", "The state hired 1,234 teachers. Nearly 1,243 teachers left."),
    "admitted and graduated": ("vi", "Năm nay trường tuyển 1.234 sinh viên. Số sinh viên tốt nghiệp là 1.243 sinh viên."),
    "a floor and the confirmed count": ("en", "At least 1,234 people died. Officials later confirmed 1,243 deaths."),
    "raised and spent": ("en", "The fund raised $12.45 million. It spent $12.54 million."),
    "revenue and spending": ("vi", "Tổng thu ngân sách đạt 1.234 tỷ đồng. Tổng chi ngân sách đạt 1.243 tỷ đồng."),
    "two districts under their headings": ("vi", "Huyện Đông Anh.\nNăm nay huyện có 1.234 hộ nghèo.\n\nHuyện Sóc Sơn.\nNăm nay huyện có 1.243 hộ nghèo."),
    "two districts named in their paragraphs": ("vi", "Tại Đông Anh, công tác giảm nghèo có nhiều chuyển biến. Năm nay huyện có 1.234 hộ nghèo.\n\n"
                                                      "Tại Sóc Sơn, công tác giảm nghèo còn khó khăn. Năm nay huyện có 1.243 hộ nghèo."),
    "two counties under their headings": ("en", "Lincoln County\nThe county recorded 12,345 births.\n\nAdams County\nThe county recorded 12,354 births."),
    "two states named in their paragraphs": ("en", "In Ohio, turnout was strong. Voters cast 12,345 ballots.\n\n"
                                                   "In Texas, turnout was weak. Voters cast 12,354 ballots."),
    "two numbered stores": ("en", "Sales reached $21,420 in store 1801. Sales reached $2,420 in store 3602."),
    "a series of close values": ("vi", "Xã Đông có 1.234 hộ. Xã Tây có 1.243 hộ. Xã Nam có 1.235 hộ. Xã Bắc có 1.244 hộ."),
    "two small figures": ("vi", "Xã có 72 hộ nghèo. Cuối năm, xã có 27 hộ nghèo."),
    "two breakdowns of one year": ("en", "In 2021 the east ward had 21,350 homes: 4,400 rented, 6,125 owned. "
                                         "In 2021 the west ward had 18,900 homes: 2,760 rented, 6,215 owned."),
    "two rows of one template": ("vi", "Số lượt khám bệnh đạt 18.384 lượt, tăng 3,5% so với năm trước. "
                                       "Số lượt khám bệnh đạt 18.324 lượt, tăng 8,1% so với năm trước."),
}


@pytest.mark.parametrize("case", sorted(SILENT))
def test_close_values_of_two_quantities_stay_silent(case):
    lang, text = SILENT[case]
    assert [f for f in findings(text, lang) if f[0] == "R001"] == []

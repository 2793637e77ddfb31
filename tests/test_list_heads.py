"""Which figure a breakdown totals: the nearest one counting the same thing, exact before hedged."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

CASES = {
    "vi": "Hội thi có 126 thí sinh tham dự, đại diện cho hơn 40.000 thí sinh toàn tỉnh. "
          "Trong đó, 70 thí sinh đến từ khối trung học, 44 thí sinh khối tiểu học và 12 thí sinh khối mầm non.",
    "en": "The contest drew 126 pupils, chosen from more than 40,000 across the province. "
          "Of them, 70 pupils came from secondary schools, 44 pupils from primary schools and 12 pupils from kindergartens.",
}
MESSAGES = {"vi": "ghi tổng 129, nhưng các phần cộng lại được 126", "en": "stated total 129, the parts add up to 126"}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_breakdown_totals_the_exact_count_not_the_nearer_bound(lang):
    result = lint_text(CASES[lang], lang)
    assert result.diagnostics == ()
    assert ("sum", "consistent", "70 + 44 + 12 = 126, stated 126") in result.verified
    assert not any("40" in arithmetic for _, _, arithmetic in result.verified)  # the bound is nobody's total


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_mistyped_total_of_such_a_breakdown_is_reported(lang):
    text = CASES[lang].replace("126", "129")
    (d,) = lint_text(text, lang).diagnostics
    assert (d.code, d.message, d.arithmetic) == ("S001", MESSAGES[lang], "70 + 44 + 12 = 126 ≠ 129")
    assert text[d.span.start:d.span.end] == "129"


def test_a_verb_after_a_figure_is_not_what_it_counts():
    text = "Of the 1,205 new members, 612 were women (50.8%) and 298 belonged to ethnic minorities (24.7%)."
    assert ("percent", "consistent", "298 / 1,205 = 24.7%, stated 24.7%") in lint_text(text, "en").verified
    (d,) = lint_text(text.replace("24.7%", "27.4%"), "en").diagnostics
    assert (d.code, d.message) == ("P001", "stated 27.4%, computed 24.7%")


def test_shares_of_a_whole_named_first_must_close_at_100_percent():
    text = "Of the 1,200 people surveyed, 54% backed the plan, 38% opposed it and 8% were unsure."
    assert lint_text(text, "en").verified == (("shares_total", "consistent", "54% + 38% + 8% = 100%"),)
    (d,) = lint_text(text.replace("54%", "57%"), "en").diagnostics
    assert (d.code, d.message) == ("P002", "the shares add up to 103%, not 100%")
    assert lint_text("Of 1,200 people surveyed, 54% backed the plan and 38% opposed it.", "en").diagnostics == ()  # may be partial


def test_a_count_of_them_is_a_part_of_the_count_before_it():
    text = "The company employs 4,200 people, 1,150 of them in research."
    assert lint_text(text, "en").verified == (("part_le_whole", "consistent", "1,150 ≤ 4,200"),)
    (d,) = lint_text(text.replace("1,150", "5,150"), "en").diagnostics
    assert (d.code, d.message) == ("S002", "the part 5,150 exceeds its whole 4,200")


def test_figures_of_different_scales_are_written_in_full_and_the_fix_in_the_totals_scale():
    text = "Dân số trung bình 1,2 triệu người (nam 598.000 người, nữ 802.000 người)."
    (d,) = lint_text(text, "vi").diagnostics
    assert (d.code, d.message, d.arithmetic) == (
        "S001", "ghi tổng 1.200.000, nhưng các phần cộng lại được 1.400.000", "598.000 + 802.000 = 1.400.000 ≠ 1.200.000")
    assert (text[d.fix.span.start:d.fix.span.end], d.fix.replacement) == ("1,2", "1,4")  # "1,4 triệu"
    (s,) = [x for x in lint_text(text.replace("802.000", "1.302.000"), "vi").diagnostics if x.code == "S002"]
    assert (s.message, s.arithmetic) == ("phần 1.302.000 lớn hơn tổng thể 1.200.000", "1.302.000 > 1.200.000")


def test_of_them_after_two_counts_is_not_linked():
    assert lint_text("The survey covered 1,000 households in 12 provinces; 800 of them were rural.", "en").diagnostics == ()


def test_diploma_levels_are_items_not_labels():
    text = ("Tổng số cán bộ, công chức cấp xã là 3.450 người; trong đó, trình độ đại học trở lên 2.890 người (83,8%), "
            "cao đẳng 310 người (9,0%), trung cấp 250 người (7,2%).")
    assert ("sum", "consistent", "2.890 + 310 + 250 = 3.450, stated 3.450") in lint_text(text, "vi").verified
    assert lint_text("Trường đạt chuẩn quốc gia cấp 2 là 15 trường.", "vi").verified == ()  # "cấp 2" is a level


def test_include_opens_a_list_checked_only_when_it_misses_its_total_narrowly():
    text = "The district's 14,250 students include 7,300 in elementary schools, 3,450 in middle schools and 3,500 in high schools."
    assert ("sum", "consistent", "7,300 + 3,450 + 3,500 = 14,250, stated 14,250") in lint_text(text, "en").verified
    (d,) = lint_text(text.replace("3,500", "3,540"), "en").diagnostics
    assert (d.code, d.message) == ("S001", "stated total 14,250, the parts add up to 14,290")
    assert lint_text(text.replace("3,500", "1,500"), "en").diagnostics == ()  # a partial list: "include" promises no more


def test_a_bare_figure_and_a_counted_one_are_not_summed_as_parts():
    text = "Smith scored 31 points on 12-of-18 shooting, including 4 of 6 from three-point range, and added 9 rebounds."
    assert lint_text(text, "en").diagnostics == ()  # 4 (of 6) and 9 rebounds are not a breakdown of 12


def _one(text: str, lang: str):
    """The single finding on `text`, with the figure it points at."""
    (d,) = lint_text(text, lang).diagnostics
    return d.code, d.message, text[d.span.start:d.span.end]


# Hedges on a total and its parts are intervals: "hơn 6.420" is at least 6.420 and under the next
# step of its rounding (6.430); the parts' own "hơn" may carry their sum past the total's figure.
HEDGED = {
    "vi": ("Sản lượng đạt hơn 6.420 tấn, trong đó lúa hơn 4.280 tấn, ngô hơn 2.141 tấn.", "2.141", "2.191",
           ("S001", "ghi tổng 6.420, nhưng các phần cộng lại được 6.471", "6.420")),
    "en": ("The mills processed more than 6,420 tonnes, of which more than 4,280 tonnes were wheat and more than 2,141 tonnes maize.",
           "2,141", "2,191", ("S001", "stated total 6,420, the parts add up to 6,471", "6,420")),
}
NEARLY = {
    "vi": ("Sản lượng đạt gần 6.430 tấn, gồm 4.280 tấn lúa và 2.141 tấn ngô.", "2.141", "2.241",
           ("S001", "ghi tổng 6.430, nhưng các phần cộng lại được 6.521", "6.430")),
    "en": ("Output reached nearly 6,430 tonnes, consisting of 4,280 tonnes of rice and 2,141 tonnes of maize.", "2,141", "2,241",
           ("S001", "stated total 6,430, the parts add up to 6,521", "6,430")),
}


@pytest.mark.parametrize("cases", [HEDGED, NEARLY], ids=["more-than", "nearly"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_hedged_total_holds_its_hedged_parts_within_the_hedges(cases, lang):
    text, figure, altered, finding = cases[lang]
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    assert any(kind == "sum" and verdict == "consistent" for kind, verdict, _ in result.verified)
    assert _one(text.replace(figure, altered), lang) == finding


def test_hedged_parts_do_not_excuse_an_exact_total_they_exceed():
    text = "Sản lượng đạt 6.420 tấn, trong đó lúa hơn 4.280 tấn, ngô hơn 2.141 tấn."
    assert _one(text, "vi") == ("S001", "ghi tổng 6.420, nhưng các phần cộng lại được 6.421", "6.420")


# "Trong số này" / "Of these" after a total names parts of that total, not of the first figure after it.
BACK = {
    "vi": ("Năm 2024, tỉnh cấp phép mới 24 dự án. Trong số này, 15 dự án thuộc lĩnh vực công nghiệp, "
           "6 dự án thuộc lĩnh vực dịch vụ và 3 dự án thuộc lĩnh vực nông nghiệp.", "ghi tổng 24, nhưng các phần cộng lại được 25"),
    "en": ("The county approved 24 new projects in 2024. Of these, 15 projects were industrial, 6 projects were in services "
           "and 3 projects were in farming.", "stated total 24, the parts add up to 25"),
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_parts_named_after_this_refer_to_the_total_before(lang):
    text, message = BACK[lang]
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    assert ("sum", "consistent", "15 + 6 + 3 = 24, stated 24") in result.verified
    assert _one(text.replace("15", "16"), lang) == ("S001", message, "24")


SPLIT_BEFORE = {
    "vi": "Tỉnh có 11 dự án mới. Trong đó, 10 dự án trong khu công nghiệp; 1 dự án ngoài khu công nghiệp. "
          "Trong số này, 9 dự án chế biến, 1 dự án bất động sản và 1 dự án khoa học.",
    "en": "The province licensed 11 new projects. Of them, 10 projects are in industrial parks and 1 project is outside. "
          "Of these, 9 projects are in processing, 1 project is in real estate and 1 project is in science.",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_this_reaches_past_a_list_of_parts_to_the_total_they_add_up_to(lang):
    text = SPLIT_BEFORE[lang]
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    assert ("sum", "consistent", "9 + 1 + 1 = 11, stated 11") in result.verified
    # which total a wrong list meant is unknown: no sum is judged, but no part may exceed them all
    assert not [d for d in lint_text(text.replace("9 projects", "8 projects").replace("9 dự án", "8 dự án"), lang).diagnostics]
    code, message, figure = _one(text.replace("9 projects", "19 projects").replace("9 dự án", "19 dự án"), lang)
    assert (code, figure) == ("S002", "19") and "11" in message


def test_a_named_group_without_a_figure_refers_back_to_the_total():
    text = "Cử tri đã bầu đủ 45 đại biểu. Trong số người trúng cử có 15 đại biểu nữ; 30 đại biểu dân tộc thiểu số; 12 đại biểu tái cử."
    assert lint_text(text, "vi").diagnostics == ()
    assert ("part_le_whole", "consistent", "30 ≤ 45") in lint_text(text, "vi").verified
    assert _one(text.replace("30", "50"), "vi") == ("S002", "phần 50 lớn hơn tổng thể 45", "50")
    en = "Voters elected 45 councillors. Among the new councillors, 15 councillors are women and 30 councillors are from ethnic minorities."
    assert lint_text(en, "en").diagnostics == ()
    assert _one(en.replace("30", "50"), "en") == ("S002", "the part 50 exceeds its whole 45", "50")


def test_a_whole_named_after_the_group_is_still_the_whole():
    text = "Trong số hồ sơ đang chờ xử lý gồm 4.310 hồ sơ, có 3.980 hồ sơ chưa đến hạn và 330 hồ sơ đã quá hạn."
    assert ("sum", "consistent", "3.980 + 330 = 4.310, stated 4.310") in lint_text(text, "vi").verified
    assert _one(text.replace("330", "380"), "vi") == ("S001", "ghi tổng 4.310, nhưng các phần cộng lại được 4.360", "4.310")


# Items told apart by different attributes (sex, ethnicity, re-election …) overlap: no sum, each part ≤ whole.
ATTRIBUTES = {
    "vi": ("Cử tri đã bầu đủ 7 đại biểu, trong đó có 2 đại biểu nữ, 6 đại biểu tái cử.", "6 đại biểu", "9 đại biểu",
           ("S002", "phần 9 lớn hơn tổng thể 7", "9")),
    "en": ("Voters elected 7 members, of whom 2 are women and 6 are incumbents.", "6 are", "9 are",
           ("S002", "the part 9 exceeds its whole 7", "9")),
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_attributes_that_cut_across_are_not_summed_but_each_stays_within_the_whole(lang):
    text, figure, altered, finding = ATTRIBUTES[lang]
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    assert not any(kind == "sum" for kind, _, _ in result.verified)
    assert _one(text.replace(figure, altered), lang) == finding


def test_a_misspelt_minority_is_still_an_attribute():
    text = "Tỉnh đã bầu đủ 6 đại biểu, trong đó có 1 đại biểu nữ, 6 đại biểu tộc thiểu số."
    assert lint_text(text, "vi").diagnostics == ()


# A goal ("phấn đấu", "aims to") is no part of what was done; a share written without its '%' after
# "chiếm" / "accounting for" is no count; a clause with a new subject after ';' does not reach back.
NOT_PARTS = {
    "goal-vi": ("Huyện đoàn đã trao 180 suất học bổng, trong đó 120 suất cho học sinh vùng cao; "
                "kế hoạch năm sau phấn đấu trao ít nhất 1.500 suất học bổng.", "vi", "120", "220", "phần 220 lớn hơn tổng thể 180"),
    "goal-en": ("The charity handed out 180 parcels, including 120 parcels for remote villages, and aims to deliver "
                "at least 1,500 parcels next winter.", "en", "120", "220", "the part 220 exceeds its whole 180"),
    "share-vi": ("Huyện có 40 cán bộ chủ chốt, trong đó 12 cán bộ nữ; số có trình độ đại học chiếm 92,5.", "vi", "12", "52",
                 "phần 52 lớn hơn tổng thể 40"),
    "share-en": ("The board has 40 members, of whom 12 are women and graduates account for 62.5.", "en", "12", "52",
                 "the part 52 exceeds its whole 40"),
    "clause-vi": ("Đoàn thanh niên đã tặng 170 suất quà cho thanh niên nghèo; Hội Chữ thập đỏ phát động chương trình "
                  "Tết nhân ái, trong đó trao 2.000 suất quà cho hộ nghèo.", "vi", "chương trình Tết nhân ái", "trao 1.500 suất quà",
                  "phần 2.000 lớn hơn tổng thể 1.500"),
    "clause-en": ("The youth union gave 170 gift boxes to poor students; the Red Cross launched its winter drive, including "
                  "2,000 gift boxes for poor households.", "en", "launched its winter drive", "handed out 1,500 gift boxes",
                  "the part 2,000 exceeds its whole 1,500"),
}


@pytest.mark.parametrize("case", sorted(NOT_PARTS))
def test_goals_shares_and_other_clauses_are_not_parts(case):
    text, lang, figure, altered, message = NOT_PARTS[case]
    assert lint_text(text, lang).diagnostics == ()
    code, got, _ = _one(text.replace(figure, altered), lang)
    assert (code, got) == ("S002", message)


# Recall: a total heading its list ("Trong 1.355 …, có a, b và c"), a count over its whole
# ("9.402/9.761 học sinh", "916 of 988 precincts") and a colon after a label of the breakdown.
HEADED = {
    "vi": ("Trong 1.240 học sinh đoạt giải năm nay, có 86 giải Nhất, 502 giải Nhì và 652 giải Ba.", "1.240", "1.243",
           "ghi tổng 1.243, nhưng các phần cộng lại được 1.240"),
    "en": ("Of the 1,240 students who won prizes, 86 won first prizes, 502 won second prizes and 652 won third prizes.",
           "1,240", "1,243", "stated total 1,243, the parts add up to 1,240"),
}
OVER = {
    "vi": ("Toàn tỉnh có 9.402/9.761 học sinh đỗ tốt nghiệp.", "9.402", "19.402", "phần 19.402 lớn hơn tổng thể 9.761"),
    "en": ("By midnight, 916 of the county's 988 precincts had reported.", "916", "9,916", "the part 9,916 exceeds its whole 988"),
}
COLON = {
    "vi": ("Trong năm, Ủy ban Kiểm tra đã đề nghị xử lý 840 đảng viên, với hình thức: khiển trách 612 đảng viên, "
           "cảnh cáo 160 đảng viên, cách chức 28 đảng viên, khai trừ 40 đảng viên.", "840", "843",
           "ghi tổng 843, nhưng các phần cộng lại được 840"),
    "en": ("The committee disciplined 840 members last year, as follows: 612 members were reprimanded, 160 members were "
           "warned, 28 members were dismissed and 40 members were expelled.", "840", "843",
           "stated total 843, the parts add up to 840"),
}


SEMICOLONS = {
    "vi": ("Sản lượng thủy sản tháng 8 ước tính đạt 612.400 tấn, tăng 3,9% so với cùng kỳ năm trước, bao gồm cá đạt 448.300 tấn, "
           "tăng 4,2%; tôm đạt 81.600 tấn, tăng 2,0%; thủy sản khác đạt 82.500 tấn, tăng 3,1%.", "612.400", "612.403",
           "ghi tổng 612.403, nhưng các phần cộng lại được 612.400"),
    "en": ("Output reached 612,400 tonnes in August, consisting of fish at 448,300 tonnes, up 4.2%; shrimp at 81,600 tonnes, "
           "up 2.0%; and other seafood at 82,500 tonnes, up 3.1%.", "612,400", "612,403",
           "stated total 612,403, the parts add up to 612,400"),
}


RESTATED = {
    "vi": ("Tỷ lệ thất nghiệp chung của tỉnh là 0,68%, tương đương với 5.280 người thất nghiệp. Trong đó, tỷ lệ thất nghiệp ở thành thị là 1,32%, tương đương với 3.910 người; "
           "ở khu vực nông thôn 1.370 người.", "5.280", "5.283", "ghi tổng 5.283, nhưng các phần cộng lại được 5.280"),
    "en": ("The province counted 5,280 people out of work. Of these, the urban rate was 1.32%, equivalent to 3,910 people; "
           "rural areas had 1,370 people.", "5,280", "5,283", "stated total 5,283, the parts add up to 5,280"),
}


NAMED_PARTS = {
    "vi": ("Hội thi có hơn 4.200 thí sinh từ 27 đơn vị (22 trường và 5 trung tâm).", "27 đơn vị", "21 đơn vị",
           "ghi tổng 21, nhưng các phần cộng lại được 27"),
    "en": ("The fair drew over 4,200 pupils from 27 units (22 schools and 5 centers).", "27 units", "21 units",
           "stated total 21, the parts add up to 27"),
}


@pytest.mark.parametrize("cases", [HEADED, OVER, COLON, SEMICOLONS, RESTATED, NAMED_PARTS],
                         ids=["headed", "over", "colon", "semicolons", "restated", "named-parts"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_totals_heading_their_lists_and_counts_over_their_wholes(cases, lang):
    text, figure, altered, message = cases[lang]
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    assert any(verdict == "consistent" and kind in ("sum", "part_le_whole") for kind, verdict, _ in result.verified)
    code, got, stated = _one(text.replace(figure, altered, 1), lang)
    assert (got, stated) == (message, altered.split()[0]) and code in ("S001", "S002")


@pytest.mark.parametrize(("text", "lang"), [
    ("Trong 6 tháng đầu năm, tỉnh giải quyết 120 hồ sơ, 40 hồ sơ đúng hạn và 80 hồ sơ trễ hạn.", "vi"),  # a period, not a whole
    ("Trung tâm trực 24/7 để hỗ trợ người dân.", "vi"),  # a day and month, or round the clock
    ("Sales rose 5 of 7 percent.", "en"),
    ("Dự án góp vốn theo tỷ lệ 60/40 giữa nhà nước và tư nhân.", "vi"),  # a ratio
    ("The partners agreed to 60/40 profits sharing.", "en"),  # English writes counts over wholes with "of"
    ("Cửa hàng tại số 45/12 đường Lê Lợi bị xử phạt.", "vi"),  # an address
    ("Gia đình ở hẻm 120/15 đường Nguyễn Trãi được hỗ trợ.", "vi"),
    ("Xây dựng trạm biến áp 110/22 kV Nam Sơn.", "vi"),  # two measures
    ("Tỷ số giới tính khi sinh là 112/100 trẻ.", "vi"),  # a ratio named earlier in the clause
])
def test_periods_ratios_addresses_and_small_pairs_are_no_wholes(text, lang):
    assert [d for d in lint_text(text, lang).diagnostics if d.code in ("S001", "S002")] == []


HEDGED_WHOLE = {
    "vi": ("Trong số hơn 12.000 thí sinh dự thi có 318 thí sinh đạt loại giỏi, 2.715 thí sinh đạt loại khá.", "2.715", "32.715",
           ("S002", "phần 32.715 lớn hơn tổng thể 12.000", "32.715")),
    "en": ("Of the more than 12,000 candidates, 318 candidates earned distinctions and 2,715 candidates earned merits.",
           "2,715", "32,715", ("S002", "the part 32,715 exceeds its whole 12,000", "32,715")),
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_part_far_above_a_hedged_whole_exceeds_it(lang):
    text, figure, altered, finding = HEDGED_WHOLE[lang]
    assert lint_text(text, lang).diagnostics == ()
    assert _one(text.replace(figure, altered), lang) == finding


def test_a_round_floor_holds_a_part_somewhat_above_it_and_a_precise_one_does_not():
    assert lint_text("Năm nay có trên 1.000 hộ được hỗ trợ, trong đó 1.200 hộ nghèo.", "vi").diagnostics == ()
    text = "Tổng sản lượng đạt hơn 87.560 tấn. Trong đó, sản lượng khai thác đạt hơn 87.586 tấn."
    assert _one(text, "vi") == ("S002", "phần 87.586 lớn hơn tổng thể 87.560", "87.586")
    assert lint_text(text.replace("87.586", "74.886"), "vi").diagnostics == ()


def test_a_part_is_reported_once_and_against_the_whole_it_is_written_over():
    text = "Huyện có 15 xã, trong đó 12/13 xã đạt chuẩn nông thôn mới."
    assert lint_text(text, "vi").diagnostics == ()
    assert _one(text.replace("12/13", "14/13"), "vi") == ("S002", "phần 14 lớn hơn tổng thể 13", "14")
    assert _one(text.replace("12/13", "27/19"), "vi") == ("S002", "phần 27 lớn hơn tổng thể 19", "27")  # not twice
    assert lint_text(text.replace("12/13", "17/19"), "vi").diagnostics == ()  # the whole it is written over holds it
    en = "The district has 15 communes, including 12 of its 13 rural communes."
    assert _one(en.replace("12 of", "27 of").replace("13 rural", "19 rural"), "en") == ("S002", "the part 27 exceeds its whole 19", "27")


PRIZES = {
    "vi": ("Thành phố có 134 thí sinh đạt giải; trong đó có 3 giải Nhất Toán, 5 giải Nhất Hóa học.", "5 giải", "335 giải",
           ("S002", "phần 335 lớn hơn tổng thể 134", "335")),
    "en": ("The city had 16 students who won prizes, including 3 prizes in maths and 5 prizes in chemistry.", "5 prizes",
           "25 prizes", ("S002", "the part 25 exceeds its whole 16", "25")),
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_prizes_are_counted_among_the_people_who_won_them(lang):
    text, figure, altered, finding = PRIZES[lang]
    assert lint_text(text, lang).diagnostics == ()
    assert ("part_le_whole", "consistent", "3 ≤ " + ("134" if lang == "vi" else "16")) in lint_text(text, lang).verified
    assert _one(text.replace(figure, altered), lang) == finding


THOSE = {
    "vi": ("Trong tháng 3, có 6 triệu người đang tìm việc. Trong số những người này, 1,4 triệu người đã thất nghiệp từ 27 tuần "
           "trở lên.", "1,4 triệu", "14 triệu", ("S002", "phần 14 lớn hơn tổng thể 6", "14")),
    "en": ("In March, 6 million people were looking for work. Of those, 1.4 million were out of work for 27 weeks or longer.",
           "1.4 million", "14 million", ("S002", "the part 14 exceeds its whole 6", "14")),
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_of_those_names_a_part_of_the_count_before(lang):
    text, figure, altered, finding = THOSE[lang]
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    assert any(kind == "part_le_whole" and verdict == "consistent" for kind, verdict, _ in result.verified)
    assert _one(text.replace(figure, altered), lang) == finding


WITH_NAMED = {
    "en": "Among the 40 counties, 31 reported gains in jobs, led by Harris with 18,000.",
    "vi": "Trong số 40 huyện, 31 huyện có việc làm tăng, dẫn đầu là huyện A với 18.000.",
}


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_bare_figure_after_with_describes_what_its_item_names(lang):
    # 18,000 is what the named county gained, not a count of the 40 counties
    assert lint_text(WITH_NAMED[lang], lang).diagnostics == ()
    hedged = WITH_NAMED[lang].replace("with 18", "with more than 18").replace("với 18", "với hơn 18")
    assert lint_text(hedged, lang).diagnostics == ()
    altered = WITH_NAMED[lang].replace("31", "41", 1)
    (d,) = lint_text(altered, lang).diagnostics
    assert (d.code, altered[d.span.start:d.span.end]) == ("S002", "41")
    assert d.message == {"en": "the part 41 exceeds its whole 40", "vi": "phần 41 lớn hơn tổng thể 40"}[lang]


@pytest.mark.parametrize("text, found", [
    # round figures: a rest under one unit of their last written digit changes one digit whatever it is
    ("Tổng chi ngân sách ước thực hiện 9.200 tỷ đồng; trong đó chi đầu tư phát triển 3.400 tỷ đồng, chi thường xuyên 5.600 tỷ đồng.", []),
    # figures written to the unit: the same rest, one digit apart with every other digit kept, is a likely slip
    ("Tổng chi ngân sách ước thực hiện 9.217 tỷ đồng; trong đó chi đầu tư phát triển 3.417 tỷ đồng, chi thường xuyên 5.600 tỷ đồng.",
     [("S001", "9.217", "ghi tổng 9.217, nhưng các phần cộng lại được 9.017")]),
    # a partial list a little short of its total: the rest is other members, not a slip
    ("Huyện có 1.257 hộ được hỗ trợ, trong đó 803 hộ nghèo, 431 hộ cận nghèo.", []),
    # over its total, within 2%: some of its members cannot outnumber it
    ("Huyện có 1.257 hộ được hỗ trợ, trong đó 803 hộ nghèo, 461 hộ cận nghèo.",
     [("S001", "1.257", "ghi tổng 1.257, nhưng các phần cộng lại được 1.264")]),
    # round figures over their total by more than one unit of their last digit, within 2%: a slip
    ("Tổng chi ngân sách ước thực hiện 9.200 tỷ đồng; trong đó chi đầu tư phát triển 3.400 tỷ đồng, chi thường xuyên 5.850 tỷ đồng.",
     [("S001", "9.200", "ghi tổng 9.200, nhưng các phần cộng lại được 9.250")]),
])
def test_a_partial_list_one_digit_short_is_a_slip_only_when_its_figures_are_not_round(text, found):
    assert [(d.code, text[d.span.start:d.span.end], d.message) for d in lint_text(text, "vi").diagnostics] == found

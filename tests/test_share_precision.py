"""A percentage is judged as part / whole only when no other reading of its neighbourhood fits:
a change written beside a figure (class 2 of the precision issue), a rate each counted member has
or a threshold (class 3), a subgroup's rate whose base is not given (class 4). Each reading is
tested both ways: as written, nothing is reported; a real share beside it altered, exactly one
finding, on that share."""
from __future__ import annotations

from decimal import Decimal

import pytest

from linter.run.engine import lint_text
from linter.core.model import Claim, Operand, Quantity, Span
from linter.rules.percent_of_total import one_per_figure


def findings(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(d.code, d.stated, d.arithmetic) for d in lint_text(text, lang).diagnostics]


# class 2: a change read as a share, or shares read as a breakdown
CHANGES = [
    ("vi", "Sản lượng hàng qua cảng năm 2023 là 9,8 triệu tấn. Cảng A đạt 5,2 triệu tấn (-3,5%); cảng B đạt "
           "3,1 triệu tấn (+2,4%); cảng C đạt 1,5 triệu tấn (-1,2%)."),
    ("en", "Cargo through the three ports reached 9.8 million tonnes in 2023. Port A handled 5.2 million tonnes "
           "(-3.5%); Port B handled 3.1 million tonnes (+2.4%); Port C handled 1.5 million tonnes (-1.2%)."),
    ("en", "Hidalgo County (91.8 percent Hispanic, a 4.2 percent increase) and Webb County (95.1 percent Hispanic, "
           "3.9 percent increase) lead the state."),
    ("en", "The suburb is 61.3 percent white, a 5.2 percent decline, and 31.0 percent Black."),
    ("vi", "Tổng sản lượng 9,8 triệu tấn. Tỉnh A (4,1 triệu tấn, +2,4%); tỉnh B (3,2 triệu tấn, 3,1%); tỉnh C (2,5 triệu tấn, -1,5%)."),
    ("en", "Cargo reached 110 million tonnes. Asia (43.4 million tonnes, +5.4%); America (30.8 million tonnes, 2.4%); "
           "Europe (20.1 million tonnes, +5%)."),
]


@pytest.mark.parametrize("lang,text", CHANGES)
def test_a_signed_percentage_or_one_named_as_a_change_is_no_share(lang, text):
    assert findings(text, lang) == []


def test_a_share_beside_its_change_is_still_checked():
    text = "Of the county's 120,000 residents, 95,200 are Hispanic (79.3 percent, a 6.1 percent increase)."
    assert findings(text, "en") == []
    assert findings(text.replace("79.3", "97.3"), "en") == [("P001", "97.3 percent", "95,200 / 120,000 = 79.3 percent ≠ 97.3 percent")]
    assert findings(text.replace("6.1", "9.1"), "en") == []  # a change against a base the text does not give


def test_shares_that_do_add_up_are_still_a_breakdown():
    text = "Of the members, consisting of: men 48.5%, women 51.5%."
    assert findings(text, "en") == []
    (d,) = lint_text(text.replace("51.5", "51.8"), "en").diagnostics
    assert (d.code, d.message) == ("P002", "the shares add up to 100.3%, not 100%")


def test_a_signed_vietnamese_share_list_and_a_real_share_beside_it():
    text = "Năm 2023 toàn tỉnh xuất khẩu 9,8 triệu tấn, trong đó gạo 5,2 triệu tấn, chiếm 53,1% (+4,1%)."
    assert findings(text, "vi") == []
    assert findings(text.replace("53,1", "35,1"), "vi") == [("P001", "35,1%", "5,2 / 9,8 = 53,1% ≠ 35,1%")]


# class 3: a percentage that describes each member, or a threshold
MEMBERS = [
    ("vi", "Có 38/45 trường có tỷ lệ học sinh lên lớp đạt 100%."),
    ("vi", "Toàn huyện có 17/23 xã có số hộ dùng nước sạch đạt 100%, 6/23 xã có tỷ lệ trên 90%."),
    ("vi", "Có 4/11 xã có tỷ lệ hộ nghèo dưới 3%."),
    ("vi", "Có 4/11 xã có tỷ lệ hộ nghèo từ 10% trở lên."),
    ("en", "In all, 8 of the 12 precincts where turnout reached 100% reported by noon."),
    ("en", "5 of 14 districts with a poverty rate below 4% got no grant."),
    ("en", "Of the 14 districts, 5 had unemployment above 8%."),
    ("en", "In all, 8 of 10 schools with a 100% pass rate got a bonus."),
    ("en", "Of the 9 districts, 3 have a poverty rate of 5%."),
    ("vi", "Có 38/45 trường có 100% giáo viên đạt chuẩn."),
    ("vi", "Toàn tỉnh có 45/52 xã đạt tỷ lệ tiêm chủng trên 95%."),
    ("en", "In 822 of the 961 precincts, turnout was 100%."),
    ("vi", "Ở 30/52 xã, tỷ lệ hộ nghèo còn dưới 5%."),
]


@pytest.mark.parametrize("lang,text", MEMBERS)
def test_a_rate_of_each_member_or_a_threshold_is_not_the_fraction(lang, text):
    assert findings(text, lang) == []


@pytest.mark.parametrize("lang,text,share,wrong,arithmetic", [
    ("vi", "Có 38/45 trường có tỷ lệ học sinh lên lớp đạt 100%, 40/45 trường đạt chuẩn quốc gia, đạt 88,9%.",
     "88,9%", "89,9%", "40 / 45 = 88,9% ≠ 89,9%"),
    ("vi", "Có 1.200 hộ có số thành viên trên 5 người, chiếm 12% trong tổng số 10.000 hộ.", "12%", "21%",
     "1.200 / 10.000 = 12% ≠ 21%"),
    ("en", "Of the 14 districts, 5 (35.7%) had unemployment above 8%.", "35.7%", "37.5%", "5 / 14 = 35.7% ≠ 37.5%"),
    ("vi", "Toàn tỉnh có 45/52 xã đạt tỷ lệ tiêm chủng trên 95%, 47/52 xã đạt chuẩn nông thôn mới, đạt tỷ lệ 90,4%.",
     "90,4%", "94,0%", "47 / 52 = 90,4% ≠ 94,0%"),
])
def test_the_fraction_beside_a_member_rate_is_still_checked(lang, text, share, wrong, arithmetic):
    assert findings(text, lang) == []
    assert findings(text.replace(share, wrong), lang) == [("P001", wrong, arithmetic)]


def test_a_share_with_a_share_verb_before_its_hedge_is_a_hedged_share():
    text = "Có 9.620/10.000 hộ dùng nước sạch, chiếm trên 96%."
    assert findings(text, "vi") == []
    assert findings(text.replace("9.620", "6.920"), "vi") == [("P001", "96%", "6.920 / 10.000 = 69% ≠ 96%")]


# class 4: a subgroup's rate whose base is not stated
SUBGROUPS = [
    ("vi", "Toàn huyện có 2.450 học sinh dự thi, 2.310 em đỗ, đạt 94,3%. Riêng trường chuyên có 415 em đỗ, đạt 99,5%.",
     "94,3%", "97,3%", "2.310 / 2.450 = 94,3% ≠ 97,3%"),
    ("vi", "Toàn huyện có 2.450 học sinh dự thi, 2.310 em đỗ, đạt 94,3%. Trường chuyên có 415 em đỗ, đạt 99,5%.",
     "94,3%", "97,3%", "2.310 / 2.450 = 94,3% ≠ 97,3%"),
    ("vi", "Năm 2023 tiếp nhận 6.696 hồ sơ, có 6.120 hồ sơ được giải quyết đúng hạn, chiếm tỷ lệ 91,4%. Trong đó, "
           "bộ phận một cửa huyện có 4.050 hồ sơ được giải quyết đúng hạn, chiếm tỷ lệ 95,2%, các xã có 2.070 hồ sơ "
           "được giải quyết đúng hạn, chiếm tỷ lệ 84,6%.",
     "91,4%", "94,1%", "6.120 / 6.696 = 91,4% ≠ 94,1%"),
    ("en", "Of the 9,800 students who sat the exam, 9,310 students passed, or 95.0%. At the magnet schools, "
           "640 students passed, or 98.5%.",
     "95.0%", "96.0%", "9,310 / 9,800 = 95.0% ≠ 96.0%"),
]


OWN_GROUPS = [
    ("vi", "Toàn tỉnh có 9.800 thí sinh dự thi. Trường chuyên có 640 em đỗ, đạt 98,5%."),
    ("vi", "Toàn tỉnh có 9.800 thí sinh dự thi. Tại trường chuyên, có 640 em đỗ, đạt 98,5%."),
    ("vi", "Toàn tỉnh có 9.800 thí sinh dự thi, 9.310 em đỗ, đạt 95%. Trong đó, 640 thí sinh đỗ, đạt 98,5%."),
    ("en", "Statewide, 9,800 students sat the exam. At magnet schools, 640 students passed, or 98.5%."),
    ("en", "Statewide, 9,800 students sat the exam. Magnet schools had 640 students pass, or 98.5%."),
]


@pytest.mark.parametrize("lang,text", OWN_GROUPS)
def test_a_share_of_a_group_named_in_its_own_sentence_takes_no_whole_from_another(lang, text):
    assert findings(text, lang) == []


@pytest.mark.parametrize("lang,text,share,wrong,arithmetic", [
    ("vi", "Toàn tỉnh kết nạp 202 đảng viên mới. Trong đó, nữ có 100 đảng viên, chiếm 49,5%.", "49,5%", "59,5%",
     "100 / 202 = 49,5% ≠ 59,5%"),
    ("vi", "Toàn tỉnh kết nạp 202 đảng viên mới. 100 đảng viên nữ chiếm 49,5%.", "49,5%", "59,5%", "100 / 202 = 49,5% ≠ 59,5%"),
    ("en", "The district enrolled 9,800 students. Of these, 640 students passed, or 6.5%.", "6.5%", "9.8%",
     "640 / 9,800 = 6.5% ≠ 9.8%"),
])
def test_a_share_of_an_attribute_or_one_referring_back_still_takes_the_earlier_whole(lang, text, share, wrong, arithmetic):
    assert findings(text, lang) == []
    assert findings(text.replace(share, wrong), lang) == [("P001", wrong, arithmetic)]


@pytest.mark.parametrize("lang,text,share,wrong,arithmetic", SUBGROUPS)
def test_a_subgroups_rate_is_not_a_share_of_the_whole_group(lang, text, share, wrong, arithmetic):
    assert findings(text, lang) == []
    assert findings(text.replace(share, wrong), lang) == [("P001", wrong, arithmetic)]


def test_a_subgroups_rate_with_its_own_base_is_checked_against_it():
    text = ("Toàn huyện có 2.450 học sinh dự thi, 2.310 em đỗ, đạt 94,3%. Riêng trường chuyên có 418 thí sinh dự thi, "
            "415 em đỗ, đạt 99,3%.")
    assert findings(text, "vi") == []
    assert findings(text.replace("99,3%", "93,3%"), "vi") == [("P001", "93,3%", "415 / 418 = 99,3% ≠ 93,3%")]


def test_a_share_that_refers_back_to_the_rated_group_is_still_checked():
    text = ("Toàn huyện có 2.450 học sinh dự thi, 2.310 em đỗ, đạt 94,3%. Trong số học sinh đỗ, 462 em đạt loại giỏi, "
            "chiếm 20,0%.")
    assert findings(text, "vi") == []
    ((code, stated, _),) = findings(text.replace("20,0%", "22,0%"), "vi")
    assert (code, stated) == ("P001", "22,0%")


def test_an_english_share_that_refers_back_is_still_checked():
    text = ("Of the 9,800 students who sat the exam, 9,310 students passed, or 95.0%. Of these, 1,862 students passed "
            "with honours, or 20.0%.")
    assert findings(text, "en") == []
    assert findings(text.replace("20.0", "22.0"), "en") == [("P001", "22.0%", "1,862 / 9,310 = 20.0% ≠ 22.0%")]


def test_shares_of_one_enumeration_are_siblings_not_parallel_rates():
    text = ("Trong 3 năm, huyện kết nạp được 1.250 đảng viên, trong đó: có 1.040 đảng viên kết nạp là người dân tộc "
            "thiểu số chiếm 83,2%; có 510 đảng viên kết nạp là nữ chiếm 40,8%.")
    assert findings(text, "vi") == []
    assert findings(text.replace("40,8", "48,0"), "vi") == [("P001", "48,0%", "510 / 1.250 = 40,8% ≠ 48,0%")]


# recall kept while precision rises: shapes whose whole the text does give
def test_a_rate_named_in_parentheses_after_a_share_is_not_its_whole_and_a_breakdowns_head_comes_before_its_parts():
    text = ("Số trẻ sinh ra trong năm 2022 là 12.480 trẻ. Trong đó, 6.420 trẻ nam, 6.060 trẻ nữ. Số con thứ 3 trở lên "
            "là 1.135 trẻ, chiếm 9,1% (tỷ lệ này năm 2021 là 9,8%).")
    assert findings(text, "vi") == []
    assert findings(text.replace("9,1%", "9,4%"), "vi") == [("P001", "9,4%", "1.135 / 12.480 = 9,1% ≠ 9,4%")]


def test_a_share_of_a_named_total_given_after_it():
    text = "The county got 4.12 inches of rain in the last week, accounting for 74% of the month's total rainfall of 5.57 inches."
    assert findings(text, "en") == []
    assert findings(text.replace("74%", "47%"), "en") == [("P001", "47%", "4.12 / 5.57 = 74% ≠ 47%")]


# explain before accusing: another reading of the share's own clause that makes the figure hold
EXPLAINED = [
    ("vi", "Năm 2023 có 1.250 hộ thoát nghèo, năm 2022 có 1.125 hộ thoát nghèo, 11,1%.", "11,1%", "1.125"),
    ("en", "The county has 52,000 voters. This year 3,108 voters registered, against 3,021 a year earlier, or 2.9%.", "2.9%", "3,021"),
    ("vi", "Toàn huyện có 2.600 hộ; năm nay có 1.250 hộ thoát nghèo so với 1.125 hộ năm trước, bằng 111,1%.", "111,1%", "1.125"),
]


@pytest.mark.parametrize("lang,text,share,operand", EXPLAINED)
def test_a_share_another_reading_of_its_clause_explains_is_no_finding(lang, text, share, operand):
    assert findings(text, lang) == []
    # the reading explains this figure only: with its operand altered, nothing explains the share
    ((code, stated, _),) = findings(text.replace(operand, operand[:-1] + str((int(operand[-1]) + 4) % 10)), lang)
    assert (code, stated) == ("P001", share)


def test_the_reading_that_explains_a_share_is_the_one_shown_as_verified():
    text = "Toàn huyện có 2.600 hộ; năm nay có 1.250 hộ thoát nghèo so với 1.125 hộ năm trước, bằng 111,1%."
    assert ("percent", "consistent", "1.250 / 1.125 = 111,1%, stated 111,1%") in lint_text(text, "vi").verified


def _q(raw: str, start: int, value: str, percent: bool = False) -> Quantity:
    return Quantity(span=Span(start, start + len(raw)), raw=raw, value=Decimal(value), resolution=Decimal(0), percent=percent)


def test_one_finding_per_stated_figure():
    share = _q("50%", 40, "50", percent=True)
    part, whole, other = _q("30", 0, "30"), _q("60", 10, "60"), _q("90", 20, "90")

    def claim(w: Quantity, evidence: str) -> Claim:
        return Claim("percent", share, (Operand("part", part), Operand("whole", w)), evidence)

    assert one_per_figure([claim(other, "nearby"), claim(whole, "structural")]) == [claim(whole, "structural")]  # one holds
    assert one_per_figure([claim(other, "nearby"), claim(_q("70", 30, "70"), "structural")]) == []  # two guesses
    assert one_per_figure([claim(other, "explicit"), claim(_q("70", 30, "70"), "nearby")]) == [claim(other, "explicit")]


def test_a_vietnamese_share_naming_its_noun_then_its_fraction_in_parentheses():
    text = "Có 95% số xã đạt chuẩn nông thôn mới (114/120 xã)."
    assert findings(text, "vi") == []
    assert findings(text.replace("95%", "98%"), "vi") == [("P001", "98%", "114 / 120 = 95% ≠ 98%")]


@pytest.mark.parametrize("text,share,wrong,arithmetic", [
    ("Of the 200 students, 190 passed, a pass rate of 95%.", "95%", "59%", "190 / 200 = 95% ≠ 59%"),
    ("Of the 8,974 registered voters, 6,210 voted, a turnout of 69.2%.", "69.2%", "62.9%", "6,210 / 8,974 = 69.2% ≠ 62.9%"),
])
def test_a_share_the_words_before_it_name_as_a_rate(text, share, wrong, arithmetic):
    assert findings(text, "en") == []
    assert findings(text.replace(share, wrong), "en") == [("P001", wrong, arithmetic)]


LINES = {
    "en": "Unofficial results:\n\nANNA SMITH (D) 4,210 votes (61%)\n\nBOB JONES (R) 2,530 votes (37%)\n\nCARL LEE (L) 140 votes (2%)\n",
    "vi": "Kết quả:\n\nỨng cử viên A: 4.210 phiếu (61,2%)\n\nỨng cử viên B: 2.530 phiếu (36,8%)\n\nỨng cử viên C: 140 phiếu (2,0%)\n",
}


@pytest.mark.parametrize("lang,share,wrong,arithmetic", [
    ("en", "61%", "64%", "4,210 / 4,210 + 2,530 + 140 = 61% ≠ 64%"),
    ("vi", "36,8%", "38,6%", "2.530 / 4.210 + 2.530 + 140 = 36,8% ≠ 38,6%"),
])
def test_shares_told_one_item_a_line_are_shares_of_the_items_sum(lang, share, wrong, arithmetic):
    assert findings(LINES[lang], lang) == []
    assert len(lint_text(LINES[lang], lang).verified) == 3
    assert findings(LINES[lang].replace(share, wrong), lang) == [("P001", wrong, arithmetic)]


def test_a_partial_list_one_item_a_line_links_nothing():
    text = "Top parties:\n\nParty A 4,000 votes (40%)\n\nParty B 3,000 votes (30%)\n\nParty C 2,800 votes (28%)\n"
    assert findings(text, "en") == [] and lint_text(text, "en").verified == ()


def test_a_share_of_another_shape_beside_a_signed_change_is_still_checked():
    text = "Doanh thu toàn ngành 3.000 tỷ đồng (+11,1%), trong đó xuất khẩu 1.080 tỷ đồng (chiếm 36%)."
    assert findings(text, "vi") == []
    assert findings(text.replace("36%", "39%"), "vi") == [("P001", "39%", "1.080 / 3.000 = 36% ≠ 39%")]


@pytest.mark.parametrize("lang,text,share,wrong,arithmetic", [
    ("en", "Of 1,200 students, 640 (over 53%) passed.", "53%", "58%", "640 / 1,200 = 53% ≠ 58%"),
    ("vi", "Có 9.620/10.000 hộ dùng nước sạch, trên 96%.", "96%", "99%", "9.620 / 10.000 = 96% ≠ 99%"),
])
def test_a_hedged_share_set_beside_its_count_is_no_threshold(lang, text, share, wrong, arithmetic):
    assert findings(text, lang) == []
    assert findings(text.replace(share, wrong), lang) == [("P001", wrong, arithmetic)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Electorate: 8,974. Total votes cast: 6,210. Turnout: 69.2%. In 12 precincts, turnout was 100%."),
    ("en", "Electorate: 8,974. Total votes cast: 6,210. Turnout: 69.2%. 12 precincts had turnout of 100%."),
    ("vi", "Tổng số cử tri trong danh sách là 820.000 cử tri; số cử tri đi bầu 816.400 người; tỷ lệ cử tri đi bầu đạt "
           "99,56%. Có 822/961 tổ bầu cử có tỷ lệ cử tri đi bầu đạt 97%."),
])
def test_a_turnout_said_of_some_precincts_is_not_the_elections(lang, text):
    assert findings(text, lang) == []
    share = "69.2%" if lang == "en" else "99,56%"
    wrong = "62.9%" if lang == "en" else "99,65%"
    ((code, stated, _),) = findings(text.replace(share, wrong), lang)
    assert (code, stated) == ("P001", wrong)


def test_a_share_that_names_the_total_as_its_whole_is_no_subgroup_rate():
    # "tổng số hộ của xã" names the commune's households as the whole, though the part is another group's
    text = ("Năm 2024, toàn xã có 2.480 hộ, trong đó có 620 hộ nghèo, chiếm 25,0% tổng số hộ. "
            "Các thôn vùng cao có 372 hộ nghèo, chiếm 15,0% tổng số hộ của xã.")
    assert findings(text, "vi") == []
    assert findings(text.replace("15,0%", "18,0%"), "vi") == [("P001", "18,0%", "372 / 2.480 = 15,0% ≠ 18,0%")]


def test_a_run_of_shares_closed_by_respectively_is_not_read_off_the_nearest_figure():
    # 60% is 3,600 of 6,000 and 40% is 2,400 of 6,000: each belongs to its own figure, in order
    text = ("Sales in the North and South rose from 3,000 to 3,600 and from 2,000 to 2,400, "
            "or 60% and 40% of the regional total of 6,000, respectively.")
    assert findings(text, "en") == []
    single = "Sales in the North rose from 3,000 to 3,600, or 60% of the regional total of 6,000."
    assert findings(single, "en") == []
    assert findings(single.replace("60%", "66%"), "en") == [("P001", "66%", "3,600 / 6,000 = 60% ≠ 66%")]

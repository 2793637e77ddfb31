"""A stated change is judged against the figures of its own clause, with its own scale, sign and base.

Each shape is tested both ways: consistent, nothing is reported; one figure altered, exactly one
finding, on that figure, with the numbers of the message.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from linter.run.engine import lint_text
from linter.core.model import Claim, Operand, Quantity, Span
from linter.rules.percent_change import _one_per_figure


def found(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    result = lint_text(text, lang)
    return [(d.code, text[d.span.start:d.span.end], d.message, d.arithmetic) for d in result.diagnostics]


def checked(text: str, lang: str) -> int:
    """How many stated changes were checked and found consistent (a silent linter checks none)."""
    return sum(1 for kind, verdict, _ in lint_text(text, lang).verified if kind in ("change_pct", "diff") and verdict == "consistent")


# class 1: parallel clauses that each state their own change
PARALLEL = [
    ("en", "Exports rose 15.0% from $80.0 million to $92.0 million, while imports were up 4.0% from $50.0 million to $52.0 million."),
    ("en", "Exports rose 15.0% from $80.0 million to $92.0 million while imports were up 4.0% from $50.0 million to $52.0 million."),
    ("en", "Attendance at the museum climbed 0.4 percent from 250,000 to 251,000, whereas the zoo's rose 2.5 percent from 120,000 to 123,000."),
    ("en", "Wheat output grew 20% from 1,500 tons to 1,800 tons and rice output grew 10% from 3,000 tons to 3,300 tons."),
    ("en", "Fares rose 10% from $2.00 to $2.20; parking fees rose 25% from $4.00 to $5.00."),
    ("vi", "Thu ngân sách đạt 2.400 tỷ đồng, tăng 400 tỷ đồng (tăng 20,00%); chi ngân sách đạt 1.890 tỷ đồng, tăng 90 tỷ đồng (tăng 5,00%)."),
    ("vi", "Thu ngân sách đạt 2.400 tỷ đồng, tăng 400 tỷ đồng (tăng 20,00%), chi ngân sách đạt 1.890 tỷ đồng, tăng 90 tỷ đồng (tăng 5,00%)."),
    ("vi", "Số học sinh tăng 25% từ 800 lên 1.000 em, trong khi số giáo viên tăng 10% từ 50 lên 55 người."),
    ("vi", "Diện tích lúa tăng 5% từ 2.000 ha lên 2.100 ha và diện tích ngô giảm 20% từ 500 ha xuống 400 ha."),
]


@pytest.mark.parametrize("lang,text", PARALLEL)
def test_each_clause_states_its_own_change(lang, text):
    assert found(text, lang) == []
    assert checked(text, lang) == 2


def test_the_one_wrong_change_of_parallel_clauses_is_reported_once_on_its_own_clause():
    text = "Exports rose 15.0% from $80.0 million to $92.0 million, while imports were up 7.0% from $50.0 million to $52.0 million."
    assert found(text, "en") == [("C002", "7.0%", "stated change 7.0%, computed 4.0%", "(52.0 − 50.0) / 50.0 = 4.0% ≠ 7.0%")]
    text = "Thu ngân sách đạt 2.400 tỷ đồng, tăng 400 tỷ đồng (tăng 20,00%); chi ngân sách đạt 1.890 tỷ đồng, tăng 90 tỷ đồng (tăng 6,00%)."
    assert found(text, "vi") == [("C002", "6,00%", "ghi mức thay đổi 6,00%, tính ra 5,00%", "90 / (1.890 − 90) = 90 / 1.800 = 5,00% ≠ 6,00%")]
    text = "Số học sinh tăng 25% từ 800 lên 1.000 em, trong khi số giáo viên tăng 12% từ 50 lên 55 người."
    assert found(text, "vi") == [("C002", "12%", "ghi mức thay đổi 12%, tính ra 10,0%", "(55 − 50) / 50 = 10,0% ≠ 12%")]
    text = "Wheat output grew 25% from 1,500 tons to 1,800 tons and rice output grew 10% from 3,000 tons to 3,300 tons."
    assert found(text, "en") == [("C002", "25%", "stated change 25%, computed 20.0%", "(1,800 − 1,500) / 1,500 = 20.0% ≠ 25%")]


def test_a_change_with_its_own_base_in_words_is_not_linked_to_the_next_sentence():
    text = ("Maize output is forecast at a record 4.10 billion bushels, up slightly from the June forecast and up 12 percent "
            "from last year. Yields should average 51.3 bushels per acre, up 0.4 bushel from last month.")
    assert found(text, "en") == []
    text = ("Sản lượng lúa ước đạt 1,25 triệu tấn, tăng 8% so với năm trước. Năng suất bình quân đạt 61,2 tạ/ha, tăng 0,6 tạ/ha.")
    assert found(text, "vi") == []


def test_a_clause_of_the_same_subject_still_links_its_change():
    assert found("Ticket sales rose from 40,000 to 46,000 and were up 15% overall.", "en") == []
    assert checked("Ticket sales rose from 40,000 to 46,000 and were up 15% overall.", "en") == 1
    assert found("Ticket sales rose from 40,000 to 46,000 and were up 18% overall.", "en") == [
        ("C002", "18%", "stated change 18%, computed 15.0%", "(46,000 − 40,000) / 40,000 = 15.0% ≠ 18%")]


# class 8: one scale word for both figures of a change
SHARED_SCALE = [
    ("en", "Shipments rose from 2.4 to 3.6 million tons, up 50%."),
    ("en", "Our deliveries have grown by 75 percent, from 1.2 to 2.1 million meals."),
    ("en", "Revenue rose from $2.4 to $3.6 billion, up 50%."),
    ("vi", "Sản lượng cá tăng từ 1,2 lên 1,8 triệu tấn, tăng 50%."),
    ("vi", "Kim ngạch xuất khẩu tăng từ 1,6 đến 2,4 tỷ USD, tăng 50%."),
]


@pytest.mark.parametrize("lang,text", SHARED_SCALE)
def test_a_bare_figure_takes_the_scale_word_of_the_figure_after_it(lang, text):
    assert found(text, lang) == []
    assert checked(text, lang) == 1


def test_a_wrong_change_over_a_shared_scale_is_reported_in_that_scale():
    assert found("Shipments rose from 2.4 to 3.6 million tons, up 70%.", "en") == [
        ("C002", "70%", "stated change 70%, computed 50.0%", "(3.6 − 2.4) / 2.4 = 50.0% ≠ 70%")]
    assert found("Sản lượng cá tăng từ 1,2 lên 1,8 triệu tấn, tăng 80%.", "vi") == [
        ("C002", "80%", "ghi mức thay đổi 80%, tính ra 50,0%", "(1,8 − 1,2) / 1,2 = 50,0% ≠ 80%")]


def test_figures_a_thousand_times_apart_are_not_judged_and_a_range_is_no_change():
    assert found("Output rose from 2,400 to 3.6 million tons, up 50%.", "en") == []
    assert found("The plant will cost between 3 and 4.5 billion dollars.", "en") == []


# class 10: the sign and the base of a change stated after the later value
SIGN_AND_BASE = [
    ("vi", "Bộ phận một cửa tiếp nhận 45.000 hồ sơ, giảm 5.000 hồ sơ (10,00%) so với năm trước."),
    ("vi", "Năm nay toàn tỉnh xảy ra 2.340 vụ, giảm 260 vụ (giảm 10%) so với năm trước."),
    ("vi", "Năm nay toàn tỉnh xảy ra 2.340 vụ, giảm 260 vụ (-10%)."),
    ("vi", "Toàn huyện có 215 vụ, tăng 15 vụ (7,5%)."),
    ("vi", "Toàn huyện có 215 vụ, tăng 15 vụ, tương đương 7,5%."),
    ("en", "Average hourly pay increased by 20 cents, or 0.8%, to $25.20."),
    ("en", "The share price fell by $1.50, or 5.0%, to $28.50."),
    ("en", "The county logged 2,340 crashes, down 260, or 10%."),
]


@pytest.mark.parametrize("lang,text", SIGN_AND_BASE)
def test_a_change_stated_after_the_later_value_is_of_the_earlier_one(lang, text):
    assert found(text, lang) == []
    assert checked(text, lang) == 1


def test_a_wrong_change_after_the_later_value_is_reported_with_its_base():
    assert found("Bộ phận một cửa tiếp nhận 45.000 hồ sơ, giảm 5.000 hồ sơ (11,00%) so với năm trước.", "vi") == [
        ("C002", "11,00%", "ghi mức thay đổi 11,00%, tính ra 10,00%", "5.000 / (45.000 + 5.000) = 5.000 / 50.000 = 10,00% ≠ 11,00%")]
    assert found("Năm nay toàn tỉnh xảy ra 2.340 vụ, giảm 260 vụ (giảm 12%) so với năm trước.", "vi") == [
        ("C002", "12%", "ghi mức thay đổi 12%, tính ra 10,0%", "260 / (2.340 + 260) = 260 / 2.600 = 10,0% ≠ 12%")]
    assert found("Năm nay toàn tỉnh xảy ra 2.340 vụ, giảm 260 vụ (-12%).", "vi") == [
        ("C002", "-12%", "ghi mức thay đổi -12%, tính ra -10,0%", "260 / (2.340 + 260) = 260 / 2.600 = -10,0% ≠ -12%")]
    assert found("Toàn huyện có 215 vụ, tăng 15 vụ (9,5%).", "vi") == [
        ("C002", "9,5%", "ghi mức thay đổi 9,5%, tính ra 7,5%", "15 / (215 − 15) = 15 / 200 = 7,5% ≠ 9,5%")]
    assert found("Average hourly pay increased by 20 cents, or 1.8%, to $25.20.", "en") == [
        ("C002", "1.8%", "stated change 1.8%, computed 0.8%", "0.20 / (25.20 − 0.20) = 0.20 / 25.00 = 0.8% ≠ 1.8%")]


def test_a_sign_against_the_word_of_direction_is_reported_as_the_sign():
    assert found("Toàn huyện có 215 vụ, tăng 15 vụ (-7,5%).", "vi") == [
        ("C002", "-7,5%", "ghi mức thay đổi -7,5%, tính ra 7,5%", "15 / (215 − 15) = 15 / 200 = 7,5% ≠ -7,5%")]


def test_no_finding_prints_the_same_stated_and_computed_values():
    texts = [("vi", t) for t in ("Có 36.400 hồ sơ, giảm 1.600 hồ sơ (4,21%).", "Có 9.600 hồ sơ, giảm 400 hồ sơ (giảm 4,00%).",
                                  "Có 9.600 hồ sơ, giảm 400 hồ sơ (-4,00%).", "Có 10.400 hồ sơ, tăng 400 hồ sơ (4,00%).")]
    for lang, text in texts:
        for d in lint_text(text, lang).diagnostics:
            assert d.computed is None or d.computed != d.stated, (text, d.message)


# changes listed after a comparison with an earlier time, each of the one figure counting the same thing
LISTED = [
    ("vi", "Toàn tỉnh xảy ra 240 vụ cháy, làm chết 12 người, bị thương 36 người; so với cùng kỳ giảm 60 vụ (-20%), "
           "tăng 2 người chết (20%), giảm 4 người bị thương (-10%).", 3),
    ("vi", "Trong quý, toàn tỉnh xảy ra 240 vụ cháy, làm chết 12 người và làm bị thương 36 người.\n\nSo với cùng kỳ giảm 60 vụ "
           "(giảm 20%), tăng 2 người chết (tăng 20%), giảm 4 người bị thương (giảm 10%).", 3),
    ("en", "The county recorded 1,250 crashes, 45 deaths and 610 injuries. Compared with 2022, down 50 crashes (3.8%), "
           "down 5 deaths (10.0%).", 2),
]


@pytest.mark.parametrize("lang,text,n", LISTED)
def test_listed_changes_are_of_the_figures_counting_the_same_thing(lang, text, n):
    assert found(text, lang) == []
    assert checked(text, lang) == n


def test_a_wrong_listed_change_is_reported_against_its_own_figure():
    text = ("Toàn tỉnh xảy ra 240 vụ cháy, làm chết 12 người, bị thương 36 người; so với cùng kỳ giảm 60 vụ (-20%), "
            "tăng 2 người chết (20%), giảm 4 người bị thương (-12%).")
    assert found(text, "vi") == [("C002", "-12%", "ghi mức thay đổi -12%, tính ra -10,0%", "4 / (36 + 4) = 4 / 40 = -10,0% ≠ -12%")]
    text = "The county recorded 1,250 crashes, 45 deaths and 610 injuries. Compared with 2022, down 50 crashes (4.8%), down 5 deaths (10.0%)."
    assert found(text, "en") == [("C002", "4.8%", "stated change 4.8%, computed 3.8%", "50 / (1,250 + 50) = 50 / 1,300 = 3.8% ≠ 4.8%")]


def test_a_listed_change_with_two_possible_figures_is_not_judged():
    assert found("Xã có 240 hộ nghèo và 120 hộ cận nghèo. So với năm trước giảm 60 hộ (-30%).", "vi") == []
    assert checked("Xã có 240 hộ nghèo và 120 hộ cận nghèo. So với năm trước giảm 60 hộ (-30%).", "vi") == 0


# a change stated in words that refer to the later value: "represents", "This is", "which represents"
REFERRING = [
    ("en", "Quarterly net sales of $46.2 million represent a 10.0% increase over the $42.0 million for the same quarter last year.",
     "10.0%", "13.0%", "stated change 13.0%, computed 10.0%", "(46.2 − 42.0) / 42.0 = 10.0% ≠ 13.0%"),
    ("en", "At the census date 5,150 students were enrolled. This is a 3.0 percent increase from 5,000 students last year.",
     "3.0 percent", "2.0 percent", "stated change 2.0 percent, computed 3.0%", "(5,150 − 5,000) / 5,000 = 3.0% ≠ 2.0 percent"),
    ("en", "Our headcount was 6,180 which represents an increase of 180 students or 3.0% over last fall.",
     "3.0%", "3.5%", "stated change 3.5%, computed 3.0%", "180 / (6,180 − 180) = 180 / 6,000 = 3.0% ≠ 3.5%"),
    ("en", "Prices there increased $61,500, on average, from $250,000 to $311,500.",
     "61,500", "61,900", "stated difference 61,900, computed 61,500", "311,500 − 250,000 = 61,500 ≠ 61,900"),
    ("en", "Across both campuses there are 12,740 students this year, a 2.0 percent decrease from last year's total of 13,000.",
     "2.0 percent", "3.0 percent", "stated change 3.0 percent, computed 2.0%", "(12,740 − 13,000) / 13,000 = -2.0% ≠ 3.0 percent"),
    ("en", "Statewide, the median price last month was $612,000, compared to $600,000 in May — up 2 percent.",
     "2 percent", "3 percent", "stated change 3 percent, computed 2.0%", "(612,000 − 600,000) / 600,000 = 2.0% ≠ 3 percent"),
    ("vi", "Tổng dư nợ đạt 4.160 tỷ đồng, tăng 160 tỷ đồng (tăng trưởng 4,00%) so với cuối năm trước.",
     "4,00%", "4,40%", "ghi mức thay đổi 4,40%, tính ra 4,00%", "160 / (4.160 − 160) = 160 / 4.000 = 4,00% ≠ 4,40%"),
]


@pytest.mark.parametrize("lang,text,stated,altered,message,arithmetic", REFERRING)
def test_a_change_stated_of_the_value_before_it(lang, text, stated, altered, message, arithmetic):
    assert found(text, lang) == []
    assert checked(text, lang) == 1
    wrong = text.replace(stated, altered, 1)
    code = "C001" if "difference" in message else "C002"
    assert found(wrong, lang) == [(code, altered, message, arithmetic)]


def test_a_change_that_refers_back_to_one_of_two_figures_of_its_noun_is_not_judged():
    text = "The college enrolled 5,150 students and 1,200 other students online. This is a 9.0 percent increase from 5,000 students last year."
    assert found(text, "en") == []


# a change that opens or follows a frame of its own is not of the neighbouring pair
OWN_FRAME = [
    ("en", "Home prices rose $12,000 in the first half and then fell from $410,000 to $402,000 by December.", 0),
    ("vi", "Giá trị sản xuất công nghiệp tăng 9,5%, trong đó công nghiệp chế biến tăng từ 4.000 tỷ đồng lên 4.420 tỷ đồng, tăng 10,5%.", 1),
    ("vi", "Số vụ vi phạm giảm từ 210 vụ xuống 168 vụ, giảm 20%, số tiền xử phạt tăng từ 3,2 tỷ đồng lên 4,0 tỷ đồng, tăng 25%.", 2),
    ("vi", "Doanh thu du lịch đạt 5.600 tỷ đồng, tăng 12% so với cùng kỳ năm trước (5.000 tỷ đồng), lượng khách đạt 2,2 triệu lượt, tăng 10%.", 1),
    ("en", "The town grew from 18,200 in 2010 to 21,500 in 2020, an increase of 3,300 residents or 18.1%.", 2),
]


@pytest.mark.parametrize("lang,text,n", OWN_FRAME)
def test_a_change_is_not_of_a_pair_beyond_its_own_frame(lang, text, n):
    assert found(text, lang) == []
    assert checked(text, lang) == n


def test_a_wrong_change_beside_another_frame_is_reported_on_its_own_pair():
    text = "Số vụ vi phạm giảm từ 210 vụ xuống 168 vụ, giảm 30%, số tiền xử phạt tăng từ 3,2 tỷ đồng lên 4,0 tỷ đồng, tăng 25%."
    assert found(text, "vi") == [("C002", "30%", "ghi mức thay đổi 30%, tính ra 20,0%", "(168 − 210) / 210 = -20,0% ≠ 30%")]
    text = "The town grew from 18,200 in 2010 to 21,500 in 2020, an increase of 3,300 residents or 19.1%."
    assert found(text, "en") == [("C002", "19.1%", "stated change 19.1%, computed 18.1%", "(21,500 − 18,200) / 18,200 = 18.1% ≠ 19.1%")]


def test_listed_changes_of_another_period_than_the_figures_before_are_not_judged():
    assert found("Trong tháng 9 xảy ra 120 vụ. So với cùng kỳ, 9 tháng giảm 50 vụ (-5%).", "vi") == []


def test_a_change_with_a_base_in_words_after_a_base_in_figures_is_not_judged_against_it():
    text = "Output grew to 4.1 billion bushels, up from 3.8 billion bushels, and up 15 percent from last year."
    assert found(text, "en") == []
    assert checked(text, "en") == 0
    assert found("Output grew to 4.1 billion bushels, up from 3.8 billion bushels, an increase of 18 percent.", "en") == [
        ("C002", "18 percent", "stated change 18 percent, computed 7.9%", "(4.1 − 3.8) / 3.8 = 7.9% ≠ 18 percent")]


DIFFERENCES = [
    ("en", "Births fell from 19,540 to 18,400, a decrease of 1,140, while deaths rose from 12,000 to 12,500, an increase of 500."),
    ("vi", "Số hộ nghèo giảm từ 1.560 hộ xuống 1.250 hộ, giảm 310 hộ; số hộ cận nghèo giảm từ 900 hộ xuống 850 hộ, giảm 50 hộ."),
]


@pytest.mark.parametrize("lang,text", DIFFERENCES)
def test_each_clause_states_its_own_difference(lang, text):
    assert found(text, lang) == []
    assert checked(text, lang) == 2


def test_the_one_wrong_difference_of_parallel_clauses_is_reported_once():
    text = "Births fell from 19,540 to 18,400, a decrease of 1,140, while deaths rose from 12,000 to 12,500, an increase of 400."
    assert found(text, "en") == [("C001", "400", "stated difference 400, computed 500", "12,500 − 12,000 = 500 ≠ 400")]
    text = "Số hộ nghèo giảm từ 1.560 hộ xuống 1.250 hộ, giảm 301 hộ; số hộ cận nghèo giảm từ 900 hộ xuống 850 hộ, giảm 50 hộ."
    assert found(text, "vi") == [("C001", "301", "ghi chênh lệch 301, tính ra 310", "1.560 − 1.250 = 310 ≠ 301")]


def _q(start: int, value: str, *, percent: bool = False) -> Quantity:
    return Quantity(Span(start, start + len(value)), value, Decimal(value), Decimal(0) if not percent else Decimal(1), percent=percent)


def _reading(old: str, new: str, stated: Quantity) -> Claim:
    return Claim("change_pct", stated, (Operand("from", _q(0, old)), Operand("to", _q(10, new))), "text", extra=(("sign", 1), ("signed", False)))


def test_one_finding_per_stated_figure_whatever_its_readings():
    stated = _q(40, "10", percent=True)
    explained = [_reading("100", "110", stated), _reading("100", "120", stated)]
    assert list(_one_per_figure(explained)) == []  # one reading holds: explained
    disagree = [_reading("100", "130", stated), _reading("100", "120", stated)]
    assert list(_one_per_figure(disagree)) == []  # two failing readings computing 30% and 20%: no way to say
    same = [_reading("100", "130", stated), _reading("200", "260", stated)]
    (claim, (verdict, _, _)), = _one_per_figure(same)
    assert (claim.operand("from").raw, verdict) == ("100", "mismatch")


def test_a_change_in_the_future_tense_opens_its_frame():
    text = "Tuition will increase 4.5 percent next year, from $11,000 to $11,495, and fees will go up $150."
    assert found(text, "en") == []
    assert checked(text, "en") == 1
    assert found(text.replace("4.5 percent", "5.5 percent"), "en") == [
        ("C002", "5.5 percent", "stated change 5.5 percent, computed 4.5%", "(11,495 − 11,000) / 11,000 = 4.5% ≠ 5.5 percent")]


def test_a_listed_change_finds_its_figure_at_the_end_of_the_sentence_before():
    text = ("Trong 10 ngày xảy ra 14 vụ tai nạn, làm 12 người chết, 8 người bị thương. So với cùng kỳ giảm 26 vụ (-65%), "
            "giảm 18 người chết (-60%), giảm 2 người bị thương (-20%).")
    assert found(text, "vi") == []
    assert checked(text, "vi") == 3
    assert found(text.replace("(-20%)", "(-23%)"), "vi") == [
        ("C002", "-23%", "ghi mức thay đổi -23%, tính ra -20,0%", "2 / (8 + 2) = 2 / 10 = -20,0% ≠ -23%")]

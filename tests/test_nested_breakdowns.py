"""Report shapes of recall on unseen text: a breakdown whose item carries its own breakdown in parentheses."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

NESTED = {
    "vi": "Toàn huyện có 340 tổ chức cơ sở đảng, trong đó có 200 đảng bộ cơ sở (12 đảng bộ bộ phận và "
          "1.450 chi bộ trực thuộc) và 140 chi bộ cơ sở, với 21.300 đảng viên.",
    "en": "The county runs 340 schools, of which 200 are primary schools (12 rural annexes and 45 satellite "
          "campuses) and 140 are secondary schools.",
}
NESTED_MESSAGES = {"vi": "ghi tổng 350, nhưng các phần cộng lại được 340", "en": "stated total 350, the parts add up to 340"}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_parenthesis_inside_an_item_breaks_down_that_item_not_the_list(lang):
    result = lint_text(NESTED[lang], lang)
    assert result.diagnostics == ()
    assert ("sum", "consistent", "200 + 140 = 340, stated 340") in result.verified


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_mistyped_total_beside_a_nested_parenthesis_is_reported_once(lang):
    text = NESTED[lang].replace("340", "350", 1)
    (d,) = lint_text(text, lang).diagnostics
    assert (d.code, d.message) == ("S001", NESTED_MESSAGES[lang])
    assert text[d.span.start:d.span.end] == "350"


def test_the_figures_inside_the_nested_parenthesis_are_no_parts_of_the_outer_total():
    text = "Huyện có 42 tổ chức cơ sở đảng, gồm 20 đảng bộ (5 đảng bộ bộ phận, 61 chi bộ) và 22 chi bộ cơ sở."
    result = lint_text(text, "vi")
    assert result.diagnostics == ()
    assert ("sum", "consistent", "20 + 22 = 42, stated 42") in result.verified
    (d,) = lint_text(text.replace("22 chi bộ cơ sở", "25 chi bộ cơ sở"), "vi").diagnostics
    assert (d.code, d.message) == ("S001", "ghi tổng 42, nhưng các phần cộng lại được 45")


# A "Trong đó" list whose next part is named in the next sentence with the head words of the first.
CONTINUED = ("Sản lượng thủy sản cả năm ước đạt 45.230 tấn, tăng 3,1% so cùng kỳ.\n\n"
             "Trong đó, sản lượng khai thác 25.640 tấn, đạt 101% kế hoạch, tăng 4% so cùng kỳ. "
             "Sản lượng nuôi trồng ước đạt 19.590 tấn, đạt 99% kế hoạch, tăng 2% so cùng kỳ.")


def test_a_list_continued_in_the_next_sentence_by_the_same_head_words_adds_up():
    result = lint_text(CONTINUED, "vi")
    assert result.diagnostics == ()
    assert ("sum", "consistent", "25.640 + 19.590 = 45.230, stated 45.230") in result.verified


def test_a_mistyped_total_of_a_list_continued_in_the_next_sentence_is_reported_once():
    text = CONTINUED.replace("45.230", "45.130")
    (d,) = lint_text(text, "vi").diagnostics
    assert (d.code, d.message) == ("S001", "ghi tổng 45.130, nhưng các phần cộng lại được 45.230")
    assert text[d.span.start:d.span.end] == "45.130"


@pytest.mark.parametrize("continuation", [
    "Sản lượng khai thác biển 19.490 tấn, tăng 2% so cùng kỳ.",  # a part of the first part
    "Sản lượng nuôi trồng năm 2021 là 19.490 tấn.",  # another year
    "Sản lượng nuôi trồng cùng kỳ năm trước đạt 19.490 tấn.",  # another time
    "Sản lượng tôm nuôi đạt 19.490 con giống.",  # another measure
    "Giá trị nuôi trồng ước đạt 19.490 tỷ đồng.",  # other head words
])
def test_a_next_sentence_that_is_not_the_next_part_is_not_summed(continuation):
    text = ("Sản lượng thủy sản cả năm ước đạt 45.230 tấn. Trong đó, sản lượng khai thác 25.640 tấn, tăng 4% so cùng kỳ. "
            + continuation)
    result = lint_text(text, "vi")
    assert result.diagnostics == ()
    assert not any(kind == "sum" for kind, _, _ in result.verified)


def test_an_estimate_written_to_its_last_digits_is_a_part_to_its_last_digit():
    text = "Sản lượng lúa đạt 45.130 tấn, gồm vụ Đông Xuân 25.640 tấn và vụ Hè Thu ước đạt 19.590 tấn."
    (d,) = lint_text(text, "vi").diagnostics
    assert (d.code, d.message) == ("S001", "ghi tổng 45.130, nhưng các phần cộng lại được 45.230")
    assert lint_text(text.replace("45.130", "45.230"), "vi").diagnostics == ()
    assert lint_text(text.replace("19.590", "19.500").replace("45.130", "45.190"), "vi").diagnostics == ()  # "ước đạt 19.500": round, approximate


# A "Trong đó" list two sentences after its total, over a sentence that gives only a share.
OVER_A_SHARE = ("Từ đầu năm đến nay, toàn tỉnh có 16 dự án đầu tư mới, với tổng vốn đăng ký 45,2 tỷ đồng. "
                "So với cùng kỳ, số vốn đăng ký chỉ bằng 62,5%. "
                "Trong đó, có 12 dự án thuộc các khu công nghiệp; 4 dự án thuộc Sở Kế hoạch và Đầu tư.")


def test_a_list_refers_back_over_a_sentence_giving_only_a_share():
    result = lint_text(OVER_A_SHARE, "vi")
    assert result.diagnostics == ()
    assert ("sum", "consistent", "12 + 4 = 16, stated 16") in result.verified
    text = OVER_A_SHARE.replace("16 dự án", "17 dự án")
    (d,) = lint_text(text, "vi").diagnostics
    assert (d.code, d.message) == ("S001", "ghi tổng 17, nhưng các phần cộng lại được 16")
    assert text[d.span.start:d.span.end] == "17"


@pytest.mark.parametrize("between", [
    "Các dự án chủ yếu tập trung ở phía Nam của tỉnh.",  # no figure: a new topic may begin
    "Năm 2022, số vốn đăng ký chỉ bằng 62,5%.",  # another year
    "Các dự án tạo việc làm cho 1.200 lao động.",  # counts of its own
])
def test_a_list_does_not_reach_over_a_sentence_that_moved_on(between):
    text = OVER_A_SHARE.replace("So với cùng kỳ, số vốn đăng ký chỉ bằng 62,5%.", between).replace("16 dự án", "17 dự án")
    assert not any(d.code == "S001" for d in lint_text(text, "vi").diagnostics)


# "Cụ thể, <name> …": the breakdown of the count an earlier sentence gives that name.
NAMED = ("Năm nay cả nước có 1.120 học sinh đoạt giải. Đà Nẵng là địa phương có số học sinh đoạt giải nhiều nhất với 84 em.\n\n"
         "Trong 1.120 học sinh đoạt giải, có 80 giải Nhất, 440 giải Nhì và 600 giải Ba.\n\n"
         "Cụ thể, Đà Nẵng dẫn đầu với 9 học sinh đoạt giải Nhất, 35 học sinh giải Nhì và 40 học sinh giải Ba.")


def test_a_list_opening_with_a_name_breaks_down_the_count_given_to_that_name():
    result = lint_text(NAMED, "vi")
    assert result.diagnostics == ()
    assert ("sum", "consistent", "9 + 35 + 40 = 84, stated 84") in result.verified
    text = NAMED.replace("84 em", "87 em")
    (d,) = lint_text(text, "vi").diagnostics
    assert (d.code, d.message) == ("S001", "ghi tổng 87, nhưng các phần cộng lại được 84")
    assert text[d.span.start:d.span.end] == "87"


@pytest.mark.parametrize("text, lang", [
    (NAMED.replace("87", "84").replace("Cụ thể, Đà Nẵng dẫn đầu với", "Cụ thể, Huế có").replace("84 em", "87 em"), "vi"),  # another name
    (NAMED.replace("84 em", "87 em").replace("Trong 1.120", "Đà Nẵng có 12 trường tham gia. Trong 1.120"), "vi"),  # named twice
    ("Democrats won 52 seats in the last election. The assembly has 104 seats. "
     "Of these, Democrats held 30 seats and Republicans 20 seats.", "en"),  # each item has its own name
])
def test_a_name_said_elsewhere_or_one_of_several_items_takes_no_total(text, lang):
    assert not any(d.code == "S001" for d in lint_text(text, lang).diagnostics)


# A total said with a phrase, a paragraph announcing the breakdown, then one paragraph per part with that phrase.
BY_PARAGRAPH = ("Theo đó, tỷ lệ hộ nghèo chung toàn tỉnh là 4,12%. Tổng số hộ nghèo và hộ cận nghèo là 12.467 hộ.\n\n"
                "Tỷ lệ hộ nghèo cụ thể theo các huyện như sau:\n\n"
                "Huyện A có tỷ lệ hộ nghèo cao nhất tỉnh, với 9,20%; tổng số hộ nghèo và hộ cận nghèo là 5.210 hộ.\n\n"
                "Huyện B có tỷ lệ hộ nghèo là 4,46%, cao thứ hai trong tỉnh; tổng số hộ nghèo và hộ cận nghèo là 4.130 hộ.\n\n"
                "Huyện C có tỷ lệ hộ nghèo là 1,05%, thấp nhất tỉnh. Tổng số hộ nghèo và hộ cận nghèo là 3.127 hộ.\n\n"
                "Cùng với đó, tỷ lệ hộ nghèo của tỉnh là 2,1%, với 5.400 hộ nghèo.")


def test_parts_given_paragraph_by_paragraph_with_the_totals_phrase_add_up():
    result = lint_text(BY_PARAGRAPH, "vi")
    assert result.diagnostics == ()
    assert ("sum", "consistent", "5.210 + 4.130 + 3.127 = 12.467, stated 12.467") in result.verified
    text = BY_PARAGRAPH.replace("12.467", "12.464")
    (d,) = lint_text(text, "vi").diagnostics
    assert (d.code, d.message) == ("S001", "ghi tổng 12.464, nhưng các phần cộng lại được 12.467")
    assert text[d.span.start:d.span.end] == "12.464"


@pytest.mark.parametrize("old, new", [
    ("Tỷ lệ hộ nghèo cụ thể theo các huyện như sau:", "Tỷ lệ hộ nghèo giảm ở mọi huyện."),  # no breakdown announced
    ("tổng số hộ nghèo và hộ cận nghèo là 4.130", "tổng số hộ nghèo và hộ cận nghèo năm 2022 là 4.130"),  # another year
    ("Tổng số hộ nghèo và hộ cận nghèo là 12.464", "Số hộ nghèo và hộ cận nghèo là 12.464"),  # no total word
])
def test_paragraphs_that_give_no_breakdown_of_the_total_are_not_summed(old, new):
    text = BY_PARAGRAPH.replace("12.467", "12.464").replace(old, new)
    assert not any(d.code == "S001" for d in lint_text(text, "vi").diagnostics)

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

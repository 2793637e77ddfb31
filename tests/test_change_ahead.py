"""A change stated first, its two values in the next sentences: one said of the earlier period."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

AHEAD = [  # (lang, text, stated, altered, arithmetic as verified, arithmetic of the altered text, its message)
    ("en", "The number of homes sold in the county fell by 8.0% from a year earlier. A total of 230 homes were sold in May. "
           "A year earlier, 250 homes were sold.", "8.0%", "5.0%",
     "(230 − 250) / 250 = -8.0%, stated 8.0%", "(230 − 250) / 250 = -8.0% ≠ 5.0%", "stated change 5.0%, computed 8.0%"),
    ("en", "Student enrollment at the college dropped 2.5 percent. The fall 2022 enrollment was 1,200 students and in 2023 there are "
           "1,170 students.", "2.5 percent", "2.8 percent",
     "(1,170 − 1,200) / 1,200 = -2.5%, stated 2.5 percent", "(1,170 − 1,200) / 1,200 = -2.5% ≠ 2.8 percent",
     "stated change 2.8 percent, computed 2.5%"),
    ("en", "District enrollment grew for the third year in a row, an increase of 4.0 percent.\n\n"
           "The district counted 5,200 students this fall. Last year, 5,000 students enrolled.", "4.0 percent", "4.6 percent",
     "(5,200 − 5,000) / 5,000 = 4.0%, stated 4.0 percent", "(5,200 − 5,000) / 5,000 = 4.0% ≠ 4.6 percent",
     "stated change 4.6 percent, computed 4.0%"),
    ("en", "Burglaries reported in the city declined 12 percent. Police recorded 616 reported burglaries in 2023, against 700 in 2022.",
     "12 percent", "15 percent", "(616 − 700) / 700 = -12%, stated 12 percent", "(616 − 700) / 700 = -12.0% ≠ 15 percent",
     "stated change 15 percent, computed 12.0%"),
    ("vi", "Số vụ tai nạn giao thông trên địa bàn tỉnh giảm 10%. Năm nay toàn tỉnh xảy ra 270 vụ tai nạn giao thông. "
           "Năm trước, toàn tỉnh xảy ra 300 vụ tai nạn giao thông.", "10%", "13%",
     "(270 − 300) / 300 = -10%, stated 10%", "(270 − 300) / 300 = -10,0% ≠ 13%", "ghi mức thay đổi 13%, tính ra 10,0%"),
]


@pytest.mark.parametrize("lang,text,stated,altered,arithmetic,wrong_arithmetic,message", AHEAD)
def test_a_change_before_its_values_is_checked_both_ways(lang, text, stated, altered, arithmetic, wrong_arithmetic, message):
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    assert ("change_pct", "consistent", arithmetic) in result.verified
    wrong = text.replace(stated, altered, 1)
    (d,) = lint_text(wrong, lang).diagnostics
    assert (d.code, d.message, d.arithmetic) == ("C002", message, wrong_arithmetic)
    assert wrong[d.span.start:d.span.end] == altered


@pytest.mark.parametrize("lang,text", [
    # another thing: the values count employees, the change is of revenue
    ("en", "Revenue fell 5.0% from a year earlier. The company had 230 employees at the end of May. A year earlier it had 250 employees."),
    # the change names another base (a month earlier) than the earlier value's (a year earlier)
    ("en", "Home sales fell 5.0% from a month earlier. A total of 230 homes were sold in May. A year earlier, 250 homes were sold."),
    # no earlier period said of either value
    ("en", "Home sales fell 5.0%. A total of 230 homes were sold in May, and 250 homes were sold in April."),
    # three values: which two the change is of is not said
    ("en", "Home sales fell 5.0% from a year earlier. A total of 230 homes were sold in May, 120 of them new. A year earlier, 250 homes were sold."),
    # the values have a change of their own
    ("en", "Home sales fell 5.0% from a year earlier. A total of 230 homes were sold in May, down 8.0% from 250 a year earlier."),
    # a hedged value
    ("en", "Home sales fell 5.0% from a year earlier. A total of 230 homes were sold in May. A year earlier, about 250 homes were sold."),
    # a year beside one value and 'last year' beside the other: which is earlier depends on when the text was written
    ("en", "Home sales fell 5.0%. In 2022, 230 homes were sold. Last year, 250 homes were sold."),
    # another place: the change is the state's, the values the county's (only 'sales' shared)
    ("en", "Home sales in the state fell 5.0%. In the county, home sales totaled 230 in May. A year earlier, 250 homes sold."),
    # the values name a place the change does not: another scope
    ("en", "Statewide, sales of existing homes fell 6.0 percent in April. In Marion County, 412 existing homes were sold in April. "
           "A year earlier, 398 existing homes were sold in the county."),
    # the change has a value of its own in its sentence
    ("en", "Home sales fell 5.0% to 238 homes. A total of 230 homes were sold in May. A year earlier, 250 homes were sold."),
])
def test_near_misses_take_no_change_ahead(lang, text):
    assert not any(d.code == "C002" for d in lint_text(text, lang).diagnostics)

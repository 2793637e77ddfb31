"""Members of a total named by example in the next sentence ('Một số chương trình …, như: …') are within it."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

VI = ("Đến cuối tháng 6, tổng dư nợ các chương trình là 3.120.500 triệu đồng, tăng 95.200 triệu đồng so với đầu năm; "
      "có 86.400 hộ còn dư nợ. Một số chương trình có dư nợ lớn, như: cho vay hộ nghèo 842.300 triệu đồng, có 21.500 hộ "
      "còn dư nợ; cho vay giải quyết việc làm 512.800 triệu đồng, có 14.200 hộ còn dư nợ.")
EN = ("The county fund paid out $12.4 million in grants this year. Several programs drew large grants, such as housing "
      "aid with $4.1 million, school meals with $3.2 million and transit passes with $1.8 million.")
CASES = [("vi", VI, "14.200", "914.200", "phần 914.200 lớn hơn tổng thể 86.400"),
         ("vi", VI, "512.800", "9.512.800", "phần 9.512.800 lớn hơn tổng thể 3.120.500"),
         ("en", EN, "3.2", "93.2", "the part 93.2 exceeds its whole 12.4")]


@pytest.mark.parametrize("lang, text", [("vi", VI), ("en", EN)])
def test_examples_within_the_total_before_are_silent(lang, text):
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    assert sum(kind == "part_le_whole" and status == "consistent" for kind, status, _ in result.verified) >= 3


@pytest.mark.parametrize("lang, text, old, new, message", CASES)
def test_an_example_larger_than_the_total_before_is_reported(lang, text, old, new, message):
    text = text.replace(old, new, 1)
    (d,) = lint_text(text, lang).diagnostics
    assert (d.code, text[d.span.start:d.span.end], d.message) == ("S002", new, message)


@pytest.mark.parametrize("lang, text", [
    # the sentence before counts households twice: which is the whole is not known
    ("vi", "Năm nay có 1.200 hộ vay vốn mới và 86.400 hộ còn dư nợ. Một số chương trình có dư nợ lớn, như: cho vay hộ nghèo có 21.500 hộ."),
    # no term of the sentence before is repeated: the examples may be of something else
    ("vi", "Toàn tỉnh có 1.200 hộ nghèo mới phát sinh. Một số huyện vùng cao, như: Mường Tè 3.400 hộ, Sìn Hồ 2.900 hộ."),
    # an example of another time
    ("vi", "Năm nay huyện giải ngân cho 1.200 hộ. Một số xã giải ngân nhiều, như: xã A năm trước 3.400 hộ."),
    ("vi", "Dư nợ cho vay đạt 4.500 tỷ đồng. Một số chương trình có dư nợ lớn, như: cho vay hộ nghèo 1.200 tỷ đồng; "
           "cho vay nhà ở xã hội năm 2020 là 5.100 tỷ đồng."),
    # no opener: a sentence of its own
    ("en", "The fund paid out $12.4 million in grants. Housing programs, such as rent aid, drew $40.1 million over the decade."),
])
def test_no_example_is_read_where_none_is_given(lang, text):
    assert not any(d.code == "S002" for d in lint_text(text, lang).diagnostics)


MORE = ("Tổng số tiền tặng quà Tết trên toàn tỉnh là 25,6 tỷ đồng. Trong đó, ngân sách Trung ương 1.250,5 triệu đồng, "
        "ngân sách tỉnh 21.300,2 triệu đồng. Riêng trợ cấp cho đối tượng chính sách có 12.400 đối tượng. Bên cạnh đó, "
        "ngân sách cấp huyện 98,4 triệu đồng và nguồn xã hội hóa 2.951,3 triệu đồng.")


def test_more_members_of_a_breakdown_told_before_are_silent():
    result = lint_text(MORE, "vi")
    assert result.diagnostics == ()
    assert ("part_le_whole", "consistent", "2.951,3 ≤ 25.600") in result.verified


def test_a_further_member_larger_than_the_whole_is_reported():
    text = MORE.replace("2.951,3", "92.951,3")
    (d,) = lint_text(text, "vi").diagnostics
    assert (d.code, text[d.span.start:d.span.end], d.message) == ("S002", "92.951,3", "phần 92.951,3 lớn hơn tổng thể 25.600")


@pytest.mark.parametrize("text", [
    # no breakdown before: 'Ngoài ra' only adds a statement
    "Tổng số tiền tặng quà Tết là 25,6 tỷ đồng. Ngoài ra, tỉnh còn chi 32.000 triệu đồng sửa chữa trường học.",
    # a breakdown before, but the sentence tells another fact in the same currency
    "Tổng số tiền là 25,6 tỷ đồng. Trong đó, ngân sách tỉnh 21.300 triệu đồng. Ngoài ra, tỉnh còn chi 32.000 triệu đồng sửa chữa trường học.",
    # another measure than the members listed (people, not money)
    "Tổng số tiền là 25,6 tỷ đồng. Trong đó, ngân sách tỉnh 21.300 triệu đồng. Bên cạnh đó, có 32.000 lượt người được thăm hỏi.",
    # another year's figure
    "Tổng số tiền là 25,6 tỷ đồng. Trong đó, ngân sách tỉnh 21.300 triệu đồng. Bên cạnh đó, năm trước ngân sách huyện 32.000 triệu đồng.",
])
def test_no_further_member_is_read_where_none_is_added(text):
    assert not any(d.code == "S002" for d in lint_text(text, "vi").diagnostics)

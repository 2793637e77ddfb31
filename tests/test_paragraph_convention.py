"""Bilingual documents: a paragraph clearly written in the other language is read by that language's
number convention, and the document's convention is decided by its own paragraphs."""
from __future__ import annotations

from decimal import Decimal

from linter.run.engine import lint_text
from linter.lang.packs import detect, text_language
from linter.figures.quantities import scan

TITLE = "BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2023"
ABSTRACT = (
    "Summary: This report sets out the results of the 2023 review of poor households in the district. "
    "The poverty rate fell to 3.85% from 4.60% in 2022, and the number of poor households was 1,164, "
    "of which 398 were in the upland communes. The review covered 30,240 households with 121.4 thousand members."
)
BODY = (
    "Năm 2023, toàn huyện rà soát 30.240 hộ, trong đó có 1.164 hộ nghèo, chiếm 3,85%. "
    "Số hộ nghèo ở các xã vùng cao là 398 hộ, giảm 41 hộ so với năm 2022 (439 hộ)."
)


def found(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    return [(d.code, text[d.span.start:d.span.end]) for d in lint_text(text, lang).diagnostics]


METHOD = (
    "Việc rà soát được thực hiện theo bộ tiêu chí đa chiều của giai đoạn 2022-2025, do các tổ rà soát ở thôn "
    "tiến hành từ tháng 9 đến tháng 11. Kết quả được niêm yết công khai tại nhà văn hóa các thôn và được "
    "Ban chỉ đạo huyện phúc tra trước khi phê duyệt; những hộ có ý kiến khiếu nại đều đã được xem xét lại."
)


def report(abstract: str = ABSTRACT, body: str = BODY) -> str:
    return "\n\n".join((TITLE, abstract, body, METHOD)) + "\n"


def test_an_english_abstract_in_a_vietnamese_report_keeps_its_own_marks():
    text = report()
    assert detect(text) == "vi"
    assert found(text) == []


def test_the_english_paragraph_is_read_by_the_english_convention():
    text = report()
    values = {text[q.span.start:q.span.end]: q.value for q in scan(text, "vi").quantities}
    assert values["1,164"] == Decimal(1164)
    assert values["3.85%"] == Decimal("3.85")
    assert values["121.4"] == Decimal("121.4")
    assert values["1.164"] == Decimal(1164)
    assert values["3,85%"] == Decimal("3.85")


def test_an_english_decimal_in_the_vietnamese_paragraph_is_still_reported():
    text = report(body=BODY.replace("chiếm 3,85%", "chiếm 3.85%"))
    assert found(text) == [("N001", "3.85%")]


def test_without_the_paragraphs_language_the_document_convention_rules():
    # the same English figures in a Vietnamese paragraph are the other convention's marks
    body = BODY + " Tỷ lệ hộ nghèo giảm từ 4.60% xuống 3.85%."
    assert found(report(body=body)) == [("N001", "4.60%"), ("N001", "3.85%")]


def test_a_vietnamese_paragraph_in_an_english_report():
    text = "\n\n".join((
        "Poverty review 2023. The district reviewed 30,240 households in 2023, and 1,164 of them were poor, "
        "a rate of 3.85%; the rate was 4.60% in 2022 and 5.15% in 2021. The review was carried out by the "
        "district office with the help of the communes, and its results are set out in the tables below.",
        "Tóm tắt: Năm 2023, toàn huyện có 1.164 hộ nghèo trên tổng số 30.240 hộ, tỷ lệ 3,85%; "
        "các xã vùng cao có 398 hộ nghèo, chiếm 34,2% số hộ nghèo của huyện.",
    ))
    assert detect(text) == "en"
    assert found(text) == []
    assert found(text.replace("a rate of 3.85%", "a rate of 3,85%")) == [("N001", "3,85%")]


def test_a_paragraph_language_needs_enough_function_words():
    assert text_language(ABSTRACT) == "en"
    assert text_language(BODY) == "vi"
    assert text_language(TITLE) is None
    assert text_language("Tỷ lệ 3.85% (2023)") is None


def test_a_hard_wrapped_english_paragraph_is_read_as_one():
    wrapped = "\n".join((
        "Summary: This report sets out the results of the 2023 review",
        "of poor households in the district. The poverty rate fell to 3.85%",
        "from 4.60% in 2022, and the number of poor households was 1,164,",
        "of which 398 were in the upland communes. The review covered",
        "30,240 households with 121.4 thousand members.",
    ))
    text = report(abstract=wrapped)
    assert found(text) == []
    assert found(report(abstract=wrapped, body=BODY.replace("chiếm 3,85%", "chiếm 3.85%"))) == [("N001", "3.85%")]


def test_word_paragraphs_in_two_languages_without_blank_lines():
    # a .docx joins its paragraphs with single line ends
    text = "\n".join((TITLE, ABSTRACT, BODY, METHOD))
    assert found(text) == []


def test_a_paragraph_keeps_the_marks_its_figures_show():
    # a Vietnamese paragraph in an English report, written with the English marks of the report
    para = ("Tóm tắt: Năm 2023, toàn huyện có 1,164 hộ nghèo trên tổng số 30,240 hộ, tỷ lệ 3.85%; "
            "các xã vùng cao có 398 hộ nghèo, chiếm 34.2% số hộ nghèo của huyện.")
    lead = ("Poverty review 2023. The district reviewed 30,240 households in 2023, and 1,164 of them were poor, "
            "a rate of 3.85%. The review was carried out by the district office with the help of the communes, "
            "and its results are set out in the tables below.")
    text = lead + "\n\n" + para
    values = {(q.span.start, text[q.span.start:q.span.end]): q.value for q in scan(text, "en").quantities}
    in_para = {raw: v for (start, raw), v in values.items() if start > len(lead)}
    assert in_para["1,164"] == Decimal(1164)
    assert in_para["30,240"] == Decimal(30240)
    assert found(text, "en") == []


SHORT_VI = (
    "The province reported its poverty figures for 2024 on Monday, and the report was approved.\n\n"
    "Tỷ lệ hộ nghèo giảm từ 4,2% xuống 3,1%, giảm 1,1 điểm phần trăm. Có 45/52 xã đạt chuẩn, đạt 86,54%.\n"
)


def test_a_short_vietnamese_paragraph_in_an_english_report_is_read_by_its_letters():
    # too few function words to count, but a sixth of its letters are Vietnamese ones
    assert lint_text(SHORT_VI, "en").diagnostics == ()
    altered = SHORT_VI.replace("86,54%", "88,54%")  # read by the paragraph's own marks, its share is still checked
    (d,) = lint_text(altered, "en").diagnostics
    assert (d.code, altered[d.span.start:d.span.end], d.message) == ("P001", "88,54%", "stated 88,54%, computed 86.54%")  # the message speaks the report's language and marks


def test_a_few_vietnamese_names_do_not_make_an_english_paragraph_vietnamese():
    text = "Quảng Trị, Thừa Thiên Huế and Đà Nẵng reported 1,250 new firms, 3.5% more than the year before."
    assert lint_text(text, "en").diagnostics == ()

"""A sentence opening "Qua <the action the sentence before reported>," counts what that action found:
its counts of a noun are among the ones the action was done to."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text
from tests._both_ways import assert_part_within

FOUND = ("Năm 2024, Ủy ban Kiểm tra các cấp đã kiểm tra 320 tổ chức đảng và 1.150 đảng viên. "
         "Qua kiểm tra, đã kết luận 85 tổ chức đảng và 240 đảng viên vi phạm; đề nghị xử lý kỷ luật 12 tổ chức đảng và 96 đảng viên.")


def test_what_an_inspection_found_is_checked_against_what_it_inspected():
    result = lint_text(FOUND, "vi")
    assert result.diagnostics == ()
    verified = {arithmetic for kind, _, arithmetic in result.verified if kind == "part_le_whole"}
    assert {"85 ≤ 320", "240 ≤ 1.150", "12 ≤ 320", "96 ≤ 1.150"} <= verified


@pytest.mark.parametrize("figure, wrong, whole", [("240", "2.240", "1.150"), ("12 tổ chức", "412 tổ chức", "320")])
def test_a_finding_larger_than_what_was_inspected_is_reported(figure, wrong, whole):
    text = FOUND.replace(figure, wrong)
    (d,) = lint_text(text, "vi").diagnostics
    stated = wrong.split()[0]
    assert (d.code, d.message) == ("S002", f"phần {stated} lớn hơn tổng thể {whole}")
    assert text[d.span.start:d.span.end] == stated


def test_a_market_inspection_in_the_same_shape():
    text = ("Trong tháng 10, đoàn liên ngành đã kiểm tra 64 cơ sở kinh doanh thực phẩm. "
            "Qua kiểm tra, phát hiện 9 cơ sở vi phạm, xử phạt hành chính 7 cơ sở với tổng số tiền 38 triệu đồng.")
    assert_part_within(text, "vi", "7", "72", "64", at="7 cơ sở")


@pytest.mark.parametrize("text", [
    # another noun: the cases found are not the firms inspected
    "Đoàn đã kiểm tra 45 cơ sở. Qua kiểm tra, đã lập biên bản 60 trường hợp vi phạm.",
    # another action than the one the sentence before reported
    "Đoàn đã giám sát 45 cơ sở. Qua kiểm tra, có 60 cơ sở chưa niêm yết giá.",
    # a cumulative count, a larger place, a whole of its own
    "Đoàn đã kiểm tra 45 cơ sở. Qua kiểm tra, phát hiện 12 cơ sở vi phạm; lũy kế từ đầu năm đã xử lý 130 cơ sở.",
    "Huyện đã kiểm tra 45 cơ sở. Qua kiểm tra, có 12 cơ sở vi phạm, toàn tỉnh có 150 cơ sở vi phạm.",
    "Đoàn đã kiểm tra 45 cơ sở. Qua kiểm tra, có 12 cơ sở vi phạm trên tổng số 60 cơ sở được rà soát.",
    # the action named again: what follows is a new round
    "Đoàn đã kiểm tra 45 cơ sở. Qua kiểm tra, có 12 cơ sở vi phạm, đồng thời kiểm tra thêm 80 cơ sở khác.",
    # two counts of the noun inspected: which one is meant is not known
    "Năm 2023 đã kiểm tra 40 cơ sở, năm 2024 kiểm tra 45 cơ sở. Qua kiểm tra, có 50 cơ sở được nhắc nhở.",
    # "Qua đó" names no action
    "Huyện đã hỗ trợ 45 hộ. Qua đó, có 60 hộ thoát nghèo.",
])
def test_near_misses_are_left_alone(text):
    assert lint_text(text, "vi").diagnostics == ()


@pytest.mark.parametrize("text, figure, wrong, whole", [
    ("Qua kiểm tra 1.250 cơ sở sản xuất, kinh doanh, đã phát hiện 96 cơ sở vi phạm, xử phạt 81 cơ sở.", "96 cơ sở", "1.296", "1.250"),
    ("Qua rà soát 2.340 hộ, có 186 hộ nghèo và 244 hộ cận nghèo.", "186 hộ", "2.386", "2.340"),
    ("Đoàn công tác đã thanh tra 38 doanh nghiệp. Qua đợt thanh tra, phát hiện 11 doanh nghiệp nợ bảo hiểm xã hội.", "11 doanh", "41", "38"),
])
def test_an_examination_named_in_the_sentence_or_with_more_words(text, figure, wrong, whole):
    assert_part_within(text, "vi", figure.split()[0], wrong, whole, at=figure)


@pytest.mark.parametrize("text", [
    "Năm 2023, huyện thí điểm mô hình tại 12 xã. Qua thí điểm, mô hình được nhân rộng ra 35 xã.",
    "Qua thí điểm tại 12 xã, mô hình đã được nhân rộng ra 35 xã trong toàn tỉnh.",
    "Qua 3 năm kiểm tra, có 120 cơ sở được cấp giấy chứng nhận.",
    "Qua kiểm tra 50 xe, phát hiện 12 xe vi phạm, xử phạt 15 trường hợp.",
])
def test_other_results_are_left_alone(text):
    assert lint_text(text, "vi").diagnostics == ()


SAME_SENTENCE = ("Đoàn kiểm tra liên ngành đã kiểm tra 280 cơ sở tại 7 huyện, phát hiện 37 cơ sở vi phạm, "
                 "xử phạt 30 cơ sở với số tiền 96 triệu đồng; tiêu hủy 850 kg hàng hóa không rõ nguồn gốc.")


def test_what_the_examinations_own_sentence_says_it_found():
    assert ("part_le_whole", "consistent", "30 ≤ 280") in lint_text(SAME_SENTENCE, "vi").verified
    assert_part_within(SAME_SENTENCE, "vi", "37", "387", "280", at="37 cơ sở")


@pytest.mark.parametrize("text", [
    # what was found counts another noun, or what follows ';' is another matter
    "Đoàn đã kiểm tra 45 cơ sở, phát hiện 60 sản phẩm không rõ nguồn gốc.",
    "Đoàn đã kiểm tra 45 cơ sở, phát hiện 12 cơ sở vi phạm; cấp mới giấy phép cho 60 cơ sở.",
    # no finding word: another action on other things
    "Đoàn đã kiểm tra 45 cơ sở, hướng dẫn 60 cơ sở đăng ký kinh doanh.",
    # a finding compared with another time
    "Đoàn đã kiểm tra 45 cơ sở, phát hiện 12 cơ sở vi phạm, cùng kỳ năm trước phát hiện 50 cơ sở.",
])
def test_near_misses_in_the_examinations_sentence(text):
    assert lint_text(text, "vi").diagnostics == ()


def test_an_examination_naming_a_body_is_no_examination():
    text = "Ủy ban kiểm tra các cấp đã thi hành kỷ luật 12 đảng viên, phát hiện 30 đảng viên có dấu hiệu vi phạm cần xem xét."
    assert lint_text(text, "vi").diagnostics == ()
    text = "Ủy ban kiểm tra các cấp đã thi hành kỷ luật 12 đảng viên. Qua kiểm tra, phát hiện 30 đảng viên có dấu hiệu vi phạm."
    assert lint_text(text, "vi").diagnostics == ()


def test_a_result_sentence_may_open_with_ket_qua():
    text = "Đoàn liên ngành đã kiểm tra 64 cơ sở. Kết quả kiểm tra cho thấy có 17 cơ sở chưa bảo đảm điều kiện an toàn thực phẩm."
    assert_part_within(text, "vi", "17", "97", "64", at="17 cơ sở")
    others = "Đoàn đã kiểm tra 64 cơ sở. Kết quả kiểm tra, có 12 cơ sở vi phạm; 70 cơ sở khác được tuyên truyền, nhắc nhở."
    assert lint_text(others, "vi").diagnostics == ()  # others than those examined

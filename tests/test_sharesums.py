"""Parts told with their shares: shares adding up to 100% make their parts a complete breakdown."""
from __future__ import annotations

from linter.run.engine import lint_text

FLAGGED = (
    "Năm qua, Trung tâm phục vụ hành chính công tiếp nhận và trả 42.010 hồ sơ, đúng hạn 41.429 hồ sơ, đạt 98,62%; "
    "trả quá hạn 578 hồ sơ, chiếm tỷ lệ 1,38%."
)


def test_a_whole_whose_shares_close_at_100_percent_but_whose_parts_do_not_is_reported():
    result = lint_text(FLAGGED, "vi")
    (d,) = result.diagnostics
    assert (d.code, d.message, d.arithmetic) == (
        "S001", "ghi tổng 42.010, nhưng các phần cộng lại được 42.007", "41.429 + 578 = 42.007 ≠ 42.010",
    )
    start = FLAGGED.index("42.010")
    assert (d.span.start, d.span.end) == (start, start + 6)
    assert [FLAGGED[n.span.start:n.span.end] for n in d.notes] == ["41.429", "578"]
    # both shares still round the same with 42.010: only the exact counts tell
    assert ("percent", "consistent", "578 / 42.010 = 1,38%, stated 1,38%") in result.verified


def test_the_same_sentence_with_a_whole_that_adds_up_is_a_verified_sum():
    result = lint_text(FLAGGED.replace("42.010", "42.007"), "vi")
    assert result.diagnostics == ()
    assert ("sum", "consistent", "41.429 + 578 = 42.007, stated 42.007") in result.verified


def test_shares_that_do_not_close_at_100_percent_promise_nothing():
    # 98,62% + 1,2% leaves a remainder the text does not account for: no breakdown, no finding
    text = FLAGGED.replace("chiếm tỷ lệ 1,38%", "chiếm tỷ lệ 1,2%").replace("578 hồ sơ", "504 hồ sơ")
    result = lint_text(text, "vi")
    assert [v for v in result.verified if v[0] == "sum"] == []
    assert [d.code for d in result.diagnostics] == []


def test_a_list_already_linked_as_a_breakdown_is_not_summed_twice():
    text = FLAGGED.replace("42.010 hồ sơ, đúng", "42.010 hồ sơ; trong đó, đúng")
    result = lint_text(text, "vi")
    assert [d.code for d in result.diagnostics] == ["S001"]
    assert len([v for v in result.verified if v[0] == "sum"]) == 1


def test_english_shares_of_one_whole():
    text = "The clinic saw 2,417 patients: 1,693 adults, or 70.1%, and 721 children, or 29.9%."
    (d,) = lint_text(text, "en").diagnostics
    assert (d.code, d.arithmetic) == ("S001", "1,693 + 721 = 2,414 ≠ 2,417")
    assert lint_text(text.replace("2,417", "2,414"), "en").diagnostics == ()


def test_a_sentence_with_a_share_that_fits_no_whole_closes_nothing():
    # 3% is not 1 of 80: P001 reports it; the other two shares (1% + 98%) must not be taken for a breakdown
    text = "Trong tổng số 80 đảng viên mới kết nạp, trong đó: 1 đảng viên nhóm 1 chiếm 3%; 1 đảng viên nhóm 2 chiếm 1%; 78 đảng viên nhóm 3 chiếm 98%."
    assert [(d.code, d.message) for d in lint_text(text, "vi").diagnostics] == [("P001", "ghi 3%, tính ra 1%")]

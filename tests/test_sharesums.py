"""Parts told with their shares: shares adding up to 100% make their parts a complete breakdown."""
from __future__ import annotations

from linter.run.engine import lint_text

FLAGGED = (
    "Trong năm, Sở đã giải quyết 51.783 hồ sơ, đúng và trước hạn 51.072 hồ sơ, đạt tỷ lệ 98,63%; "
    "quá hạn còn 708 hồ sơ, chiếm tỷ lệ 1,37%."
)


def test_a_whole_whose_shares_close_at_100_percent_but_whose_parts_do_not_is_reported():
    result = lint_text(FLAGGED, "vi")
    (d,) = result.diagnostics
    assert (d.code, d.message, d.arithmetic) == (
        "S001", "ghi tổng 51.783, nhưng các phần cộng lại được 51.780", "51.072 + 708 = 51.780 ≠ 51.783",
    )
    start = FLAGGED.index("51.783")
    assert (d.span.start, d.span.end) == (start, start + 6)
    assert [FLAGGED[n.span.start:n.span.end] for n in d.notes] == ["51.072", "708"]
    # both shares still round the same with 51.783: only the exact counts tell
    assert ("percent", "consistent", "708 / 51.783 = 1,37%, stated 1,37%") in result.verified


def test_the_same_sentence_with_a_whole_that_adds_up_is_a_verified_sum():
    result = lint_text(FLAGGED.replace("51.783", "51.780"), "vi")
    assert result.diagnostics == ()
    assert ("sum", "consistent", "51.072 + 708 = 51.780, stated 51.780") in result.verified


def test_shares_that_do_not_close_at_100_percent_promise_nothing():
    # 98,63% + 1,2% leaves a remainder the text does not account for: no breakdown, no finding
    text = FLAGGED.replace("chiếm tỷ lệ 1,37%", "chiếm tỷ lệ 1,2%").replace("708 hồ sơ", "621 hồ sơ")
    result = lint_text(text, "vi")
    assert [v for v in result.verified if v[0] == "sum"] == []
    assert [d.code for d in result.diagnostics] == []


def test_a_list_already_linked_as_a_breakdown_is_not_summed_twice():
    text = FLAGGED.replace("51.783 hồ sơ, đúng", "51.783 hồ sơ; trong đó, đúng")
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

"""An election's turnout: the votes cast over the electorate, named rather than placed beside the share."""
from __future__ import annotations

from linter.run.engine import lint_text

VI = (
    "Tổng số cử tri trong danh sách: 1.254.300 cử tri, trong đó 640.112 cử tri nữ; "
    "tổng số cử tri đi bỏ phiếu 1.249.870 người; tỉ lệ cử tri tham gia bầu cử đạt 99,65%."
)
EN = "Declaration of result\nYes | 494 |\nNo | 143 |\nElectorate: 8974\nTotal votes cast: 640\nTurnout: 7.13%\n"


def diags(text: str, lang: str):
    return [(d.code, d.message, d.arithmetic) for d in lint_text(text, lang).diagnostics]


def test_a_consistent_turnout_is_verified_against_the_named_figures():
    result = lint_text(VI, "vi")
    assert result.diagnostics == ()
    assert ("percent", "consistent", "1.249.870 / 1.254.300 = 99,65%, stated 99,65%") in result.verified
    assert ("part_le_whole", "consistent", "1.249.870 ≤ 1.254.300") in result.verified
    assert lint_text(EN, "en").diagnostics == ()


def test_a_mistyped_turnout_is_reported_with_the_votes_cast_and_the_electorate():
    text = VI.replace("99,65%", "99,56%")
    (d,) = lint_text(text, "vi").diagnostics
    assert (d.code, d.message, d.arithmetic) == ("P001", "ghi 99,56%, tính ra 99,65%", "1.249.870 / 1.254.300 = 99,65% ≠ 99,56%")
    assert [text[n.span.start:n.span.end] for n in d.notes] == ["1.249.870", "1.254.300"]
    assert d.span.start == text.index("99,56%")


def test_votes_cast_above_the_electorate_are_reported_as_well():
    got = diags(EN.replace("Total votes cast: 640", "Total votes cast: 9,640"), "en")
    assert got == [
        ("S002", "the part 9,640 exceeds its whole 8,974", "9,640 > 8,974"),
        ("P001", "stated 7.13%, computed 107.42%", "9,640 / 8,974 = 107.42% ≠ 7.13%"),
    ]


def test_names_after_the_figures_link_too():
    text = "Of 12,400 registered voters, 7,750 votes cast made a turnout of 62.3%."
    assert diags(text, "en") == [("P001", "stated 62.3%, computed 62.5%", "7,750 / 12,400 = 62.5% ≠ 62.3%")]


def test_figures_beyond_a_blank_line_or_unnamed_are_not_linked():
    assert diags("Electorate: 8974\nTotal votes cast: 640\n\nTurnout: 9.13%\n", "en") == []
    assert diags("District A counted 640 ballots. Turnout was 9.13%.", "en") == []

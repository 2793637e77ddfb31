"""T004 prose-matches-table: a figure in the prose that restates a table cell agrees with it."""
from __future__ import annotations

import io

import docx
from hypothesis import given
from hypothesis import strategies as st

from _documents import lint_source
from linter.run.engine import lint_text
from linter.figures.edits import one_slip, slips

VI_TABLE = (
    "| Đơn vị | Số đảng viên | Số chi bộ |\n"
    "| --- | --- | --- |\n"
    "| Đảng bộ xã | 7.850 | 96 |\n"
    "| Đảng bộ thị trấn | 4.283 | 41 |\n"
    "| Toàn tỉnh | 12.133 | 137 |\n"
)
EN_TABLE = (
    "| Region | Members | Branches |\n"
    "| --- | --- | --- |\n"
    "| North | 1,204 | 31 |\n"
    "| South | 987 | 22 |\n"
    "| Total | 2,191 | 53 |\n"
)


def t004(text: str, locale: str | None = None):
    return [d for d in lint_text(text, locale).diagnostics if d.code == "T004"]


def test_a_total_restated_with_a_slip_is_reported_with_the_cell_and_the_arithmetic():
    text = VI_TABLE + "\nToàn tỉnh có 12.183 đảng viên sinh hoạt tại 137 chi bộ.\n"
    (d,) = t004(text, "vi")
    start = text.index("12.183")
    assert (d.span.start, d.span.end) == (start, start + 6)
    assert d.message == "văn bản ghi 12.183, bảng ghi 12.133"  # the messages speak the document's language
    assert d.arithmetic == "12.183 ≠ 12.133 (table: Toàn tỉnh, Số đảng viên)"
    cell = text.index("12.133")
    assert [(n.span.start, n.span.end) for n in d.notes] == [(cell, cell + 6)]
    assert d.fix is not None and d.fix.replacement == "12.133" and not d.fix.safe


def test_a_row_restated_in_english_names_its_row_and_column():
    text = EN_TABLE + "\nThe North region reported 1,240 members in 31 branches.\n"
    (d,) = t004(text, "en")
    assert d.message == "the text says 1,240, the table says 1,204"
    assert d.arithmetic == "1,240 ≠ 1,204 (table: North, Members)"
    assert d.span.start == text.index("1,240")


def test_figures_that_agree_are_verified_claims_and_give_nothing():
    text = VI_TABLE + "\nToàn tỉnh có 12.133 đảng viên; Đảng bộ xã có 96 chi bộ.\n"
    result = lint_text(text, "vi")
    assert [d for d in result.diagnostics if d.code == "T004"] == []
    assert [v for v in result.verified if v[0] == "restates"] == [
        ("restates", "consistent", "12.133 against the table's 12.133 (Toàn tỉnh, Số đảng viên)"),
        ("restates", "consistent", "96 against the table's 96 (Đảng bộ xã, Số chi bộ)"),
    ]


def test_a_larger_difference_is_another_quantity_not_a_restatement():
    # 11.500 is not one slip from 12.133: last year's figure, or another count; left alone
    assert t004(VI_TABLE + "\nNăm trước, toàn tỉnh có 11.500 đảng viên.\n", "vi") == []


def test_the_row_and_the_column_must_both_be_named():
    assert t004(EN_TABLE + "\nThe party reported 1,240 members.\n", "en") == []  # which row?
    assert t004(EN_TABLE + "\nThe North region reported 1,240 votes.\n", "en") == []  # which column?


def test_a_figure_a_slip_away_from_two_cells_is_left_alone():
    table = "| Region | Members |\n| --- | --- |\n| North | 1,204 |\n| North | 1,244 |\n"
    assert t004(table + "\nThe North region reported 1,240 members.\n", "en") == []


def test_a_share_is_never_compared_with_a_count_nor_a_hedged_figure_with_a_cell():
    assert t004(EN_TABLE + "\nThe North region reported about 1,240 members.\n", "en") == []
    table = "| Region | Members | Share |\n| --- | --- | --- |\n| North | 55 | 55.0% |\n| South | 45 | 45.0% |\n"
    assert t004(table + "\nThe North region holds 50% of the members.\n", "en") == []


def test_html_and_docx_tables_are_restated_the_same_way():
    html = (
        "<html><body><table><tr><th>Đơn vị</th><th>Số đảng viên</th></tr>"
        "<tr><td>Đảng bộ xã</td><td>7.850</td></tr><tr><td>Đảng bộ thị trấn</td><td>4.283</td></tr>"
        "<tr><td>Toàn tỉnh</td><td><b>12.133</b></td></tr></table>"
        "<p>Toàn tỉnh có 12.183 đảng viên.</p></body></html>"
    )
    doc, diags = lint_source(html, "html", "vi")
    (d,) = [d for d in diags if d.code == "T004"]
    assert doc.text[d.span.start:d.span.end] == "12.183"

    word = docx.Document()
    table = word.add_table(rows=4, cols=2)
    for r, row in enumerate([["Đơn vị", "Số đảng viên"], ["Đảng bộ xã", "7.850"], ["Đảng bộ thị trấn", "4.283"], ["Toàn tỉnh", "12.133"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    p = word.add_paragraph("Toàn tỉnh có 12.")
    p.add_run("183").bold = True
    p.add_run(" đảng viên.")
    buf = io.BytesIO()
    word.save(buf)
    doc, diags = lint_source(buf.getvalue(), "docx", "vi")
    (d,) = [d for d in diags if d.code == "T004"]
    assert doc.text[d.span.start:d.span.end] == "12.183"
    assert d.arithmetic == "12.183 ≠ 12.133 (table: Toàn tỉnh, Số đảng viên)"


def test_one_slip_names_the_typing_slips():
    assert one_slip("12133", "12183")  # a digit changed
    assert one_slip("43137", "443137")  # a digit added
    assert one_slip("1204", "1240")  # neighbours swapped
    assert one_slip("2191", "291")  # a digit dropped
    assert not one_slip("12133", "12133")
    assert not one_slip("12133", "11500")
    assert not one_slip("1204", "4201")  # a swap of non-neighbours is two slips


@given(st.text("0123456789", min_size=1, max_size=9), st.integers(0, 8), st.sampled_from("0123456789"))
def test_one_slip_holds_for_every_single_digit_change_both_ways(digits: str, at: int, new: str):
    i = at % len(digits)
    changed = digits[:i] + new + digits[i + 1:]
    assert one_slip(digits, changed) == (changed != digits)
    assert one_slip(changed, digits) == (changed != digits)
    assert one_slip(digits, digits[:i] + digits[i + 1:])  # a digit dropped


@given(st.text("0123456789", min_size=1, max_size=7), st.text("0123456789", min_size=1, max_size=7))
def test_the_slips_enumerated_are_exactly_the_strings_one_slip_away(a: str, b: str):
    assert (b in slips(a)) == one_slip(a, b)


def test_a_table_of_indicators_by_year_is_restated_by_indicator_and_year():
    table = (
        "| Chỉ tiêu | Năm 2022 | Năm 2023 |\n| --- | --- | --- |\n"
        "| Số đảng viên | 11.702 | 12.133 |\n| Số chi bộ | 131 | 137 |\n"
    )
    text = table + "\nNăm 2023, toàn Đảng bộ có 12.183 đảng viên, sinh hoạt tại 137 chi bộ; năm 2022 có 11.702 đảng viên.\n"
    result = lint_text(text, "vi")
    assert [(d.code, d.arithmetic) for d in result.diagnostics] == [("T004", "12.183 ≠ 12.133 (table: Số đảng viên, Năm 2023)")]
    assert [v for v in result.verified if v[0] == "restates"] == [
        ("restates", "flagged", "12.183 against the table's 12.133 (Số đảng viên, Năm 2023)"),
        ("restates", "consistent", "137 against the table's 137 (Số chi bộ, Năm 2023)"),
        ("restates", "consistent", "11.702 against the table's 11.702 (Số đảng viên, Năm 2022)"),
    ]


def test_a_cell_its_own_table_contradicts_is_left_to_the_table_rules():
    # the totals row says 12.183 but its rows add up to 12.133, as the prose says: the table is wrong
    text = VI_TABLE.replace("| Toàn tỉnh | 12.133 |", "| Toàn tỉnh | 12.183 |") + "\nToàn tỉnh có 12.133 đảng viên.\n"
    got = [(d.code, d.arithmetic) for d in lint_text(text, "vi").diagnostics]
    assert got == [("T001", "7.850 + 4.283 = 12.133 ≠ 12.183")]

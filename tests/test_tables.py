"""The table rules T001–T003 on Markdown, HTML and Word tables: exact findings, spans and arithmetic."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from linter.run.config import Config
from linter.run.engine import lint_file, lint_text
from linter.judge.registry import Rule

docx = pytest.importorskip("docx")

CONFIG = Config()
EN = "The table of the figures for the year."


def _md(rows: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]]) + "\n"


def _html(rows: list[tuple[str, ...]], caption: str) -> str:
    head = "<tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<html><body><p>{caption}</p><table>{head}{body}</table></body></html>\n"


def _docx(rows: list[tuple[str, ...]], target: Path, caption: str) -> None:
    document = docx.Document()
    document.add_paragraph(caption)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(target)


def _write(rows: list[tuple[str, ...]], suffix: str, tmp: Path, caption: str = "Bảng số liệu của các đơn vị.") -> Path:
    """The table as a Markdown, HTML or Word file; HTML and Word get `caption` before it (its language counts)."""
    target = tmp / f"bang{suffix}"
    if suffix == ".docx":
        _docx(rows, target, caption)
    else:
        target.write_text(_md(rows) if suffix == ".md" else _html(rows, caption), encoding="utf-8")
    return target


def findings(path: Path) -> list[tuple]:
    """(code, severity, figure at the span, message, arithmetic) of each finding."""
    res = lint_file(str(path), CONFIG)
    text = res.text if res.text is not None else path.read_text(encoding="utf-8")
    return [(d.code, d.severity.value, text[d.span.start:d.span.end], d.message, d.arithmetic) for d in res.diagnostics]


VI_TOTAL_ROW = [("Năm", "Số hộ", "Kinh phí"), ("2021", "1.240", "3.720"), ("2022", "1.315", "3.945"),
                ("2023", "1.402", "4.206"), ("Tổng cộng", "3.975", "11.871")]
EN_TOTAL_COLUMN = [("Site", "Q1", "Q2", "Total"), ("Riverside", "1,204", "1,310", "2,514"),
                   ("Hilltop", "877", "912", "1,798"), ("Harbour", "640", "655", "1,295")]


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_t001_totals_row_vi(tmp_path: Path, suffix: str):
    assert findings(_write(VI_TOTAL_ROW, suffix, tmp_path)) == [
        ("T001", "error", "3.975", "ghi tổng 3.975, nhưng các phần cộng lại được 3.957", "1.240 + 1.315 + 1.402 = 3.957 ≠ 3.975"),
    ]


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_t001_totals_column_per_row_en(tmp_path: Path, suffix: str):
    assert findings(_write(EN_TOTAL_COLUMN, suffix, tmp_path, EN)) == [
        ("T001", "error", "1,798", "stated row total 1,798, the cells of its row add up to 1,789", "877 + 912 = 1,789 ≠ 1,798"),
    ]


def test_t001_finding_keeps_the_likely_typo_note():
    res = lint_text(_md(VI_TOTAL_ROW), path="bang.md")
    [d] = res.diagnostics
    assert d.help and "3.957" in d.help  # the total, or one part, retyped: the typo search still runs


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_t001_overlapping_subsets_after_a_leading_total_are_not_summed(tmp_path: Path, suffix: str):
    rows = [("Đơn vị", "Tổng số", "Trong đó: nữ", "Dân tộc", "Đảng viên trẻ"), ("Chi bộ 1", "45", "20", "12", "10"),
            ("Chi bộ 2", "38", "17", "9", "8"), ("Chi bộ 3", "27", "11", "6", "5")]
    assert findings(_write(rows, suffix, tmp_path)) == []


EN_LEADING_TOTAL = [("District", "Population", "Code", "Men", "Women"), ("North", "12,480", "N1", "6,150", "6,330"),
                    ("South", "9,875", "S2", "4,902", "4,973"), ("East", "7,320", "E3", "3,655", "3,665"),
                    ("West", "5,204", "W4", "2,611", "2,539")]


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_t001_a_leading_total_column_the_later_counts_make_up_in_the_data(tmp_path: Path, suffix: str):
    assert findings(_write(EN_LEADING_TOTAL, suffix, tmp_path, EN)) == [
        ("T001", "error", "5,204", "stated row total 5,204, the cells of its row add up to 5,150", "2,611 + 2,539 = 5,150 ≠ 5,204"),
    ]


def test_t001_a_leading_column_is_a_total_only_when_three_rows_and_all_but_one_make_it_up(tmp_path: Path):
    two_rows = EN_LEADING_TOTAL[:2] + EN_LEADING_TOTAL[4:]  # one row fits, one does not: which is the slip?
    assert findings(_write(two_rows, ".md", tmp_path, EN)) == []
    two_slips = EN_LEADING_TOTAL[:3] + [("East", "7,302", "E3", "3,655", "3,665")] + EN_LEADING_TOTAL[4:]
    assert findings(_write(two_slips, ".md", tmp_path, EN)) == []
    vi = [("Xã", "Tổng số", "Nam", "Nữ"), ("A", "1.204", "598", "606"), ("B", "987", "490", "497"), ("C", "756", "371", "385")]
    assert findings(_write(vi, ".md", tmp_path)) == []


def test_t001_a_total_column_most_rows_disagree_with_is_not_a_partition(tmp_path: Path):
    rows = [("Đơn vị", "Nữ", "Dân tộc thiểu số", "Tổng số"), ("Chi bộ 1", "20", "12", "45"), ("Chi bộ 2", "17", "9", "38"),
            ("Chi bộ 3", "11", "6", "27"), ("Chi bộ 4", "14", "10", "24")]
    assert findings(_write(rows, ".md", tmp_path)) == []


def test_t001_share_and_year_columns_are_not_summed(tmp_path: Path):
    rows = [("Xã", "Năm", "Nam", "Tỷ lệ", "Nữ", "Tổng"), ("A", "2020", "12", "40,0%", "18", "30"), ("B", "2021", "20", "50,0%", "20", "40")]
    # Nữ alone is the run before Tổng (Tỷ lệ stops it): fewer than two count columns, nothing to sum
    assert [f for f in findings(_write(rows, ".md", tmp_path)) if f[0] == "T001"] == []


def test_t001_docx_merged_header_and_label_cells(tmp_path: Path):
    document = docx.Document()
    table = document.add_table(rows=5, cols=4)
    values = [(2, ("Xã A", "120", "95", "215")), (3, ("Xã B", "88", "102", "190")), (4, ("Xã C", "70", "64", "143"))]
    for r, row in values:
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Xã"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Lao động"
    table.cell(0, 3).merge(table.cell(1, 3)).text = "Tổng"
    table.cell(1, 1).text, table.cell(1, 2).text = "Nam", "Nữ"
    target = tmp_path / "gop.docx"
    document.save(target)
    res = lint_file(str(target), CONFIG)
    assert [(d.code, d.stated, d.computed, d.arithmetic, d.location) for d in res.diagnostics] == [
        ("T001", "143", "134", "70 + 64 = 134 ≠ 143", "table 1, row 5, col 4"),
    ]


VI_SHARES = [("Trình độ", "Số người", "Tỷ trọng"), ("Đại học", "157", "73,6%"), ("Cao đẳng", "31", "14,6%"),
             ("Trung cấp", "25", "11,7%"), ("Cộng", "213", "")]


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_t002_share_column_vi(tmp_path: Path, suffix: str):
    # 157 / 213 = 73,7%; the shares add to 99,9%, within 3 × 0,05: T003 has nothing to add
    assert findings(_write(VI_SHARES, suffix, tmp_path)) == [
        ("T002", "error", "73,6%", "ghi 73,6%, tính ra 73,7%", "157 / 213 = 73,7% ≠ 73,6%"),
    ]


def test_t002_share_column_en_truncated_is_a_warning_and_follows_the_rounding_option(tmp_path: Path):
    rows = [("Ward", "Beds", "Share"), ("East", "31", "14.5%"), ("West", "182", "85.4%"), ("Total", "213", "100%")]
    path = _write(rows, ".md", tmp_path)
    assert findings(path) == [
        ("T002", "warning", "14.5%", "stated 14.5%, computed 14.6%: the share is truncated, not rounded", "31 / 213 = 14.6%"),
    ]
    either = Config(rule_options=(("T002", (("rounding", "either"),)),))
    assert lint_file(str(path), either).diagnostics == ()


EN_SHARES_100 = [("Source", "Share"), ("Public", "45.5%"), ("Business", "32.0%"), ("Households", "21.5%"), ("Total", "100%")]


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_t003_totals_row_of_100_percent_en(tmp_path: Path, suffix: str):
    assert findings(_write(EN_SHARES_100, suffix, tmp_path, EN)) == [
        ("T003", "error", "100%", "the shares add up to 99.0%, not 100%", "45.5% + 32.0% + 21.5% = 99.0% ≠ 100%"),
    ]


def test_t003_shares_of_a_proven_partition_without_a_100_percent_cell_vi(tmp_path: Path):
    rows = [("Ngành", "Số lao động", "Cơ cấu"), ("Nông nghiệp", "4.210", "42,1%"), ("Công nghiệp", "3.050", "30,7%"),
            ("Dịch vụ", "2.740", "27,4%"), ("Tổng số", "10.000", "")]
    assert findings(_write(rows, ".md", tmp_path)) == [
        ("T002", "error", "30,7%", "ghi 30,7%, tính ra 30,5%", "3.050 / 10.000 = 30,5% ≠ 30,7%"),
        ("T003", "error", "27,4%", "các tỷ lệ cộng lại được 100,2%, không phải 100%", "42,1% + 30,7% + 27,4% = 100,2% ≠ 100%"),
    ]


def test_t003_leaves_a_last_share_that_is_itself_wrong_to_t002(tmp_path: Path):
    rows = [("Ngành", "Số lao động", "Cơ cấu"), ("Nông nghiệp", "4.210", "42,1%"), ("Dịch vụ", "5.790", "58,8%"), ("Tổng số", "10.000", "")]
    assert [f[:3] for f in findings(_write(rows, ".md", tmp_path))] == [("T002", "error", "58,8%")]


CONSISTENT = [
    [("Team", "Weekdays", "Weekends", "Total"), ("Kitchen", "14", "9", "23"), ("Drivers", "6", "11", "17"), ("Total", "20", "20", "40")],
    [("Nhóm tuổi", "Số người", "Tỷ lệ"), ("Dưới 18", "3.893", "16,4%"), ("Từ 18", "19.907", "83,6%"), ("Tổng", "23.800", "100%")],
    [("Answer", "Share"), ("Yes", "33.3%"), ("No", "33.3%"), ("Unsure", "33.3%"), ("Total", "100%")],
]


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
@pytest.mark.parametrize("rows", CONSISTENT, ids=["totals", "shares", "thirds"])
def test_consistent_tables_give_nothing(tmp_path: Path, suffix: str, rows):
    assert findings(_write(rows, suffix, tmp_path)) == []


def test_prose_rules_leave_table_figures_to_the_table_rules(tmp_path: Path):
    rows = [("Age", "Residents", "Share"), ("Under 18", "3,893", "16.4%"), ("18 to 64", "15,120", "63.5%"),
            ("65 and over", "4,787", "20.3%"), ("Total", "23,801", "100%")]
    # each figure once, by a table rule: S001, P001 and P002 see the same claims and stay quiet
    assert [f[:3] for f in findings(_write(rows, ".md", tmp_path))] == [
        ("T002", "error", "20.3%"), ("T001", "error", "23,801"), ("T003", "error", "100%"),
    ]


def test_examples_continue_over_deeper_indented_lines():
    def fake(doc, ctx):  # noqa: ANN001
        """Summary.

        Okay: | a | b |
              |---|---|
              | x | 1 |
        X001: one line
        Okay: last
            continued

        not an example
        """
        return ()

    r = Rule(code="X001", name="fake", func=fake)
    assert r.examples() == [("Okay", "| a | b |\n|---|---|\n| x | 1 |"), ("X001", "one line"), ("Okay", "last\ncontinued")]


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_a_rate_column_whose_totals_row_is_not_100_percent_is_not_a_share_column(tmp_path: Path, suffix: str):
    rows = [("Xã", "Số hộ", "Tỷ lệ hộ nghèo"), ("Xã A", "1.200", "4,5%"), ("Xã B", "800", "3,1%"), ("Toàn huyện", "2.000", "3,9%")]
    assert findings(_write(rows, suffix, tmp_path)) == []


def _long_table(n: int) -> str:
    rows = ["| Đơn vị | Nam | Nữ | Tổng | Tỷ lệ |", "|---|---|---|---|---|"]
    for i in range(n):
        a, b = 100 + i % 50, 200 + i % 70
        rows.append(f"| Đơn vị {i} | {a} | {b} | {a + b + (i % 97 == 0)} | 1,0% |")
    return "\n".join(rows) + "\n"


def test_a_long_table_is_checked_in_linear_time():
    import time

    def timed(n: int) -> tuple[float, int]:
        start = time.perf_counter()
        res = lint_text(_long_table(n), "vi", path="bang.md")
        return time.perf_counter() - start, sum(d.code == "T001" for d in res.diagnostics)

    quarter, _ = timed(400)
    full, found = timed(1600)
    assert found == 17  # rows 0, 97, …, 1552: one unit over
    assert full < 8 * quarter + 1.0, f"{quarter:.2f} s for 400 rows but {full:.2f} s for 1,600"


SUBTOTALS = (
    "| Đơn vị | Đảng viên |\n|---|---|\n| Chi bộ 1 | 120 |\n| Chi bộ 2 | 95 |\n| Cộng khối A | 215 |\n"
    "| Chi bộ 3 | 80 |\n| Chi bộ 4 | 64 |\n| Cộng khối B | 144 |\n| Tổng cộng | 359 |\n"
)


def test_t001_subtotals_sum_their_block_and_the_grand_total_sums_the_subtotals():
    result = lint_text(SUBTOTALS, "vi")
    assert result.diagnostics == ()
    assert [v for v in result.verified if v[0] == "sum"] == [
        ("sum", "consistent", "120 + 95 = 215, stated 215"),
        ("sum", "consistent", "80 + 64 = 144, stated 144"),
        ("sum", "consistent", "215 + 144 = 359, stated 359"),
    ]
    slip = SUBTOTALS.replace("| Chi bộ 4 | 64 |", "| Chi bộ 4 | 46 |")
    assert [(d.code, d.arithmetic, d.help) for d in lint_text(slip, "vi", config=replace(Config(), message_language="en")).diagnostics] == [
        ("T001", "80 + 46 = 126 ≠ 144", "46 is probably 64: then 80 + 64 = 144, as stated"),
    ]
    grand = SUBTOTALS.replace("| Tổng cộng | 359 |", "| Tổng cộng | 395 |")
    assert [(d.code, d.arithmetic) for d in lint_text(grand, "vi").diagnostics] == [("T001", "215 + 144 = 359 ≠ 395")]


RATES_TABLE = """| Xã | Số hộ | Hộ nghèo | Tỷ lệ (%) | Năng suất lúa (tạ/ha) |
|---|---|---|---|---|
| An Bình | 1.200 | 60 | 5,0 | 58,2 |
| An Hòa | 800 | 80 | 10,0 | 61,5 |
| An Phú | 1.000 | 30 | 3,0 | 60,1 |
| Tổng | 3.000 | 170 | 5,7 | 59,8 |
"""


def test_a_column_of_rates_or_averages_is_not_summed_down_its_rows():
    # the totals row of a rate or an average holds the overall value (170 / 3.000 = 5,7), not a sum
    assert lint_text(RATES_TABLE, "vi").diagnostics == ()
    altered = RATES_TABLE.replace("| 170 |", "| 190 |")
    total, rate = lint_text(altered, "vi").diagnostics
    assert (total.code, altered[total.span.start:total.span.end], total.message) == ("T001", "190", "ghi tổng 190, nhưng các phần cộng lại được 170")
    # the "(%)" column is the rate of each row's households, its totals row included: 190 / 3.000 is no 5,7%,
    # and the typo search names the one figure behind both findings
    assert (rate.code, altered[rate.span.start:rate.span.end], rate.message) == ("T002", "5,7", "ghi 5,7, tính ra 6,3")
    assert total.help == rate.help == "190 có lẽ là 170: khi đó 170 / 3.000 = 5,7%; 60 + 80 + 30 = 170, đúng như đã ghi"

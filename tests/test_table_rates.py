"""Rate columns: each row's percentage is one of its counts over another (inferred, then T002 judges it)."""
from __future__ import annotations

from _documents import lint_source
from linter.run.engine import lint_text

VI = (
    "| Huyện | Dân số | Hộ nghèo | Tỷ lệ hộ nghèo |\n|---|---|---|---|\n"
    "| Huyện A | 52.000 | 2.100 | 4,04% |\n| Huyện B | 61.000 | 1.830 | 3,00% |\n| Toàn tỉnh | 113.000 | 3.930 | 3,48% |\n"
)


def found(text: str, lang: str = "vi"):
    result = lint_text(text, lang)
    return [(d.code, d.arithmetic) for d in result.diagnostics], [v for v in result.verified if v[0] == "percent"]


def test_a_rate_column_is_checked_row_by_row_against_the_inferred_pair_of_columns():
    diags, verified = found(VI)
    assert diags == []
    assert verified == [
        ("percent", "consistent", "2.100 / 52.000 = 4,04%, stated 4,04%"),
        ("percent", "consistent", "1.830 / 61.000 = 3,00%, stated 3,00%"),
        ("percent", "consistent", "3.930 / 113.000 = 3,48%, stated 3,48%"),
    ]


def test_the_one_row_that_does_not_fit_is_reported():
    text = VI.replace("| 1.830 | 3,00% |", "| 1.830 | 3,60% |")
    result = lint_text(text, "vi")
    (d,) = result.diagnostics
    assert (d.code, d.message, d.arithmetic) == ("T002", "ghi 3,60%, tính ra 3,00%", "1.830 / 61.000 = 3,00% ≠ 3,60%")
    assert d.span.start == text.index("3,60%")
    assert [text[n.span.start:n.span.end] for n in d.notes] == ["1.830", "61.000"]


def test_nothing_is_inferred_from_two_misfits_or_too_few_whole_percentages():
    two_off = VI.replace("| 1.830 | 3,00% |", "| 1.830 | 3,60% |").replace("| 2.100 | 4,04% |", "| 2.100 | 4,40% |")
    assert found(two_off) == ([], [])
    whole_pcts = (
        "| Xã | Hộ | Hộ nghèo | Tỷ lệ |\n|---|---|---|---|\n"
        "| Xã A | 500 | 20 | 4% |\n| Xã B | 400 | 48 | 9% |\n"
    )
    assert found(whole_pcts) == ([], [])  # 2 rows of whole percentages: a fit may be chance


def test_a_share_column_of_one_whole_is_not_read_as_rates():
    text = (
        "| Nhóm | Số người | Tỷ lệ |\n|---|---|---|\n| Nam | 480 | 48,0% |\n| Nữ | 520 | 52,0% |\n| Tổng | 1.000 | 100% |\n"
    )
    _, verified = found(text)
    assert verified == [
        ("percent", "consistent", "480 / 1.000 = 48,0%, stated 48,0%"),
        ("percent", "consistent", "520 / 1.000 = 52,0%, stated 52,0%"),
    ]


def test_an_html_rate_table_in_english():
    html = (
        "<table><tr><th>County</th><th>Population</th><th>Uninsured</th><th>Rate</th></tr>"
        "<tr><td>Adams</td><td>20,410</td><td>1,837</td><td>9.0%</td></tr>"
        "<tr><td>Brown</td><td>33,172</td><td>2,454</td><td>7.4%</td></tr>"
        "<tr><td>Clark</td><td>12,905</td><td>1,226</td><td>9.8%</td></tr></table>"
    )
    doc, (d,) = lint_source(html, "html", "en")
    assert (d.code, d.arithmetic) == ("T002", "1,226 / 12,905 = 9.5% ≠ 9.8%")
    assert doc.text[d.span.start:d.span.end] == "9.8%"

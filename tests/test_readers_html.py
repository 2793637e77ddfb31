from __future__ import annotations

import re

from linter.run.config import Config
from linter.readers import read_data
from linter.readers.html import BLOCK_BREAK

PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8"><title>Tin tức 2024 | Báo Tỉnh</title>
  <style>.lead { margin: 12px 0 }</style>
  <script>window.dataLayer = [{"views": 31415}];</script>
</head>
<body>
<nav class="menu"><ul><li><a href="/thoi-su/77">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav>
<!-- quảng cáo 88 -->
<article data-count="55">
<h1>Kết quả năm 2023</h1>
<p class="lead">Toàn tỉnh có <b>12.133</b> đảng viên, trong đó nữ
chiếm <span class="num">45,5</span>&nbsp;%.</p><p>Chi phí R&amp;D tăng 3&#8239;lần&#x2e;<br>Dòng hai 7.</p>
<table class="data">
  <thead><tr><th>Huyện</th><th colspan="2">Đảng viên</th></tr></thead>
  <tbody>
    <tr><td rowspan="2">Huyện A</td><td>1.200</td><td><p>40%</p></td></tr>
    <tr><td>1.800</td><td>60%</td></tr>
  </tbody>
</table>
<template><p>Mẫu 99</p></template><noscript>Bật JavaScript 66</noscript>
<svg><title>biểu đồ 44</title><text>44</text></svg>
</article>
<script src="/app.js"></script>
</body>
</html>
"""


def read(source: str = PAGE):
    return read_data(source.encode("utf-8"), "tin.html", "html", Config(locale="vi"))


def words(doc) -> list[str]:
    return doc.text.split()


def test_only_visible_text_is_kept_with_entities_decoded():
    doc = read()
    assert len(doc.text) == len(PAGE)
    assert words(doc) == [
        "Thời", "sự", "Kinh", "tế",
        "Kết", "quả", "năm", "2023",
        "Toàn", "tỉnh", "có", "12.133", "đảng", "viên,", "trong", "đó", "nữ",
        "chiếm", "45,5", "%.",
        "Chi", "phí", "R&", "D", "tăng", "3", "lần.", "Dòng", "hai", "7.",
        "Huyện", "Đảng", "viên",
        "Huyện", "A", "1.200", "40%",
        "1.800", "60%",
    ]


def test_visible_characters_keep_their_source_offsets_and_lines():
    doc = read()
    for figure in ("12.133", "45,5", "1.200", "1.800", "60%"):
        start = PAGE.index(figure)
        assert doc.text[start:start + len(figure)] == figure
    assert [i for i, c in enumerate(doc.text) if c == "\n"] == [i for i, c in enumerate(PAGE) if c == "\n"]
    assert doc.line_col(PAGE.index("12.133")) == (13, 33)
    assert doc.line_col(PAGE.index("45,5")) == (14, 25)


def test_number_in_inline_markup_reads_as_one_number_before_its_noun():
    doc = read()
    start = PAGE.index("12.133")
    assert re.match(r"12\.133\s+đảng viên", doc.text[start:])
    assert doc.text[start - 1] == " " and doc.text[start + 6] == " "


def test_entities_are_decoded_in_place_and_padded():
    doc = read()
    at = PAGE.index("R&amp;D")
    assert doc.text[at:at + 7] == "R&    D"
    at = PAGE.index("45,5</span>&nbsp;%")
    assert doc.text[at:at + 18] == "45,5       \xa0     %"
    at = PAGE.index("3&#8239;lần&#x2e;")
    assert doc.text[at:at + 17] == "3\u202f      lần.     "


def test_block_tags_break_blocks_without_adding_lines():
    doc = read()
    got = [(b.kind, doc.text[b.span.start:b.span.end]) for b in doc.blocks]
    assert got[:5] == [
        ("list_item", "Thời sự"), ("list_item", "Kinh tế"), ("heading", "Kết quả năm 2023"),
        ("paragraph", "Toàn tỉnh có    12.133     đảng viên, trong đó nữ\nchiếm" + " " * 19 + "45,5       \xa0     %."),
        ("paragraph", "Chi phí R&    D tăng 3\u202f      lần."),
    ]
    assert got[5:] == [
        ("paragraph", "Dòng hai 7."), ("cell", "Huyện"), ("cell", "Đảng viên"), ("cell", "Huyện A"),
        ("cell", "1.200"), ("paragraph", "40%"), ("cell", "1.800"), ("cell", "60%"),
    ]
    assert doc.text[PAGE.index("<br>")] == BLOCK_BREAK
    assert doc.text[PAGE.index("</p><p>Chi")] == BLOCK_BREAK


def test_table_grid_with_header_colspan_and_rowspan():
    doc = read()
    [table] = doc.tables
    cells = [[doc.text[s.start:s.end] for s in row] for row in table.rows]
    assert cells == [["Huyện", "Đảng viên", "Đảng viên"], ["Huyện A", "1.200", "40%"], ["Huyện A", "1.800", "60%"]]
    assert table.header_rows == 1
    assert table.rows[1][0] is table.rows[2][0]


def test_table_without_th_defaults_to_one_header_row_and_nested_tables_are_separate():
    src = "<table><tr><td>Tổng</td><td>5<table><tr><td>2</td><td>3</td></tr></table></td></tr></table>"
    doc = read(src)
    cells = [[[doc.text[s.start:s.end] for s in row] for row in t.rows] for t in doc.tables]
    assert cells == [[["Tổng", "5"]], [["2", "3"]]]
    assert [t.header_rows for t in doc.tables] == [1, 1]


def test_ten_thousand_nested_elements_do_not_crash():
    src = "<div>" * 10_000 + "Tổng 12" + "</div>" * 10_000
    doc = read(src)
    assert words(doc) == ["Tổng", "12"]
    start = src.index("Tổng")
    assert doc.text[start:start + 7] == "Tổng 12"
    assert [doc.text[b.span.start:b.span.end] for b in doc.blocks] == ["Tổng 12"]


def test_bare_ampersand_and_unknown_entity_stay_as_written():
    doc = read("<p>A & B &bogus; 5</p>")
    assert doc.text == BLOCK_BREAK + "  A & B &bogus; 5" + BLOCK_BREAK + "   "

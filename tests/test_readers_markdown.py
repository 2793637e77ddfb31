from __future__ import annotations

from linter.run.config import Config
from linter.readers import read_data

SOURCE = """---
title: Báo cáo 2023
tong: 999
---
# Báo cáo tổng kết năm **2023**

Toàn tỉnh có 12.133 đảng viên, trong đó `code 7` và [4.052 đảng viên nữ](https://example.org/a/55 "tiêu đề 66").
Xem <https://example.org/88> hoặc ![ảnh 77](hinh-99.png) <!-- ghi chú 11 --> &amp; \\$5.

> Trích dẫn: tăng 12,5%.

- Chi bộ A: 120 người
1. Chi bộ B: 80 người

```python
x = 31
```

    indented = 32

[ref]: https://example.org/33

| Huyện | Số \\| lượng | Tỷ lệ |
|---|---:|---|
| A | 1.200 | 40% |
| B |  | 60% |
"""


def read(source: str = SOURCE):
    return read_data(source.encode("utf-8"), "bao-cao.md", "md", Config(locale="vi"))


def kept(text: str) -> list[str]:
    return text.split()


def test_text_keeps_length_and_lines_of_the_file():
    doc = read()
    assert len(doc.text) == len(SOURCE)
    assert [i for i, c in enumerate(doc.text) if c == "\n"] == [i for i, c in enumerate(SOURCE) if c == "\n"]
    assert doc.fmt == "md"


def test_checked_characters_sit_at_their_offsets_in_the_file():
    doc = read()
    for i, ch in enumerate(doc.text):
        assert ch.isspace() or ch == SOURCE[i] or SOURCE[i] == "&", (i, ch)


def test_code_links_html_comments_and_front_matter_are_blanked():
    doc = read()
    assert kept(doc.text) == [
        "Báo", "cáo", "tổng", "kết", "năm", "2023",
        "Toàn", "tỉnh", "có", "12.133", "đảng", "viên,", "trong", "đó", "và", "4.052", "đảng", "viên", "nữ", ".",
        "Xem", "hoặc", "&", "$5.",
        "Trích", "dẫn:", "tăng", "12,5%.",
        "Chi", "bộ", "A:", "120", "người",
        "Chi", "bộ", "B:", "80", "người",
        "Huyện", "Số", "|", "lượng", "Tỷ", "lệ",
        "A", "1.200", "40%",
        "B", "60%",
    ]


def test_figure_offsets_are_file_offsets():
    doc = read()
    for figure in ("12.133", "4.052", "12,5%", "1.200"):
        start = SOURCE.index(figure)
        assert doc.text[start:start + len(figure)] == figure
    line, col = doc.line_col(SOURCE.index("12,5%"))
    assert (line, col) == (10, 19)


def test_blocks_are_headings_paragraphs_quotes_list_items_and_cells():
    doc = read()
    got = [(b.kind, doc.text[b.span.start:b.span.end]) for b in doc.blocks]
    assert got[0] == ("heading", "Báo cáo tổng kết năm   2023")
    assert got[1][0] == "paragraph" and got[1][1].startswith("Toàn tỉnh có 12.133") and got[1][1].endswith("$5.")
    assert got[2:5] == [
        ("quote", "Trích dẫn: tăng 12,5%."), ("list_item", "Chi bộ A: 120 người"), ("list_item", "Chi bộ B: 80 người"),
    ]
    assert [k for k, _ in got[5:]] == ["cell"] * 8


def test_table_cells_are_trimmed_spans_with_one_header_row():
    doc = read()
    [table] = doc.tables
    cells = [[doc.text[s.start:s.end] for s in row] for row in table.rows]
    assert cells == [["Huyện", "Số  | lượng", "Tỷ lệ"], ["A", "1.200", "40%"], ["B", "", "60%"]]
    assert table.header_rows == 1
    empty = table.rows[2][1]
    assert empty.start == empty.end and SOURCE[empty.start - 1] == "|"


def test_crlf_is_kept_and_lines_still_match():
    source = "# Tổng 12\r\n\r\nCó 3 chi bộ,\r\ntrong đó `x` 2 chi bộ.\r\n"
    doc = read(source)
    assert doc.text == "  Tổng 12\r\n\r\nCó 3 chi bộ,\r\ntrong đó     2 chi bộ.\r\n"
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"]


def test_unclosed_front_matter_is_ordinary_text():
    doc = read("---\nTổng 5\n")
    assert doc.text == "   \nTổng 5\n"

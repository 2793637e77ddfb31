from __future__ import annotations

import pytest
from pdf_fixture import make_pdf

from linter.run.config import Config
from linter.readers import ReadError, read_data

PAGE_1 = [
    "Báo cáo tổng kết năm 2023",
    "Toàn tỉnh có 12.133 đảng viên, trong đó nữ chiếm 45,5% tổng số đảng viên của",
    "toàn tỉnh; số đảng viên mới kết nạp trong năm là 1.052 người, được the office recom-",
    "puted from the list of members.",
    "• Huyện A có 1.200 đảng viên.",
]
PAGE_3 = ["Total membership rose by 2.5% over the year, while the number of cells stayed at", "forty."]


def read(data: bytes):
    return read_data(data, "bao-cao.pdf", "pdf", Config(locale="vi"))


def test_lines_of_a_paragraph_and_hyphenated_words_are_joined():
    doc = read(make_pdf([PAGE_1, [], PAGE_3]))
    assert doc.text.split("\n") == [
        "Báo cáo tổng kết năm 2023",
        "Toàn tỉnh có 12.133 đảng viên, trong đó nữ chiếm 45,5% tổng số đảng viên của toàn tỉnh; "
        "số đảng viên mới kết nạp trong năm là 1.052 người, được the office recomputed from the list of members.",
        "• Huyện A có 1.200 đảng viên.",
        "Total membership rose by 2.5% over the year, while the number of cells stayed at forty.",
    ]
    assert doc.fmt == "pdf"


def test_blocks_are_located_by_page():
    doc = read(make_pdf([PAGE_1, [], PAGE_3]))
    assert [(b.location, doc.text[b.span.start:b.span.end][:12]) for b in doc.blocks] == [
        ("page 1", "Báo cáo tổng"), ("page 1", "Toàn tỉnh có"), ("page 1", "• Huyện A có"), ("page 3", "Total member"),
    ]
    assert doc.location_of(doc.text.index("2.5%")) == "page 3"


def test_scanned_pdf_without_text_is_a_clear_error():
    expected = r"^the PDF has no text layer \(2 pages without text; a scanned document\?\); run OCR first"
    with pytest.raises(ReadError, match=expected):
        read(make_pdf([[], []]))


def test_damaged_pdf_is_a_clear_error():
    with pytest.raises(ReadError, match=r"^not a readable PDF \("):
        read(b"%PDF-1.7\nthis is not really a pdf")

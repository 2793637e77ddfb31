"""The document's language is told from its visible words, and a UTF-32 file is read as UTF-32."""
from __future__ import annotations

import codecs

import pytest

from linter.run.config import Config
from linter.run.engine import lint_text
from linter.lang.packs import detect
from linter.readers import ReadError, read_data

VI_PARAGRAPH = (
    "Năm 2023, toàn xã có 1.240 hộ, trong đó có 310 hộ nghèo, chiếm 25,0% tổng số hộ. "
    "Các thôn vùng cao có 180 hộ nghèo, chiếm 14,5% tổng số hộ của xã."
)
STYLE = "<style>\n" + "".join(f".k{i} {{ color: #{i % 999:03d}; margin: 0 auto; }}\n" for i in range(9000)) + "</style>\n"


def page(body: str) -> str:
    return f"<!doctype html>\n<html><head><title>Báo cáo</title>\n{STYLE}</head>\n<body><p>{body}</p></body></html>\n"


def read(data: bytes, name: str) -> object:
    return read_data(data, name, name.rsplit(".", 1)[1], Config())


def test_a_vietnamese_page_with_a_large_style_block_is_vietnamese():
    source = page(VI_PARAGRAPH)
    assert source.index("<body>") > 200_000  # the first 200,000 characters are markup only
    doc = read(source.encode("utf-8"), "bao-cao.html")
    assert doc.locale == "vi"
    result = lint_text(doc.text, doc.locale)
    assert result.diagnostics == ()


def test_its_real_error_is_still_found():
    doc = read(page(VI_PARAGRAPH.replace("chiếm 14,5%", "chiếm 18,5%")).encode("utf-8"), "bao-cao.html")
    assert doc.locale == "vi"
    found = [(d.code, doc.text[d.span.start:d.span.end]) for d in lint_text(doc.text, doc.locale).diagnostics]
    assert found == [("P001", "18,5%")]


def test_blanks_and_markup_do_not_count():
    assert detect(" " * 300_000 + VI_PARAGRAPH) == "vi"
    assert detect("\n" * 300_000 + "The county reported 1,240 households, of which 310 were poor.") == "en"


def test_function_words_outweigh_a_few_vietnamese_names():
    text = ("The survey in Quảng Trị and Thừa Thiên Huế found that the share of poor households in the "
            "upland communes of Hướng Hóa was 25.0%, and that it was lower than in the previous year.")
    assert detect(text) == "en"
    assert detect(VI_PARAGRAPH) == "vi"


@pytest.mark.parametrize("codec,bom", [
    ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE), ("utf-32-le", b""), ("utf-32-be", b""),
])
def test_utf32_is_read_as_utf32(codec, bom):
    doc = read(bom + VI_PARAGRAPH.encode(codec), "bao-cao.txt")
    assert doc.text == VI_PARAGRAPH
    assert doc.locale == "vi"


def test_utf16_with_a_bom_is_still_utf16():
    doc = read(codecs.BOM_UTF16_LE + VI_PARAGRAPH.encode("utf-16-le"), "bao-cao.txt")
    assert doc.text == VI_PARAGRAPH


def test_other_bytes_with_nuls_are_still_refused():
    with pytest.raises(ReadError, match="binary file"):
        read(VI_PARAGRAPH.encode("utf-16-le"), "bao-cao.txt")  # UTF-16 without its mark: no pattern to be sure of
    with pytest.raises(ReadError, match="binary file"):
        read(b"\x00" * 64, "bao-cao.txt")

from __future__ import annotations

import codecs
import unicodedata

import pytest

from linter.run.config import Config
from linter.readers import ReadError, read_data

TEXT = "Tổng số 12.133 đảng viên; nữ chiếm 45,5%.\n"


def read(data: bytes, name: str = "bao-cao.txt", encoding: str | None = None):
    kind = name.rsplit(".", 1)[1]
    return read_data(data, name, kind, Config(locale="vi", encoding=encoding))


def to_cp1258(text: str) -> bytes:
    """Encode as legacy Windows-1258: base letters with ô/ơ/ư/ă/â/ê precomposed, tone marks combining."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            if len(marks) == 2:
                base, marks = unicodedata.normalize("NFC", base + marks[0]), marks[1:]
            out += (base + "".join(marks)).encode("cp1258")
    return out


def test_utf8_with_and_without_bom_give_the_same_text():
    assert read(TEXT.encode("utf-8")).text == TEXT
    assert read(codecs.BOM_UTF8 + TEXT.encode("utf-8")).text == TEXT


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    assert read(bom + TEXT.encode(codec)).text == TEXT


def test_cp1258_needs_encoding_and_decodes_as_written():
    data = to_cp1258(TEXT)
    with pytest.raises(ReadError, match=r"^not valid UTF-8 \(byte 1: b'\\xf4'\); pass --encoding \(for example cp1258"):
        read(data)
    doc = read(data, encoding="cp1258")
    assert doc.text != TEXT and unicodedata.normalize("NFC", doc.text) == TEXT
    assert doc.text[:7] == "Tô\u0309ng s"
    start = doc.text.index("12.133")
    assert doc.text[start:start + 6] == "12.133"


def test_decomposed_text_is_kept_as_written():
    nfd = unicodedata.normalize("NFD", TEXT)
    doc = read(nfd.encode("utf-8"), "bao-cao.md")
    assert doc.text == nfd and len(doc.text) > len(TEXT)


def test_crlf_line_ends_are_kept_in_text_markdown_and_html():
    crlf = "Dòng một 5.\r\nDòng hai 6.\r\n"
    assert read(crlf.encode()).text == crlf
    assert read(crlf.encode(), "a.md").text == crlf
    html = "<p>Dòng một 5.</p>\r\n<p>Dòng hai 6.</p>\r\n"
    assert read(html.encode(), "a.html").text == "\u2029  Dòng một 5.\u2029   \r\n\u2029  Dòng hai 6.\u2029   \r\n"


def test_binary_and_undecodable_files_are_clear_errors():
    with pytest.raises(ReadError, match=r"^binary file \(contains NUL bytes\)"):
        read(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ReadError, match=r"^unknown encoding 'klingon' \(--encoding\)$"):
        read(b"abc", encoding="klingon")
    with pytest.raises(ReadError, match=r"^cannot decode as ascii: "):
        read("Tổng".encode(), encoding="ascii")

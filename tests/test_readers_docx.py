from __future__ import annotations

import io
import zipfile

import docx
import pytest

from linter.run.config import Config
from linter.readers import ReadError, read_data, read_path


def make_report() -> bytes:
    word = docx.Document()
    word.add_heading("Báo cáo tổng kết năm 2023", level=1)
    p = word.add_paragraph("Toàn tỉnh có ")
    p.add_run("12.")
    p.add_run("133").bold = True
    p.add_run(" đảng viên, trong đó nữ chiếm 45,5%.")
    word.add_paragraph("")
    table = word.add_table(rows=4, cols=3)
    rows = [["Huyện", "Đảng viên", ""], ["", "Nam", "Nữ"], ["Huyện A", "1.200", "800"], ["Huyện B", "900", "600"]]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Đảng viên"
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Huyện"
    word.add_paragraph("Cộng toàn tỉnh: 3.500 đảng viên.")
    buf = io.BytesIO()
    word.save(buf)
    return buf.getvalue()


def read(data: bytes, config: Config | None = None):
    return read_data(data, "bao-cao.docx", "docx", config or Config(locale="vi"))


def test_paragraphs_and_table_rows_in_document_order():
    doc = read(make_report())
    assert doc.text == (
        "Báo cáo tổng kết năm 2023\n"
        "Toàn tỉnh có 12.133 đảng viên, trong đó nữ chiếm 45,5%.\n"
        "\n"
        "Huyện\tĐảng viên\n"
        "Nam\tNữ\n"
        "Huyện A\t1.200\t800\n"
        "Huyện B\t900\t600\n"
        "Cộng toàn tỉnh: 3.500 đảng viên."
    )
    assert doc.fmt == "docx"


def test_blocks_are_located_by_paragraph_and_table_cell():
    doc = read(make_report())
    got = [(b.location, b.kind, doc.text[b.span.start:b.span.end]) for b in doc.blocks]
    assert got == [
        ("¶1", "heading", "Báo cáo tổng kết năm 2023"),
        ("¶2", "paragraph", "Toàn tỉnh có 12.133 đảng viên, trong đó nữ chiếm 45,5%."),
        ("table 1, row 1, col 1", "cell", "Huyện"),
        ("table 1, row 1, col 2", "cell", "Đảng viên"),
        ("table 1, row 2, col 2", "cell", "Nam"),
        ("table 1, row 2, col 3", "cell", "Nữ"),
        ("table 1, row 3, col 1", "cell", "Huyện A"),
        ("table 1, row 3, col 2", "cell", "1.200"),
        ("table 1, row 3, col 3", "cell", "800"),
        ("table 1, row 4, col 1", "cell", "Huyện B"),
        ("table 1, row 4, col 2", "cell", "900"),
        ("table 1, row 4, col 3", "cell", "600"),
        ("¶3", "paragraph", "Cộng toàn tỉnh: 3.500 đảng viên."),
    ]
    assert doc.location_of(doc.text.index("133")) == "¶2"
    assert doc.location_of(doc.text.index("800")) == "table 1, row 3, col 3"


def test_merged_cells_are_read_once_and_fill_the_grid():
    doc = read(make_report())
    [table] = doc.tables
    cells = [[doc.text[s.start:s.end] for s in row] for row in table.rows]
    assert cells == [
        ["Huyện", "Đảng viên", "Đảng viên"],
        ["Huyện", "Nam", "Nữ"],
        ["Huyện A", "1.200", "800"],
        ["Huyện B", "900", "600"],
    ]
    assert table.rows[0][1] == table.rows[0][2] and table.rows[0][0] == table.rows[1][0]
    assert doc.text.count("Đảng viên") == 1 and table.location == "table 1"


def test_not_a_zip_is_a_clear_error():
    with pytest.raises(ReadError, match=r"^not a Word \.docx file \(not a zip archive\)$"):
        read(b"Hello, this is plain text saved as .docx")


def test_zip_without_word_document_is_a_clear_error():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "x")
    with pytest.raises(ReadError, match=r"^not a readable Word \.docx file \("):
        read(buf.getvalue())


def test_zip_bomb_is_refused_before_unpacking():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"0" * 2_000_000)
    assert len(buf.getvalue()) < 10_000
    with pytest.raises(ReadError, match=r"^the \.docx unpacks to 2,000,000 bytes, over the size limit of 1,000,000"):
        read(buf.getvalue(), Config(max_file_size=1_000_000))


def test_legacy_doc_says_how_to_convert(tmp_path):
    path = tmp_path / "cu.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(ReadError, match=r"libreoffice --headless --convert-to docx"):
        read_path(str(path), Config())
    with pytest.raises(ReadError, match=r"legacy Word \.doc file named \.docx.*libreoffice --headless --convert-to docx"):
        read(path.read_bytes())

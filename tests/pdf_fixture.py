"""Write small PDFs with a real text layer, for the PDF reader tests.

The text is drawn with a Type0 font in Identity-H encoding (glyph id = code point) and a
ToUnicode map, which is how real PDFs carry Vietnamese text; no font file is embedded because
only the text layer is read.
"""
from __future__ import annotations


def _tounicode(chars: set[str]) -> bytes:
    codes = sorted(ord(c) for c in chars)
    body = []
    for i in range(0, len(codes), 100):
        chunk = codes[i:i + 100]
        body.append(f"{len(chunk)} beginbfchar")
        body.extend(f"<{c:04X}> <{c:04X}>" for c in chunk)
        body.append("endbfchar")
    return (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        + "\n".join(body)
        + "\nendcmap CMapName currentdict /CMap defineresource pop end end\n"
    ).encode("ascii")


def _content(lines: list[str]) -> bytes:
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"<{''.join(f'{ord(c):04X}' for c in line)}> Tj T*" if line else "T*")
    ops.append("ET")
    return "\n".join(ops).encode("ascii")


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose page i shows the lines pages[i]; an empty list is a page without text (a scan)."""
    chars = {c for page in pages for line in page for c in line} or {" "}
    n = len(pages)
    first_page = 6
    objs: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(n)), n),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ReportSans /Encoding /Identity-H"
        b" /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ReportSans /DW 500"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        _stream(_tounicode(chars)),
    ]
    for page in pages:
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
            % (len(objs) + 2)
        )
        objs.append(_stream(_content(page)))
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)

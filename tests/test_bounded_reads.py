"""No hang, no unbounded read: only regular files are read, never past the size limit; hostile markup in linear time."""
from __future__ import annotations

import io
import json
import os
import struct
import sys
import time
import tracemalloc
import zipfile

import pytest
from click.testing import CliRunner

from linter.cli import cli
from linter.run.config import Config
from linter.run.engine import lint_paths, lint_text
from linter.readers import ReadError, read_data

NOT_REGULAR = "not a regular file (a pipe, device or socket); factlint reads files only"
WRONG_SUM = "Huyện có 42 tổ chức, gồm 20 đảng bộ và 23 chi bộ.\n"


def _run(*args):
    result = CliRunner().invoke(cli, ["check", "--jobs", "1", "--format", "json", *map(str, args)])
    return result.exit_code, json.loads(result.output)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_a_fifo_named_or_found_is_f001_and_never_blocks(tmp_path, cache):
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "a.txt").write_text(WRONG_SUM, encoding="utf-8")
    start = time.monotonic()
    code, report = _run(*cache, tmp_path / "pipe.md", tmp_path)
    assert time.monotonic() - start < 10
    assert code == 1
    found = [(d["path"].rsplit("/", 1)[-1], d["code"], d["message"] if d["code"] == "F001" else "") for d in report["diagnostics"]]
    assert found == [("pipe.md", "F001", NOT_REGULAR), ("a.txt", "S001", ""), ("pipe.md", "F001", NOT_REGULAR)]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_f001_not_read():
    [result] = lint_paths(["/dev/zero"], Config())
    assert [d.message for d in result.diagnostics] == [NOT_REGULAR]


def test_standard_input_is_read_up_to_the_limit(monkeypatch):
    class Endless(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, buffer):
            buffer[:] = b"9" * len(buffer)
            return len(buffer)

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Endless())))
    [result] = lint_paths(["-"], Config(max_file_size=4096))
    assert [d.message for d in result.diagnostics] == ["standard input is over the size limit of 4,096 bytes (max-file-size)"]


def test_unclosed_suppression_openings_are_scanned_in_linear_time():
    text = "<!-- factlint: ignore S001 " * 25_000  # 675 KB: never finished when each opening scanned to the end
    start = time.perf_counter()
    assert lint_text(text, "vi").diagnostics == ()
    assert time.perf_counter() - start < 10
    closed = "<!-- factlint: ignore S001 reason=\"a-b <c>\" -->\n" + WRONG_SUM
    assert lint_text(closed, "vi").diagnostics == ()  # a '-' or '<' inside the comment still belongs to it


def _understated_docx(real: int, claimed: int) -> bytes:
    """A .docx whose word/document.xml inflates to `real` bytes while its zip headers claim `claimed`."""
    import docx

    sample = io.BytesIO()
    docx.Document().save(sample)
    out = io.BytesIO()
    with zipfile.ZipFile(sample) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item)
            if item.filename == "word/document.xml":
                body = body.replace(b"<w:body>", b"<w:body>" + b" " * real)
            dst.writestr(item.filename, body)
    data = bytearray(out.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    struct.pack_into("<I", data, info.header_offset + 22, claimed)  # local header: uncompressed size
    central = data.index(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(info.filename)] != info.filename.encode():
        central = data.index(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, claimed)  # central directory: uncompressed size
    return bytes(data)


def test_a_docx_whose_headers_understate_its_size_is_inflated_a_chunk_at_a_time():
    pytest.importorskip("docx")
    bomb = _understated_docx(real=64 << 20, claimed=1000)
    assert len(bomb) < 1 << 20
    tracemalloc.start()
    try:
        with pytest.raises(ReadError, match=r"^a damaged Word \.docx file \(BadZipFile: Bad CRC-32"):
            read_data(bomb, "bomb.docx", "docx", Config(max_file_size=2 << 20))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 << 20, f"{peak:,} bytes held while reading a 64 MB part"


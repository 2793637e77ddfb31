"""Shared reader pieces: the ReadError, decoding bytes, and the blanked copy of a source text.

The text readers (plain, Markdown, HTML) build `Document.text` as a copy of the decoded source in
which everything that is not checked is replaced by spaces, so every offset of checked text is
the offset of that character in the file and line/column numbers are the file's own.
"""
from __future__ import annotations

import codecs
import os
import stat
import sys
from typing import Protocol

from linter.core.model import Span


class ReadOptions(Protocol):
    """The settings a reader takes: the run's `linter.run.config.Config` has them, and so may any record."""

    locale: str | None  # None: detected from the text
    encoding: str | None  # None: detected from the bytes
    max_file_size: int
    stdin_filename: str | None


class ReadError(Exception):
    """A file that cannot be linted; the message says why and what to do."""


# UTF-32 first: its little-endian mark FF FE 00 00 begins with UTF-16's FF FE
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def _utf32_by_nuls(data: bytes) -> str | None:
    """'utf-32-le' or 'utf-32-be' when the bytes have UTF-32's pattern without a mark: each group of
    four holds a code point below U+10000 in its two low bytes, so the two high ones are NUL."""
    head = data[:8192]
    if len(data) % 4 or not any(head):
        return None  # a run of NULs is no text in any encoding
    for enc, high in (("utf-32-le", (2, 3)), ("utf-32-be", (0, 1))):
        if not any(head[high[0]::4]) and not any(head[high[1]::4]):
            return enc
    return None


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """The file's text: a forced `encoding`, else UTF-32/UTF-16/UTF-8 by BOM, else UTF-32 by its NULs, else UTF-8."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise ReadError(f"unknown encoding {encoding!r} (--encoding)") from None
        except UnicodeDecodeError as exc:
            raise ReadError(f"cannot decode as {encoding}: {exc}") from None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise ReadError(f"starts with a {enc} byte-order mark but does not decode as {enc}: {exc}") from None
    utf32 = _utf32_by_nuls(data) if b"\x00" in data[:8192] else None
    if utf32:
        try:
            return data.decode(utf32)
        except UnicodeDecodeError as exc:
            raise ReadError(f"looks like {utf32} without a byte-order mark but does not decode as it: {exc}") from None
    if b"\x00" in data[:8192]:
        raise ReadError("binary file (contains NUL bytes); factlint reads .txt, .md, .html, .docx and .pdf")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
            "pass --encoding (for example cp1258 for legacy Vietnamese) if the file uses another encoding"
        ) from None


def read_bytes(path: str, config: ReadOptions) -> bytes:
    """The file's bytes; only a regular file is read, and never more than the size limit + 1 bytes.

    A FIFO would block `open` and `/dev/zero` would be read without end (`getsize` is 0 for both),
    so the file is opened without blocking and its type is checked on the open descriptor.
    """
    limit = config.max_file_size
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise ReadError(f"standard input is over the size limit of {limit:,} bytes (max-file-size)")
        return data
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except PermissionError:
        raise ReadError(_folder_error(path) if os.path.isdir(path) else "permission denied") from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as fh:
        return _bounded(fh, limit, path)


def _folder_error(path: str) -> str:
    """A folder reaches the reader only when the search could not list it (or it was named as a file)."""
    try:
        os.listdir(path)
    except OSError as exc:
        return f"cannot list this folder ({exc.strerror or exc}); the files in it were not checked"
    return "is a directory"


def _bounded(fh, limit: int, path: str) -> bytes:  # noqa: ANN001 - a binary file object
    info = os.fstat(fh.fileno())
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(_folder_error(path))
    if not stat.S_ISREG(info.st_mode):
        raise ReadError("not a regular file (a pipe, device or socket); factlint reads files only")
    if info.st_size > limit:
        raise ReadError(f"file is {info.st_size:,} bytes, over the size limit of {limit:,} (max-file-size)")
    try:
        # the size measured plus one byte, not the limit: reading asks for a buffer of the size asked
        # (50 MB by default), which cost more than reading a short file; a file that grew is read on
        want = min(limit + 1, info.st_size + 1)
        data = fh.read(want)
        if len(data) == want and want <= limit:
            data += fh.read(limit + 1 - want)
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:  # grew since it was measured
        raise ReadError(f"file is over the size limit of {limit:,} bytes (max-file-size)")
    return data


class Canvas:
    """A blank copy of a source text (line ends kept) on which readers reveal the checked characters."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.chars = [c if c in "\r\n" else " " for c in source]

    def reveal(self, start: int, end: int) -> None:
        self.chars[start:end] = self.source[start:end]

    def put(self, offset: int, text: str) -> None:
        """Write `text` over blanks from `offset` (a decoded entity, a block break)."""
        self.chars[offset:offset + len(text)] = text

    def trimmed(self, start: int, end: int) -> Span | None:
        """The span of [start, end) without its blank edges; None when it holds no text."""
        while start < end and self.chars[start].isspace():
            start += 1
        while end > start and self.chars[end - 1].isspace():
            end -= 1
        return Span(start, end) if end > start else None

    def text(self) -> str:
        return "".join(self.chars)

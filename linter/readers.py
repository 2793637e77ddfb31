"""Readers: bytes on disk (or stdin) to a Document whose offsets are offsets into the decoded file."""
from __future__ import annotations

import codecs
import os
import sys

from linter.config import Config
from linter.locales import detect
from linter.model import Document


class ReadError(Exception):
    """A file that cannot be linted; the message says why and what to do."""


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise ReadError(f"cannot decode as {encoding}: {exc}") from None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc)
    if b"\x00" in data[:8192]:
        raise ReadError("binary file (contains NUL bytes); factlint reads .txt, .md, .html, .docx and .pdf")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
            "pass --encoding (for example cp1258 for legacy Vietnamese) if the file uses another encoding"
        ) from None


def read_bytes(path: str, config: Config) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        size = os.path.getsize(path)
        if size > config.max_file_size:
            raise ReadError(f"file is {size:,} bytes, over the size limit of {config.max_file_size:,} (max-file-size)")
        with open(path, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None


def read_path(path: str, config: Config) -> Document:
    data = read_bytes(path, config)
    text = decode(data, path, config.encoding)
    locale = config.locale or detect(text)
    return Document(text=text, path=path, locale=locale, fmt="txt")

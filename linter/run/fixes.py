"""Applying fixes: --fix (safe fixes), --unsafe-fixes (also the unique likely typos), --diff.

Offsets in diagnostics are code points of the decoded source, so a file is decoded the way the
reader decoded it and only the bytes of the fixed spans change: the text between two fixes is
copied from the original bytes, which keeps the BOM, the line ends, NFD letters and everything
else. The file edited is the one a symbolic link points to; the new content is written beside
it, given its mode, owner and group, and moved over it (os.replace), so a crash never leaves half
a file. A file with other hard links, or whose owner cannot be given to a new file, is rewritten
in place instead (a rename would break the link or take the file over). A read-only file is refused.
A Word draft is fixed inside the runs of its figures (linter.readers.docxfix) into a copy beside it,
draft.fixed.docx, never written over; the draft itself only when asked (--fix-word-in-place).
"""
from __future__ import annotations

import codecs
import difflib
import os
import stat
import tempfile
from typing import Iterable, Sequence

from linter.core.model import Diagnostic, FileResult, Fix
from linter.core.record import record

REFUSED = {
    ".pdf": "cannot fix .pdf files; fix the source document instead",
}
WORD_COPY = ".fixed.docx"  # draft.docx is fixed into draft.fixed.docx, unless the draft itself is asked for


class FixError(Exception):
    """A file that cannot be fixed; the message says why."""


@record
class Fixed:
    path: str
    applied: tuple[Fix, ...]
    diff: str
    error: str | None = None
    written: str | None = None  # the file written when it is not `path`: a Word draft's fixed copy


def chosen(diags: Iterable[Diagnostic], unsafe: bool) -> list[Fix]:
    """The fixes to apply, in order, each once; a fix overlapping an earlier one is left out."""
    fixes = {d.fix for d in diags if d.fix is not None and not d.fix.display_only and (d.fix.safe or unsafe)}
    out: list[Fix] = []
    for f in sorted(fixes, key=lambda f: (f.span.start, f.span.end, not f.safe, f.replacement)):
        if out and f.span.start < out[-1].span.end:
            continue
        out.append(f)
    return out


def _encoding(data: bytes, encoding: str | None) -> tuple[bytes, str]:
    """(BOM, codec of the text after it), decided as `linter.readers.decode` decides."""
    try:
        name = codecs.lookup(encoding).name if encoding else None
    except LookupError:
        raise FixError(f"unknown encoding {encoding!r}") from None
    if encoding and name not in ("utf-16", "utf-32", "utf-8-sig"):  # those: found from the BOM below
        return b"", encoding
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return bom, codec
    return b"", "utf-8"


def splice(data: bytes, fixes: Sequence[Fix], encoding: str | None = None, seen: str | None = None) -> tuple[str, str, bytes]:
    """(old text, new text, new bytes): `fixes` applied, every byte outside their spans kept.

    `seen` is the text the linter checked; a fixed span must read the same in it, else the file
    changed since (or the offsets do not fit it) and nothing is written.
    """
    bom, codec = _encoding(data, encoding)
    try:
        text = data[len(bom):].decode(codec)
    except (UnicodeDecodeError, LookupError) as exc:
        raise FixError(f"cannot decode as {codec}: {exc}") from None
    pieces, new_parts = [bom], []
    pos, bpos = 0, len(bom)
    for f in fixes:
        if not 0 <= pos <= f.span.start <= f.span.end <= len(text):
            raise FixError(f"fix at {f.span.start}-{f.span.end} is outside the file; was it changed since it was checked?")
        old = text[f.span.start:f.span.end]
        if seen is not None and (len(seen) != len(text) or seen[f.span.start:f.span.end] != old):
            raise FixError("the file changed since it was checked; nothing was fixed")
        bpos = _copy(data, text, pos, f.span.start, bpos, codec, pieces)
        bpos += len(old.encode(codec))
        pieces.append(f.replacement.encode(codec))
        new_parts += [text[pos:f.span.start], f.replacement]
        pos = f.span.end
    _copy(data, text, pos, len(text), bpos, codec, pieces)
    new_parts.append(text[pos:])
    return text, "".join(new_parts), b"".join(pieces)


def _copy(data: bytes, text: str, start: int, end: int, bpos: int, codec: str, out: list[bytes]) -> int:
    """Copy the original bytes of text[start:end] (found at bpos) to `out`; the next byte offset."""
    size = len(text[start:end].encode(codec))
    chunk = data[bpos:bpos + size]
    if chunk.decode(codec, errors="replace") != text[start:end]:
        raise FixError(f"cannot map offsets to bytes in {codec}; the file was not changed")
    out.append(chunk)
    return bpos + size


def write_atomic(path: str, data: bytes) -> None:
    """Make `data` the content of `path` (of the file it links to), keeping its identity: links, owner, mode."""
    real = os.path.realpath(path)
    info = os.stat(real)
    if not stat.S_ISREG(info.st_mode):
        raise FixError("not a regular file; nothing was fixed")
    if not info.st_mode & 0o222 or not os.access(real, os.W_OK):
        raise FixError("the file is read-only; nothing was fixed (make it writable to apply the fixes)")
    if info.st_nlink > 1:
        return _write_in_place(real, data)
    try:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(real), prefix=f".{os.path.basename(real)}.", suffix=".factlint")
    except OSError:  # a folder we cannot create in, holding a file we may write
        return _write_in_place(real, data)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if not _same_owner(tmp, info):
            os.unlink(tmp)
            return _write_in_place(real, data)
        os.chmod(tmp, info.st_mode & 0o7777)  # chown clears the setuid and setgid bits
        os.replace(tmp, real)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _same_owner(tmp: str, info: os.stat_result) -> bool:
    """Give `tmp` the owner and group of the file it replaces; False when that is not allowed."""
    mine = os.stat(tmp)
    if (mine.st_uid, mine.st_gid) == (info.st_uid, info.st_gid) or not hasattr(os, "chown"):
        return True
    try:
        os.chown(tmp, info.st_uid, info.st_gid)
    except PermissionError:
        return False
    return True


def _write_in_place(real: str, data: bytes) -> None:
    with open(real, "r+b") as fh:
        fh.write(data)
        fh.truncate()
        fh.flush()
        os.fsync(fh.fileno())


def unified(path: str, old: str, new: str) -> str:
    def lines(text: str) -> list[str]:
        out = text.splitlines(keepends=True)
        if out and not out[-1].endswith(("\n", "\r")):
            out[-1] += "\n\\ No newline at end of file\n"
        return out

    return "".join(difflib.unified_diff(lines(old), lines(new), fromfile=f"a/{path.lstrip('/')}", tofile=f"b/{path.lstrip('/')}"))


def fix_file(result: FileResult, *, unsafe: bool = False, write: bool = True, encoding: str | None = None, word_in_place: bool = False) -> Fixed:
    """Apply the chosen fixes of one file's findings; with write=False only the diff is made.

    A Word draft is fixed into a copy beside it (draft.fixed.docx), or itself with `word_in_place`."""
    fixes = chosen(result.diagnostics, unsafe)
    if not fixes:
        return Fixed(result.path, (), "")
    ext = os.path.splitext(result.path)[1].lower()
    try:
        if result.path == "-":
            raise FixError("cannot fix standard input in place; pass a file")
        if ext in REFUSED:
            raise FixError(REFUSED[ext])
        if ext == ".docx":
            return _fix_word(result, fixes, write, word_in_place)
        with open(result.path, "rb") as fh:
            data = fh.read()
        old, new, body = splice(data, fixes, encoding, result.text)
        if write:
            write_atomic(result.path, body)
    except (FixError, OSError) as exc:
        return Fixed(result.path, (), "", error=str(exc))
    except Exception as exc:  # a bug while fixing one file must not end the run or lose the others' fixes
        return Fixed(result.path, (), "", error=f"fixing failed ({type(exc).__name__}: {exc}); please report this with the file")
    return Fixed(result.path, tuple(fixes), unified(result.path, old, new))


def _fix_word(result: FileResult, fixes: Sequence[Fix], write: bool, in_place: bool) -> Fixed:
    from linter.readers.docxfix import DocxFixError, fix_docx

    try:
        old, new, body, applied = fix_docx(result.path, result.text, fixes)
    except DocxFixError as exc:
        raise FixError(str(exc)) from None
    if not applied:
        raise FixError("no figure to fix is plain text within one paragraph's runs; apply the suggested replacements in Word")
    dest = result.path if in_place else os.path.splitext(result.path)[0] + WORD_COPY
    if write and in_place:
        write_atomic(dest, body)
    elif write:
        try:
            with open(dest, "xb") as fh:  # never over a file: it may be last run's copy, edited since
                fh.write(body)
        except FileExistsError:
            raise FixError(f"{dest} exists; remove it, or pass --fix-word-in-place to fix the draft itself") from None
    return Fixed(result.path, tuple(applied), unified(result.path, old, new), written=None if in_place else dest)


def fix_results(results: Iterable[FileResult], *, unsafe: bool = False, write: bool = True, encoding: str | None = None, word_in_place: bool = False) -> list[Fixed]:
    return [fix_file(r, unsafe=unsafe, write=write, encoding=encoding, word_in_place=word_in_place) for r in results]

"""`check --annotate out.docx`: a copy of a Word draft with each finding as a Word comment on its figure.

The draft is read again exactly as the checker read it (linter.readers.docx.read_word), which maps
every character of the checked text to the run (w:r) it came from. A figure that starts or ends
inside a run gets the run split at its edges, so the comment marks the figure and nothing else;
the split copies keep the run's formatting. Word keeps comments in the body, the footnotes and
the endnotes (one comments part for all), so a finding in a note is commented on its figure in the
note. Headers and footers cannot carry comments: such a finding is anchored on the first paragraph
of the section whose header or footer it is, its comment starting with where the figure is
("header 1, ¶2"). The original file is never written; the copy is refused when it exists unless
overwriting was asked for.
"""
from __future__ import annotations

import copy
import io
import os

from linter.core.model import Diagnostic, FileResult
from linter.readers.wordparts import W, run_pieces, store_parsed

AUTHOR, INITIALS = "factlint", "FL"


class AnnotateError(Exception):
    """The annotated copy cannot be written; the message says why."""


def annotate(source: str, dest: str, result: FileResult, overwrite: bool = False) -> int:
    """Write `dest`, a copy of the .docx `source` with `result`'s findings as comments; returns how many."""
    from linter.readers.docx import reread

    if os.path.exists(dest) and os.path.samefile(source, dest):
        raise AnnotateError("the annotated copy must not replace the draft itself; name another file")
    if os.path.exists(dest) and not overwrite:
        raise AnnotateError(f"{dest} exists; pass --annotate-overwrite to replace it")
    if any(d.code == "F001" for d in result.diagnostics):
        raise AnnotateError(f"{source} could not be read, so it cannot be annotated")
    word, out = reread(source, AnnotateError, result.text)
    shown = [d for d in result.diagnostics if d.span.end > d.span.start]
    runs = split_at(out.runs, {x for d in shown for x in (d.span.start, d.span.end)})
    for d in shown:
        _comment(word, runs, d)
    store_parsed(word)
    buf = io.BytesIO()
    word.save(buf)
    try:
        with open(dest, "wb" if overwrite else "xb") as fh:
            fh.write(buf.getvalue())
    except OSError as exc:
        raise AnnotateError(f"cannot write {dest}: {exc.strerror or exc}") from None
    return len(shown)


COMMENTED = {W + "document", W + "footnotes", W + "endnotes"}  # the parts whose text Word lets a comment mark


def _comment(word, runs: list[tuple[int, int, object]], d: Diagnostic) -> None:  # noqa: ANN001 - docx.Document
    from docx.text.run import Run

    inside = [r for s, e, r in runs if s < d.span.end and e > d.span.start]
    elsewhere = bool(inside) and inside[0].getroottree().getroot().tag not in COMMENTED
    if elsewhere:  # a header or a footer: the first paragraph of its section
        inside = _section_start(word, runs, inside[0].getroottree().getroot())
    if not inside:  # no run of the figure, or of its section: the body's last line, as a last resort
        body = word.element.body
        inside = [r for s, e, r in runs if _in(r, body) and not _in_box(r)][-1:] or [_empty_run(word)]
        elsewhere = True
    word.add_comment([Run(inside[0], None), Run(inside[-1], None)], text=comment_text(d, elsewhere), author=AUTHOR, initials=INITIALS)


def _section_start(word, runs: list[tuple[int, int, object]], story) -> list:  # noqa: ANN001 - docx.Document, a w:hdr or w:ftr
    """The runs of the first body paragraph with text in the first section that shows the header or footer `story`."""
    rel_ids = {key for key, rel in word.part.rels.items() if not rel.is_external and getattr(rel.target_part, "element", None) is story}
    refs = (W + "headerReference", W + "footerReference")
    rid = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    for section in word.sections:
        if not any(ref.get(rid) in rel_ids for ref in section._sectPr if ref.tag in refs):
            continue
        for block in section.iter_inner_content():
            p = getattr(block, "_p", None)
            mine = [r for _, _, r in runs if p is not None and next(r.iterancestors(W + "p"), None) is p]
            if mine:
                return mine
    return []


def comment_text(d: Diagnostic, elsewhere: bool = False) -> str:
    """The finding as a reviewer reads it: code, severity and message; the arithmetic; the likely typo or the help."""
    where = f"[{d.location}] " if elsewhere and d.location else ""  # where the figure is, when the comment is not on it
    lines = [f"{where}{d.code} {d.severity.value}: {d.message}"]
    lines += [d.arithmetic] if d.arithmetic else []
    lines += [d.help] if d.help else []
    return "\n".join(lines)


def _in(r, root) -> bool:  # noqa: ANN001
    return any(a is root for a in r.iterancestors())


def _in_box(r) -> bool:  # noqa: ANN001
    return any(a.tag == W + "txbxContent" for a in r.iterancestors())


def _empty_run(word):  # noqa: ANN001, ANN202
    """A draft with no text in its body still gets its comments: on an empty run of a new last paragraph."""
    return word.add_paragraph().add_run()._r


def split_at(runs: list[tuple[int, int, object]], cuts: set[int]) -> list[tuple[int, int, object]]:
    """The run map with every run that a cut falls inside split in two there (right to left, so the
    original element keeps the run's first part)."""
    out = []
    for start, end, r in runs:
        inner = sorted(c for c in cuts if start < c < end)
        pieces = []
        for cut in reversed(inner):
            pieces.append((cut, end, _split(r, cut - start)))
            end = cut
        out.append((start, end, r))
        out.extend(reversed(pieces))
    return out


def _split(r, k: int):  # noqa: ANN001, ANN202 - a w:r and an offset in its text; returns the new right-hand run
    right = copy.deepcopy(r)
    _keep(r, 0, k)
    _keep(right, k, None)
    r.addnext(right)
    return right


def _keep(r, a: int, b: int | None) -> None:  # noqa: ANN001
    """Keep the run's properties and its text [a, b) (b None: to its end); a w:t cut by an edge keeps its part.
    A child with no text (a drawing, a field mark) stays with the part it starts in."""
    pos, stop = 0, b if b is not None else float("inf")
    for child, text in list(run_pieces(r)):
        if child.tag == W + "rPr":
            continue
        lo, hi = pos, pos + len(text)
        pos = hi
        lo_in, hi_in = max(lo, a), min(hi, stop)
        if not text:
            keep = a <= lo < stop
        else:
            keep = lo_in < hi_in
            if keep and (lo_in, hi_in) != (lo, hi):  # only a w:t is longer than one character
                child.text = text[lo_in - lo:hi_in - lo]
                child.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        if not keep:
            r.remove(child)

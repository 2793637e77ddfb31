"""`check --fix` on a Word draft: each fix written into the runs (w:r) that hold its figure.

The draft is read again exactly as the checker read it (linter.readers.docx.read_word), which maps
every character of the checked text to the run it came from; the runs are split at the figure's
edges as --annotate splits them. The replacement goes into the figure's first run, which keeps its
formatting (a bold "92," then a plain "54%" becomes a bold "92,45%"), and the figure's other runs
are removed. A figure whose characters do not all lie in plain text runs (a field, a tab, two
table cells) is left for the writer: its fix is not applied. Writing is the caller's business.
"""
from __future__ import annotations

import io
from typing import Sequence

from linter.core.model import Fix
from linter.readers.docxannotate import split_at
from linter.readers.wordparts import W, store_parsed

PLAIN = {W + "rPr", W + "t", W + "lastRenderedPageBreak"}  # what a run holding only text may contain
SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class DocxFixError(Exception):
    """The draft cannot be fixed; the message says why."""


def fix_docx(source: str, seen: str | None, fixes: Sequence[Fix]) -> tuple[str, str, bytes, tuple[Fix, ...]]:
    """(old text, new text, the fixed .docx, the fixes applied) for `fixes` in the text `seen` checked."""
    from linter.readers.docx import reread

    word, out = reread(source, DocxFixError, seen)
    old = "\n".join(out.lines)
    runs = split_at(out.runs, {x for f in fixes for x in (f.span.start, f.span.end)})
    applied = tuple(f for f in fixes if _replace(runs, f))
    new, at = [], 0
    for f in applied:  # in order and not overlapping (fixes.chosen)
        new += [old[at:f.span.start], f.replacement]
        at = f.span.end
    store_parsed(word)  # a fix written into a footnote or endnote
    buf = io.BytesIO()
    word.save(buf)
    return old, "".join(new) + old[at:], buf.getvalue(), applied


def _replace(runs: list[tuple[int, int, object]], f: Fix) -> bool:
    """Write `f` into the runs covering exactly its span; False (nothing changed) when they do not."""
    inside = [(s, e, r) for s, e, r in runs if s < f.span.end and e > f.span.start or f.span.start < s == e < f.span.end]
    if not inside or inside[0][0] != f.span.start or inside[-1][1] != f.span.end:
        return False
    if any(a[1] != b[0] for a, b in zip(inside, inside[1:])):  # a gap: text that is in no run (between two cells)
        return False
    if any(child.tag not in PLAIN for _, _, r in inside for child in r):  # type: ignore[attr-defined]
        return False
    texts = [t for _, _, r in inside for t in r.iter(W + "t")]  # type: ignore[attr-defined]
    if not texts:
        return False
    texts[0].text = f.replacement
    texts[0].set(SPACE, "preserve")
    for t in texts[1:]:
        t.getparent().remove(t)
    for _, _, r in inside[1:]:  # the figure's other runs, now empty
        r.getparent().remove(r)  # type: ignore[attr-defined]
    return True

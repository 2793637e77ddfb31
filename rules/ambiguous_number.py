from __future__ import annotations

from typing import Iterator

from linter.core.model import Diagnostic, Document, Severity
from linter.figures.quantities import read
from linter.judge.registry import Context, rule


@rule("N002", "ambiguous-number", severity=Severity.WARNING, claims=())
def ambiguous_number(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A figure such as 12.133 whose value depends on the convention, in a document that uses both.

    "12.133" is twelve thousand one hundred and thirty-three in Vietnamese and twelve point one
    three three in English. A document whose unambiguous figures are written both ways (at least
    two of each) gives no sure reading: each figure with one separator followed by three digits
    is reported with both readings. A document with a single stray figure is read by its own
    convention and only the stray one is reported (N001). Figures of a paragraph clearly written
    in the other language are read by that language's convention: they neither vote nor are reported.

    Okay: Tỉnh có 12.133 đảng viên, chiếm 9,20% dân số; 3.608 chi bộ, 1.251 chi bộ trực thuộc.
    N002: Tỉnh có 12.133 đảng viên, tỷ lệ 24.31% và 9.25%; 3.608.000 hộ, 1.251.000 người, 2.5 lần, 0,5 và 1,25.
    """
    votes = getattr(ctx.analysis.scan, "votes", None) or {}
    if min(votes.values(), default=0) < 2:
        return
    conv = ctx.analysis.scan.convention
    other = conv.swapped()
    for q in ctx.analysis.quantities:
        if not q.ambiguous:
            continue
        raw = q.raw.rstrip("% ").lstrip("-−")
        alt = read(raw, other)
        if alt is None:
            continue
        yield ctx.report(
            q.span,
            ctx._("{raw} reads as {value} by this document's main convention and as {other} by the other one it also uses",
                  raw=q.raw.strip(), value=ctx.fmt(q.value / q.scale, q.decimals), other=ctx.fmt(alt[0], alt[1])),
            stated=q.raw.strip(),
        )

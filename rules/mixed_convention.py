from __future__ import annotations

from typing import Iterator

from linter.core.model import Diagnostic, Document, Severity
from linter.figures.quantities import read
from linter.judge.registry import Context, rule


@rule("N001", "mixed-number-convention", severity=Severity.WARNING, claims=())
def mixed_number_convention(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A figure written with the other language's decimal and group marks.

    A Vietnamese document writes 93,63 and 46.706; "24.31%" in it is read as 24,31% (its only
    sensible reading), and reported, because a reader may take the other reading of the figures
    around it. The document's convention is decided from its unambiguous figures. A paragraph
    clearly written in the other language (an English abstract in a Vietnamese report, told by its
    function words) is read by that language's convention and its figures are not reported; a
    day and month after a day word ("Chiều 12.3", "đến ngày 30.4") are a date, not a decimal.

    Safe fix: none; which reading the writer meant is theirs to say.

    Okay: Tỷ lệ hộ nghèo giảm còn 24,31%, tương ứng 1.205 hộ.
    N001: Tỷ lệ hộ nghèo giảm còn 24.31%, tương ứng 1.205 hộ; 3.608 chi bộ và 12.133 đảng viên.
    """
    conv = ctx.analysis.scan.convention
    for q, _ in ctx.analysis.scan.conflicts:
        raw = q.raw.rstrip("% ")
        other = read(raw.lstrip("-−"), conv)
        other_text = "unreadable" if other is None else ctx.fmt(other[0], other[1])
        yield ctx.report(
            q.span,
            ctx._(
                "{raw} uses the other decimal convention than this document; read as {value}, by this document's marks it would be {other}",
                raw=q.raw.strip(), value=ctx.fmt(q.value / q.scale, q.decimals, percent=q.percent), other=other_text,
            ),
            stated=q.raw.strip(),
        )

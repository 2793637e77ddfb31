from __future__ import annotations

from typing import Iterator

from linter.core.model import Diagnostic, Document, Note, Quantity, Severity
from linter.judge.registry import Context, rule


@rule("R001", "restated-figure", severity=Severity.WARNING, claims=("restated",), source="prose")
def restated_figure(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """One quantity stated twice must keep its value: a restatement one typing slip away is a slip.

    A lede's "gần 8.240 tỷ đồng lợi nhuận" and a later "lợi nhuận … 8.420 tỷ đồng", "added 303,000
    jobs" and later "the gain of 330,000 jobs". The two mentions are taken for one quantity only
    when nothing tells them apart: the same noun and scale, the same period, neither a change of the
    other, an average, a target or another year's figure, nothing named at the later one that the
    first does not name; and the values differ by one slip (two neighbouring digits swapped, one
    digit changed, dropped or doubled) that no hedge or rounding explains ("nearly 8,240" and
    "8,200" agree). A rate is linked only from a title or lede to the one body sentence naming all
    its words ("Tỷ lệ đỗ tốt nghiệp THPT đạt 95,42%" and "… thí sinh đỗ tốt nghiệp THPT, đạt tỷ lệ
    95,42%"). The later mention is reported, unless the counts beside it bear it out and not the
    first, or a third mention repeats it and not the first; the note points at the other one.

    Okay: Công ty lãi gần 8.240 tỷ đồng lợi nhuận. Trong năm, lợi nhuận của công ty đạt 8.238 tỷ đồng.
    R001: Công ty lãi gần 8.240 tỷ đồng lợi nhuận. Trong năm, lợi nhuận của công ty đạt 8.420 tỷ đồng.
    Okay: Employers added 303,000 jobs in March. The gain of 303,000 jobs beat forecasts.
    R001: Employers added 303,000 jobs in March. The gain of 330,000 jobs beat forecasts.
    Okay: Năm 2023 lợi nhuận đạt 8.240 tỷ đồng. Năm 2022 lợi nhuận đạt 8.420 tỷ đồng.
    Okay: The March estimate was revised to 303,000 jobs. It was first reported as 330,000 jobs.
    Okay: Tỷ lệ thi đỗ đạt 96,15%
          Năm nay có 2.500/2.600 em thi đỗ, đạt tỷ lệ 96,15%.
    R001: Tỷ lệ thi đỗ đạt 96,51%
          Năm nay có 2.500/2.600 em thi đỗ, đạt tỷ lệ 96,15%.
    """
    for claim in ctx.claims_of("restated"):
        stated, first = claim.stated, claim.operand("first")
        if first is None or _agree(stated, first):
            continue
        yield _report(doc, ctx, stated, first)


def _agree(a: Quantity, b: Quantity) -> bool:
    """The same value, or one inside what the other's hedge allows ("gần 8.240" and "8.238")."""
    if a.value == b.value:
        return True
    return any(q.hedge is not None and q.low <= o.value and (q.high is None or o.value <= q.high) for q, o in ((a, b), (b, a)))


def _report(doc: Document, ctx: Context, stated: Quantity, first: Quantity) -> Diagnostic:
    here, there = stated.raw.strip(), first.raw.strip()
    line = doc.text.count("\n", 0, first.span.start) + 1
    message = ctx._("stated {stated} here, {first} at line {line} for the same quantity", stated=here, first=there, line=line)
    return ctx.report(
        stated.span, message,
        notes=(Note(first.span, ctx._("the same quantity, stated first")),),
        stated=here, computed=there, arithmetic=f"{here} ≠ {there}",
    )

from __future__ import annotations

import bisect
import re
from typing import Iterator

from linter.core.model import Diagnostic, Document, Severity, Span
from linter.judge.registry import Context, rule

# a figure grouped at least twice whose middle groups have three digits each and whose last group
# has one or two: "$100,174,00" (a digit dropped). A leading zero (a telephone number, a code) or a
# mark and a digit right after (an address, a version) is something else.
_SHAPE = r"(?<![\w.,])(?P<raw>[1-9]\d{{0,2}}(?:{g}\d{{3}})+{g}(?P<last>\d{{1,2}}))(?![\w%]|[.,]\d)"


@rule("N003", "malformed-number", severity=Severity.WARNING, claims=())
def malformed_number(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A figure whose group marks break its grouping: a last group of one or two digits.

    In a document that groups thousands with a mark ("103,478,725", "46.706"), a figure grouped at
    least twice whose last group is short ("$100,174,00", "12.133.50") has lost a digit:
    no reading gives the value the writer meant, and any figure computed from it is wrong. Only a
    figure whose other groups are whole (three digits) is reported; a leading zero (a telephone
    number, a code), a figure followed by another mark and digit (an address, a version number)
    and a date are no figures.

    Safe fix: none; which digit is missing is the writer's to say.

    Okay: The council adopted a budget of $103,478,725, up from $100,174,000.
    N003: The council adopted a budget of $103,478,725, up from $100,174,00.
    Okay: Tổng vốn đầu tư là 12.133.500 đồng.
    N003: Tổng vốn đầu tư là 12.133.50 đồng.
    """
    text = doc.text
    group = ctx.analysis.scan.convention.group
    set_aside = getattr(ctx.analysis.scan, "masked", ())  # a judge given only claims and quantities has none
    # "12.133.50" looks like a version number to the scanner: where '.' groups thousands it is a figure
    masked = sorted((span.start, span.end) for kind, span in set_aside if not (kind == "version" and group == "."))
    starts = [a for a, _ in masked]
    for m in re.finditer(_SHAPE.format(g=re.escape(group)), text):
        span = Span(m.start("raw"), m.end("raw"))
        k = bisect.bisect_left(starts, span.end) - 1  # set-aside spans never overlap: only the last one starting before the figure ends may cover it
        if k >= 0 and masked[k][1] > span.start:
            continue  # a date or a code the scanner set aside
        yield ctx.report(
            span,
            ctx._("{raw} is not a well-formed figure: the group after its last '{mark}' has {n} digits, not three",
                  raw=m.group("raw"), mark=group, n=len(m.group("last"))),
            stated=m.group("raw"),
        )

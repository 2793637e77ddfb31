from __future__ import annotations

from typing import Iterator

from linter.core.model import Diagnostic, Document
from linter.judge.registry import Context, rule


@rule("D003", "invalid-date", claims=("invalid_date",))
def invalid_date(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A date that no calendar has: 31/02/2024, 29/02/2023, month 13, day 0.

    A numeric date is read in the document's order (day first in Vietnamese, month first in
    English, either when a number is above 12) and reported only when no order makes it a day.

    Okay: Hội nghị họp ngày 29/02/2024.
    D003: Hội nghị họp ngày 29/02/2023.
    Okay: The report is dated 7/25/2024.
    D003: The report is dated 31/02/2024.
    D003: Kế hoạch ban hành ngày 15/13/2024.
    Okay: Kế hoạch ban hành ngày 12/13/2024 (tháng 13 không có: đọc là 13 tháng 12).
    """
    for claim in ctx.claims_of("invalid_date"):
        msgid, values = claim.get("problem")
        yield ctx.report(
            claim.stated.span,
            ctx._("{date} is not a date: {problem}", date=claim.stated.raw, problem=ctx._(msgid, **dict(values))),
            stated=claim.stated.raw,
        )

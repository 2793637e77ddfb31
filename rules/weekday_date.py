from __future__ import annotations

from typing import Iterator

from linter.core.model import Diagnostic, Document, Fix, Note
from linter.judge.registry import Context, rule
from linter.lang.packs import lexicon


@rule("D002", "weekday-date", claims=("weekday",))
def weekday_date(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A weekday named with a date must be that date's weekday.

    The weekday may stand before or after the date, in any case, with a comma, NBSP or several
    spaces between ("Thứ năm,  25/07/2024", "25 July 2024 (Thursday)"). A numeric date is read
    day first in Vietnamese; in English a date such as 06/08/2017 may be either order, and is only
    reported when neither gives the weekday. The message names the right weekday.

    Okay: Thứ năm, 25/07/2024
    D002: Thứ sáu, 25/07/2024
    Okay: Cập nhật lúc 04:57, Chủ Nhật, 06/08/2017
    Okay: Thứ Hai, 16.6.2025, Sở Y tế công bố kết quả.
    D002: Thứ Ba, 16.6.2025, Sở Y tế công bố kết quả.
    Okay: Thursday, July 25, 2024
    D002: Published Tuesday, Sept. 20, 2025
    Okay: The meeting is on 25 July 2024 (Thursday).
    """
    for claim in ctx.claims_of("weekday"):
        readings = claim.get("readings", ())
        stated = int(claim.stated.value)
        if not readings or any(day.weekday() == stated for day in readings):
            continue
        date = claim.operand("date")
        right = lexicon(ctx.locale).weekday_names[readings[0].weekday()]
        written = claim.stated.raw
        yield ctx.report(
            claim.stated.span,
            ctx._("{date} is a {right}, not a {stated}", date=date.raw, right=right, stated=written),
            notes=(Note(date.span, ctx._("date")),),
            stated=written, computed=right, arithmetic=f"{readings[0].isoformat()} → {right}",
            fix=Fix(claim.stated.span, right),
        )

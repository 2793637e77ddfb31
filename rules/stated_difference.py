from __future__ import annotations

from typing import Iterator

from linter.figures.changemath import difference_holds
from linter.judge.verdicts import decimals_at
from linter.core.model import Claim, Diagnostic, Document, Note
from linter.judge.registry import Context, rule


@rule("C001", "stated-difference", claims=("diff",))
def stated_difference(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A stated difference must equal the gap between the two figures it is stated for.

    The figures are a change "từ 74,5% xuống 53,8%", "grew to 10,439,388 …, up from 9,535,483",
    a comparison "A, thấp hơn D so với chỉ tiêu … (B)", revisions summed up ("revised from +150,000
    to +160,000, and … from +180,000 to +175,000. With these revisions, … 5,000 higher than previously
    reported"), a rate's change per unit against its level given earlier ("a rate of $0.4500 per $100
    … a decrease of $0.0200 per $100 from the current rate of $0.4700"), or the years between a year
    and the paragraph's own ("Compared to 2016, just 6 years prior" in a paragraph on 2022). Between two percentages the
    difference is in percentage points; a comparison written with % ("thấp hơn 0,4% so với chỉ
    tiêu (35,5%)") is accepted as points or as a relative difference, whichever fits.

    Okay: Tỷ lệ hộ nghèo giảm từ 74,5% xuống 53,8%, giảm 20,7 điểm phần trăm.
    C001: Tỷ lệ hộ nghèo giảm từ 74,5% xuống 53,8%, giảm 21,7 điểm phần trăm.
    Okay: Enrollment rose to 14,300 in 2024, up from 12,150 in 2019. The difference of 2,150 students is large.
    C001: Enrollment rose to 14,300 in 2024, up from 12,150 in 2019. The difference of 2,510 students is large.
    Okay: Tỷ lệ tham gia đạt 35,1%, thấp hơn 0,4% so với chỉ tiêu tỉnh giao (35,5%).
    C001: Tỷ lệ tham gia đạt 35,1%, thấp hơn 0,7% so với chỉ tiêu tỉnh giao (35,5%).
    Okay: Năm 2023 còn 1.245 hộ nghèo, giảm 312 hộ so với năm 2022 (1.557 hộ).
    C001: Năm 2023 còn 1.245 hộ nghèo, giảm 321 hộ so với năm 2022 (1.557 hộ).
    Okay: The county recorded 18,402 births in 2023, down 1,137 from 19,539 in 2022.
    C001: Births fell from 19,539 in 2022 to 18,402 in 2023, a decrease of 1,173.
    Okay: The change for April was revised from +180,000 to +192,000. With this revision, April's gain was 12,000 higher than previously reported.
    C001: The change for April was revised from +180,000 to +195,000. With this revision, April's gain was 12,000 higher than previously reported.
    Okay: Burglaries in 2022 numbered 840. Compared to 2016, just 6 years prior, they were down 30%.
    C001: Burglaries in 2022 numbered 840. Compared to 2016, just 8 years prior, they were down 30%.
    """
    readings: dict[tuple[int, int], list[Claim]] = {}
    for claim in ctx.claims_of("diff"):
        readings.setdefault((claim.stated.span.start, claim.stated.span.end), []).append(claim)
    for found in readings.values():
        # one finding per stated figure: a reading that holds explains it; readings that disagree leave it open
        if any(difference_holds(c) for c in found) or len({abs(c.operand("to").value - c.operand("from").value) for c in found}) > 1:
            continue
        yield _report(ctx, found[0])


def _report(ctx: Context, claim: Claim) -> Diagnostic:
    old, new, stated = claim.operand("from"), claim.operand("to"), claim.stated
    points = bool(claim.get("points"))
    raw = stated.raw.strip()
    # a signed figure ("-20" in a "Change" column) is the later less the earlier, its sign kept; else the gap
    signed = stated.value < 0 or raw.startswith("+")
    value = new.value - old.value if signed else abs(new.value - old.value)
    unit_scale = stated.scale  # the difference as the text writes it: "$350 million" in millions
    d = max(decimals_at(q, unit_scale) for q in (old, new, stated))
    computed = ctx.fmt(value / unit_scale, d)
    first, second = (new, old) if signed else (max(old, new, key=lambda q: q.value), min(old, new, key=lambda q: q.value))
    terms = " − ".join(q.raw if q.year_like else ctx.fmt(q.value / unit_scale, d) for q in (first, second))  # "2010 − 2007": years as years
    message = (ctx._("stated difference {stated}, computed {computed} percentage points", stated=raw, computed=computed) if points
               else ctx._("stated difference {stated}, computed {computed}", stated=raw, computed=computed))
    return ctx.report(
        stated.span, message,
        notes=(Note(old.span, ctx._("from")), Note(new.span, ctx._("to"))),
        stated=raw, computed=computed, arithmetic=f"{terms} = {computed} ≠ {raw}",
    )

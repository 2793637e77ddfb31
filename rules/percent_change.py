from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Iterator

from linter.figures.changemath import change_holds, change_interval, direction, pct_change, pct_of_base, point, truncated
from linter.judge.verdicts import common_scale, decimals_at
from linter.core.model import Claim, Diagnostic, Document, Note, Severity
from linter.core.record import record, replace
from linter.judge.registry import Context, rule


@record
class Options:
    # "giảm từ 4,5% xuống 3,2%, giảm 1,3%" usually means points in Vietnamese reports: a note by default
    points_reading: str = "info"  # info | warning

    def __post_init__(self) -> None:
        if self.points_reading not in ("info", "warning"):
            raise ValueError(f"points-reading must be 'info' or 'warning', not {self.points_reading!r}")


@rule("C002", "percent-change", options=Options(), claims=("change_pct",))
def percent_change(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A stated percent change must equal (new − old) / old of the figures it is stated for.

    The figures are a pair "từ 200 lên 230", "from $120m to $150m", "grew to A …, up from B",
    "grew by D to A" (the earlier value is A − D), "X, tăng D (P%)" (the earlier value is X − D, or
    X + D for a decrease), "P% too high, A instead of B", a change stated alone before its two
    values, one said of the earlier period ("… dropped 2.5 percent. The fall 2022 enrollment was
    1,200 … in 2023 there are 1,170"; a warning, the link inferred); or a change column of a table (each row's
    change between two count columns, or from the previous row in a table of years). A decrease
    may be written with its word ("a 3.7% loss") or its sign (−5.5%). A percent change stated for
    two percentages that only fits their difference in points is reported naming both readings, as
    an info note by default (option `points-reading = "warning"` makes it a warning); a change that
    is the truncated rather than the rounded value is a warning.

    A change is judged against the pair of its own clause only (a clause begins at ';', 'while',
    'trong khi', 'and'/'và' before a new subject, or a new 'rose P% from … to …'); a bare figure
    shares the scale word of the figure after it ('from 2.4 to 3.6 million tons'); the earlier
    value of 'X, giảm D (P%)' is X + D however the percentage is signed. A figure read two ways
    is reported once, and not at all when one reading holds or the readings disagree.

    Okay: Doanh thu tăng 15% từ 200 tỷ đồng lên 230 tỷ đồng.
    C002: Doanh thu tăng 18% từ 200 tỷ đồng lên 230 tỷ đồng.
    Okay: Năm 2009 xã kết nạp 230 đảng viên, tăng 30 đảng viên (15%) so với năm 2008.
    C002: Năm 2009 xã kết nạp 230 đảng viên, tăng 30 đảng viên (13%) so với năm 2008.
    Okay: Sales were up 25% from $120m to $150m.
    C002: The county expects a 4.0% drop in fees, from $50.0 million to $48.5 million.
    Okay: Kim ngạch đạt 2,5 tỷ USD, tăng 12,6% so với cùng kỳ năm trước (2,22 tỷ USD).
    C002: Kim ngạch đạt 2,5 tỷ USD, tăng 21,6% so với cùng kỳ năm trước (2,22 tỷ USD).
    Okay: Revenue rose 8% to $4.32 billion from $4.0 billion.
    C002: Revenue rose 8% to $4.0 billion from $4.32 billion.
    Okay: Exports rose 15.0% from $80.0 million to $92.0 million, while imports were up 4.0% from $50.0 million to $52.0 million.
    C002: Exports rose 15.0% from $80.0 million to $92.0 million, while imports were up 7.0% from $50.0 million to $52.0 million.
    Okay: Toàn tỉnh xảy ra 2.340 vụ, giảm 260 vụ (-10%).
    C002: Toàn tỉnh xảy ra 2.340 vụ, giảm 260 vụ (-12%).
    Okay: Student enrollment dropped 2.5 percent. The fall 2022 student enrollment was 1,200 and in 2023 there are 1,170.
    C002: Student enrollment dropped 2.8 percent. The fall 2022 student enrollment was 1,200 and in 2023 there are 1,170.
    """
    for claim, found in _one_per_figure(ctx.claims_of("change_pct")):
        verdict, interval, points = found
        diag = _report(ctx, claim, verdict, interval, points)
        if verdict == "points" and (ctx.options is None or ctx.options.points_reading == "info"):
            diag = replace(diag, severity=Severity.INFO)
        yield diag


Verdict = tuple[str, tuple[Decimal, Decimal], "Decimal | None"]  # (verdict, computed interval, difference in points)


def _one_per_figure(claims: Iterable[Claim]) -> Iterator[tuple[Claim, Verdict]]:
    """One finding per stated figure: none when some reading of it holds, none when its readings disagree.

    A figure read against two pairs (its own clause's and a table's, or two bases) is explained
    when either reading makes it hold; two failing readings that compute different values leave
    no way to say which figure is wrong, so nothing is said.
    """
    readings: dict[tuple[int, int], list[tuple[Claim, Verdict | None]]] = {}
    for claim in claims:
        readings.setdefault((claim.stated.span.start, claim.stated.span.end), []).append((claim, _judge(claim)))
    for found in readings.values():
        if any(verdict is None for _, verdict in found):
            continue
        computed = {_value(claim) for claim, _ in found}
        if len(computed) == 1:
            yield found[0][0], found[0][1]  # type: ignore[misc]


def _judge(claim: Claim) -> tuple[str, tuple[Decimal, Decimal], Decimal | None] | None:
    interval = change_interval(claim)
    if interval is None or change_holds(claim, interval):
        return None
    stated = claim.stated
    points = None
    old, new = claim.operand("from"), claim.operand("to")
    if int(claim.get("sign", 0)) * point(interval) < -stated.resolution:
        return "mismatch", interval, points  # the words give one direction, the figures the other
    if stated.value < 0 < interval[0] or stated.value > 0 and claim.get("signed") and interval[1] < 0:
        return "mismatch", interval, points  # "tăng 12 vụ (-7,5%)": the sign, not the digits, is wrong
    if old is not None and old.percent and new.percent:
        points = new.value - old.value
        if abs(abs(points) - abs(stated.value)) <= stated.resolution / 2 + max(old.resolution, new.resolution) / 2:
            return "points", interval, points
    if truncated(stated, interval):
        return "truncated", interval, points
    return "mismatch", interval, points


def _value(claim: Claim) -> Decimal | None:
    new, delta, old = claim.operand("to"), claim.operand("delta"), claim.operand("from")
    if delta is not None:
        return pct_of_base(delta.value, new.value, direction(claim))
    return pct_change(old.value, new.value)


def _report(ctx: Context, claim: Claim, verdict: str, interval: tuple[Decimal, Decimal], points: Decimal | None) -> Diagnostic:
    stated = claim.stated
    d = max(stated.decimals, 1)
    value = _value(claim) if _value(claim) is not None else point(interval)
    sign = int(claim.get("sign", 0))
    computed = ctx.fmt(value if sign == 0 else abs(value), d, percent=True)
    signed_computed = ctx.fmt(value, d, percent=True)  # the arithmetic keeps the sign the figures give
    ops = [q for q in (claim.operand("from"), claim.operand("delta"), claim.operand("to")) if q is not None]
    notes = tuple(Note(q.span, ctx._(role)) for q, role in zip(ops, ("from", "change", "to") if claim.operand("delta") is None else ("change", "to")))
    if claim.operand("delta") is not None:
        dq, nq = claim.operand("delta"), claim.operand("to")
        way = direction(claim)
        base = nq.value - way * dq.value
        unit = common_scale(dq, nq)  # "0,15 / (30,15 − 0,15)" for 15 cents and $30.15
        d_at = max(decimals_at(dq, unit), decimals_at(nq, unit))
        d, n = ctx.fmt(dq.value / unit, d_at), ctx.fmt(nq.value / unit, d_at)
        arithmetic = f"{d} / ({n} {'−' if way > 0 else '+'} {d}) = {d} / {ctx.fmt(base / unit, d_at)} = {computed}"
    else:
        old, new = claim.operand("from"), claim.operand("to")
        unit = common_scale(old, new)  # "(1,200 − 950) / 950" for $1.2 billion and $950 million
        o, n = ctx.fmt(old.value / unit, decimals_at(old, unit)), ctx.fmt(new.value / unit, decimals_at(new, unit))
        arithmetic = f"({n} − {o}) / {o} = {signed_computed}"
    raw = stated.raw.strip()
    if verdict == "mismatch" and claim.operand("delta") is None and sign * value < 0:
        # the words say one direction and the figures go the other way
        message = (ctx._("stated a rise of {stated}, but the figures fall by {computed}", stated=raw, computed=computed) if sign > 0
                   else ctx._("stated a fall of {stated}, but the figures rise by {computed}", stated=raw, computed=computed))
        # no computed value to write in: the word of direction, or a figure, is what is wrong
        return ctx.report(stated.span, message, notes=notes, stated=raw, arithmetic=arithmetic + f" ≠ {'+' if sign > 0 else '-'}{raw}")
    if verdict == "points":
        pts = ctx.fmt(abs(points), max(stated.decimals, 1))
        return ctx.report(
            stated.span, ctx._("stated {stated}: as a percent change it is {computed}; as a difference of percentages it is {points} percentage points", stated=raw, computed=computed, points=pts),
            notes=notes, severity=Severity.WARNING, stated=raw, computed=computed, arithmetic=arithmetic,
            help=ctx._("write the difference in percentage points (điểm phần trăm) or give the relative change"),
        )
    if verdict == "truncated":
        return ctx.report(stated.span, ctx._("stated {stated}, computed {computed}: the change is truncated, not rounded", stated=raw, computed=computed),
                          notes=notes, severity=Severity.WARNING, stated=raw, computed=computed, arithmetic=arithmetic + f" ≠ {raw}")
    likely = claim.get("strength") == "likely"
    return ctx.report(stated.span, ctx._("stated change {stated}, computed {computed}", stated=raw, computed=computed),
                      notes=notes, stated=raw, computed=computed, arithmetic=arithmetic + f" ≠ {raw}",
                      severity=Severity.WARNING if likely else None,
                      help=ctx._("the figures were found elsewhere in the paragraph; if the change is of other figures, say which") if likely else None)

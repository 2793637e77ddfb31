"""The judgements that the prose rules and their table counterparts share.

P001 and T002 judge shares, S001 and T001 totals, P002 and T003 shares that must close at 100%:
the same arithmetic and the same finding, over claims read from prose or from tables. A rule
picks its claims and calls one of these; the finding carries the calling rule's code.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Callable, Iterable, Iterator

from linter.figures.arith import adds_up, percent_verdict, point
from linter.core.model import Claim, Diagnostic, Note, Quantity, Severity, Span
from linter.core.record import record
from linter.judge.registry import Context


@record
class RoundingOptions:
    rounding: str = "nearest"  # nearest | truncate | either: how the newsroom rounds shares

    def __post_init__(self) -> None:
        if self.rounding not in ("nearest", "truncate", "either"):
            raise ValueError(f"rounding must be 'nearest', 'truncate' or 'either', not {self.rounding!r}")


def shares(ctx: Context, claims: Iterable[Claim], derived: Callable[[Claim], bool] = lambda c: False) -> Iterator[Diagnostic]:
    """A share must be part / whole within its precision; `derived` says which may be rewritten safely."""
    rounding = ctx.options.rounding if ctx.options else "nearest"
    for claim in claims:
        verdict, ops = percent_verdict(claim, rounding)
        if verdict == "ok":
            continue
        part, whole = ops[0].quantity, ops[1].quantity
        d = claim.stated.decimals
        stated = claim.stated.raw.strip()
        suffix = stated.lstrip("-−0123456789.,\u00a0\u202f\u2009")  # "%", " %", " phần trăm", " percent"
        computed = ctx.fmt(point(part, whole), d) + suffix
        whole_parts = claim.get("whole_parts", ())
        unit = common_scale(part, whole, *whole_parts)  # "3.2 / 12.5" billions, as written

        def written(q: Quantity) -> str:
            return ctx.fmt(q.value / unit, decimals_at(q, unit))

        whole_text = " + ".join(written(p) for p in whole_parts) or written(whole)
        arithmetic = f"{written(part)} / {whole_text} = {computed}" + (f" ≠ {stated}" if verdict == "mismatch" else "")
        notes = (Note(part.span, ctx._("part")), Note(whole.span, ctx._("whole")))
        if verdict == "truncated":
            yield ctx.report(
                claim.stated.span, ctx._("stated {stated}, computed {computed}: the share is truncated, not rounded", stated=stated, computed=computed),
                notes=notes, severity=Severity.WARNING, stated=stated, computed=computed, arithmetic=arithmetic, claim=claim,
                help=ctx._("round to the nearest value, or set rounding = \"truncate\" for {code} if your newsroom truncates", code=ctx.rule.code),
            )
            continue
        certain = claim.get("strength") == "certain"
        yield ctx.report(
            claim.stated.span, ctx._("stated {stated}, computed {computed}", stated=stated, computed=computed),
            notes=notes, severity=Severity.ERROR if certain else Severity.WARNING, stated=stated, computed=computed,
            arithmetic=arithmetic, claim=claim, fix=ctx.fix(claim.stated, point(part, whole), d, safe=True) if derived(claim) else None,
            help=None if certain else ctx._("the whole was inferred from the figures before this share; if it is another whole, say which"),
        )


def common_scale(*qs: Quantity) -> Decimal:
    """The scale to write figures in: theirs when they share one ("1,2 + 0,8 = 2 triệu"), else the
    smallest ("1,200 − 950" for $1.2 billion and $950 million; "598.000 + 802.000" beside "1,2
    triệu"), so no figure is rounded away."""
    return min(q.scale for q in qs)


def decimals_at(q: Quantity, unit: Decimal) -> int:
    """The decimals `q` was written with, once written in `unit` (1,2 triệu in units: 0)."""
    return max(0, q.decimals - (q.scale / unit).adjusted())


def totals(ctx: Context, claims: Iterable[Claim]) -> Iterator[Diagnostic]:
    """A total must be the sum of its parts; a total judged twice (a table's grand total, by its
    row and by its column) is reported once."""
    reported: set[Span] = set()
    for claim in claims:
        total = claim.operand("total")
        parts = claim.operands_of("part")
        if claim.stated.span in reported or adds_up(total, parts):
            continue
        reported.add(claim.stated.span)
        unit = common_scale(total, *parts)
        d = max(decimals_at(p, unit) for p in (total, *parts))
        computed = ctx.fmt(sum((p.value for p in parts), Decimal(0)) / unit, d)
        stated = ctx.fmt(total.value / unit, decimals_at(total, unit))
        terms = " + ".join(ctx.fmt(p.value / unit, decimals_at(p, unit)) for p in parts).replace(" + -", " − ")  # a deduction (a table's "(52)") is subtracted
        if claim.get("axis") == "row":
            message = ctx._("stated row total {stated}, the cells of its row add up to {computed}", stated=stated, computed=computed)
        else:
            message = ctx._("stated total {stated}, the parts add up to {computed}", stated=stated, computed=computed)
        if unit != total.scale:  # the value to write in is in the total's own scale: "1,4" before "triệu"
            exact = (sum((p.value for p in parts), Decimal(0)) / total.scale).normalize()
            computed_as_written = ctx.fmt(exact, max(total.decimals, -exact.as_tuple().exponent))
        else:
            computed_as_written = computed
        yield ctx.report(
            total.span, message, notes=tuple(Note(p.span, ctx._("part")) for p in parts),
            stated=stated, computed=computed_as_written, arithmetic=f"{terms} = {computed} ≠ {stated}", claim=claim,
        )


def shares_close(ctx: Context, claims: Iterable[Claim]) -> Iterator[Diagnostic]:
    """Shares of one whole must add up to 100% within n × half a unit of their last digits."""
    for claim in claims:
        parts = claim.operands_of("share")
        lo = sum((s.value - s.resolution / 2 for s in parts), Decimal(0))
        hi = sum((s.value + s.resolution / 2 for s in parts), Decimal(0))
        if lo <= 100 <= hi or claim.get("at_most") and lo <= 100:
            continue  # two of a contest's shares ("a 60% to 38% margin") may leave the rest to others
        d = max(s.decimals for s in parts)
        total = ctx.fmt(sum((s.value for s in parts), Decimal(0)), d, percent=True)
        terms = " + ".join(ctx.fmt(s.value, s.decimals, percent=True) for s in parts)
        yield ctx.report(
            claim.stated.span,
            ctx._("the shares add up to {total}, not 100%", total=total),
            notes=tuple(Note(s.span, ctx._("share")) for s in parts if s.span != claim.stated.span),
            stated=claim.stated.raw.strip(), computed=total, arithmetic=f"{terms} = {total} ≠ 100%", claim=claim,
        )

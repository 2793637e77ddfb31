"""What was checked: each claim with its verdict and the arithmetic, for --show-verified."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from linter.judge.verdicts import common_scale, decimals_at
from linter.core.marks import NumberMarks
from linter.core.model import Claim, Diagnostic, Quantity
from linter.figures.numfmt import format_number


def _fmt(q: Quantity, marks: NumberMarks) -> str:
    return format_number(q.value / q.scale, q.decimals, marks, percent=q.percent)


def arithmetic(claim: Claim, marks: NumberMarks) -> str:
    """The relation a claim asserts, written out in the document's number format."""
    if claim.kind == "percent":
        from linter.figures.arith import percent_verdict

        ops = percent_verdict(claim)[1]  # the reading that gives the share, when one does
        part, whole = ops[0].quantity, ops[1].quantity
        value = part.value * 100 / whole.value if whole.value else Decimal(0)
        if part.scale != whole.scale:  # "$420 million" of "$1.24 billion": both in millions, "420 / 1,240"
            unit = common_scale(part, whole)
            p, w = (format_number(q.value / unit, decimals_at(q, unit), marks) for q in (part, whole))
        else:
            p, w = _fmt(part, marks), _fmt(whole, marks)
        return f"{p} / {w} = {format_number(value, claim.stated.decimals, marks, percent=True)}, stated {claim.stated.raw.strip()}"
    if claim.kind == "sum":
        parts = claim.operands_of("part")
        unit = common_scale(*parts)  # "3.2 + 8.15 + 1.1" billions; "800 + 1,700" millions beside $1.7 billion
        total = sum((p.value for p in parts), Decimal(0)) / unit
        d = max(decimals_at(p, unit) for p in parts)
        terms = " + ".join(format_number(p.value / unit, decimals_at(p, unit), marks) for p in parts).replace(" + -", " − ")  # a deduction (a table's "(52)") is subtracted
        return f"{terms} = {format_number(total, d, marks)}, stated {claim.stated.raw.strip()}"
    if claim.kind == "shares_total":
        shares = claim.operands_of("share")
        total = sum((q.value for q in shares), Decimal(0))
        return f"{' + '.join(_fmt(q, marks) for q in shares)} = {format_number(total, max(q.decimals for q in shares), marks, percent=True)}"
    if claim.kind == "part_le_whole":
        part, whole = claim.operands[0].quantity, claim.operands[1].quantity
        unit = common_scale(part, whole)
        return " ≤ ".join(format_number(q.value / unit, decimals_at(q, unit), marks) for q in (part, whole))
    if claim.kind == "restates" and claim.operand("cell") is not None:
        return f"{claim.stated.raw.strip()} against the table's {claim.operand('cell').raw.strip()} ({claim.get('cell')})"
    written = _change(claim, marks)
    if written is not None:
        return written
    ops = ", ".join(f"{o.role} {o.quantity.raw.strip()}" for o in claim.operands)
    return f"stated {claim.stated.raw.strip()}" + (f" with {ops}" if ops else "")


def _change(claim: Claim, marks: NumberMarks) -> str | None:
    """Changes, differences and plans as the subtraction or division they state."""
    old, new, plan, result = claim.operand("from"), claim.operand("to"), claim.operand("plan"), claim.operand("result")
    stated, d = claim.stated.raw.strip(), claim.stated.decimals
    if claim.kind in ("change_pct", "diff") and old is not None and new is not None:
        unit = claim.stated.scale if claim.kind == "diff" else common_scale(old, new)
        # a year is written as a year ("2010 − 2007"), not grouped as a count
        o, n = (q.raw if q.year_like else format_number(q.value / unit, decimals_at(q, unit), marks, percent=q.percent) for q in (old, new))
        if claim.kind == "diff":
            places = max(decimals_at(q, unit) for q in (old, new))
            if claim.stated.value < 0:  # a signed difference ("-0,7" in a table's change column): the later less the earlier
                return f"{n} − {o} = {format_number((new.value - old.value) / unit, places, marks)}, stated {stated}"
            hi, lo = (o, n) if old.value >= new.value else (n, o)
            return f"{hi} − {lo} = {format_number(abs(old.value - new.value) / unit, places, marks)}, stated {stated}"
        if old.value == 0:
            return None
        return f"({n} − {o}) / {o} = {format_number((new.value - old.value) * 100 / old.value, d, marks, percent=True)}, stated {stated}"
    delta = claim.operand("delta")
    if claim.kind == "change_pct" and delta is not None and new is not None:  # "up $2.35, or 2.0%, to $118.40": from 118.40 − 2.35
        from linter.figures.changemath import direction, pct_of_base

        value = pct_of_base(delta.value, new.value, direction(claim))
        if value is None:
            return None
        unit = common_scale(delta, new)
        dd, nn = (format_number(q.value / unit, decimals_at(q, unit), marks) for q in (delta, new))
        rise = direction(claim) > 0  # a fall: "−130 / (1.170 + 130) = -10%"
        base = f"{nn} − {dd}" if rise else f"{nn} + {dd}"
        return f"{'' if rise else '−'}{dd} / ({base}) = {format_number(value, d, marks, percent=True)}, stated {stated}"
    if claim.kind == "target" and plan is not None and result is not None and plan.scale == result.scale and plan.value:
        r, p = _fmt(result, marks), _fmt(plan, marks)
        if claim.get("excess"):
            return f"({r} − {p}) / {p} = {format_number((result.value - plan.value) * 100 / plan.value, d, marks, percent=True)}, stated {stated}"
        return f"{r} / {p} = {format_number(result.value * 100 / plan.value, d, marks, percent=True)}, stated {stated}"
    return None


def verified(
    claims: Iterable[Claim], found: Iterable[Diagnostic], marks: NumberMarks, kept: Iterable[Diagnostic] | None = None,
) -> tuple[tuple[str, str, str], ...]:
    """Each claim's (kind, verdict, arithmetic). `found` are the rules' findings; `kept` those left after the
    suppression comments (all of `found` when not given). A claim whose findings were all suppressed is
    "suppressed", not "consistent": the comment accepts the mismatch, it does not make the figure hold."""
    found_at = {(d.span.start, d.span.end) for d in found}
    kept_at = found_at if kept is None else {(d.span.start, d.span.end) for d in kept}
    out = []
    for c in claims:
        at = (c.stated.span.start, c.stated.span.end)
        verdict = "flagged" if at in kept_at else "suppressed" if at in found_at else "consistent"
        out.append((c.kind, verdict, arithmetic(c, marks)))
    return tuple(out)

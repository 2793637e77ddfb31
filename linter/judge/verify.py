"""What was checked: each claim with its verdict and the arithmetic, for --show-verified."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from linter.judge.verdicts import common_scale, decimals_at
from linter.core.model import Claim, Diagnostic, Quantity
from linter.figures.numfmt import format_number


def _fmt(q: Quantity, locale: str) -> str:
    return format_number(q.value / q.scale, q.decimals, locale, percent=q.percent)


def arithmetic(claim: Claim, locale: str) -> str:
    """The relation a claim asserts, written out in the document's number format."""
    if claim.kind == "percent":
        from linter.figures.arith import percent_verdict

        ops = percent_verdict(claim)[1]  # the reading that gives the share, when one does
        part, whole = ops[0].quantity, ops[1].quantity
        value = part.value * 100 / whole.value if whole.value else Decimal(0)
        return f"{_fmt(part, locale)} / {_fmt(whole, locale)} = {format_number(value, claim.stated.decimals, locale, percent=True)}, stated {claim.stated.raw.strip()}"
    if claim.kind == "sum":
        parts = claim.operands_of("part")
        unit = common_scale(*parts)  # "3.2 + 8.15 + 1.1" billions; "800 + 1,700" millions beside $1.7 billion
        total = sum((p.value for p in parts), Decimal(0)) / unit
        d = max(decimals_at(p, unit) for p in parts)
        terms = " + ".join(format_number(p.value / unit, decimals_at(p, unit), locale) for p in parts).replace(" + -", " − ")  # a deduction (a table's "(52)") is subtracted
        return f"{terms} = {format_number(total, d, locale)}, stated {claim.stated.raw.strip()}"
    if claim.kind == "shares_total":
        shares = claim.operands_of("share")
        total = sum((q.value for q in shares), Decimal(0))
        return f"{' + '.join(_fmt(q, locale) for q in shares)} = {format_number(total, max(q.decimals for q in shares), locale, percent=True)}"
    if claim.kind == "part_le_whole":
        part, whole = claim.operands[0].quantity, claim.operands[1].quantity
        unit = common_scale(part, whole)
        return " ≤ ".join(format_number(q.value / unit, decimals_at(q, unit), locale) for q in (part, whole))
    if claim.kind == "restates" and claim.operand("cell") is not None:
        return f"{claim.stated.raw.strip()} against the table's {claim.operand('cell').raw.strip()} ({claim.get('cell')})"
    written = _change(claim, locale)
    if written is not None:
        return written
    ops = ", ".join(f"{o.role} {o.quantity.raw.strip()}" for o in claim.operands)
    return f"stated {claim.stated.raw.strip()}" + (f" with {ops}" if ops else "")


def _change(claim: Claim, locale: str) -> str | None:
    """Changes, differences and plans as the subtraction or division they state."""
    old, new, plan, result = claim.operand("from"), claim.operand("to"), claim.operand("plan"), claim.operand("result")
    stated, d = claim.stated.raw.strip(), claim.stated.decimals
    if claim.kind in ("change_pct", "diff") and old is not None and new is not None:
        unit = claim.stated.scale if claim.kind == "diff" else common_scale(old, new)
        o, n = (format_number(q.value / unit, decimals_at(q, unit), locale, percent=q.percent) for q in (old, new))
        if claim.kind == "diff":
            hi, lo = (o, n) if old.value >= new.value else (n, o)
            value = format_number(abs(old.value - new.value) / unit, max(decimals_at(q, unit) for q in (old, new)), locale)
            return f"{hi} − {lo} = {value}, stated {stated}"
        if old.value == 0:
            return None
        return f"({n} − {o}) / {o} = {format_number((new.value - old.value) * 100 / old.value, d, locale, percent=True)}, stated {stated}"
    if claim.kind == "target" and plan is not None and result is not None and plan.scale == result.scale and plan.value:
        r, p = _fmt(result, locale), _fmt(plan, locale)
        if claim.get("excess"):
            return f"({r} − {p}) / {p} = {format_number((result.value - plan.value) * 100 / plan.value, d, locale, percent=True)}, stated {stated}"
        return f"{r} / {p} = {format_number(result.value * 100 / plan.value, d, locale, percent=True)}, stated {stated}"
    return None


def verified(claims: Iterable[Claim], diags: Iterable[Diagnostic], locale: str) -> tuple[tuple[str, str, str], ...]:
    flagged = {(d.span.start, d.span.end) for d in diags}
    out = []
    for c in claims:
        verdict = "flagged" if (c.stated.span.start, c.stated.span.end) in flagged else "consistent"
        out.append((c.kind, verdict, arithmetic(c, locale)))
    return tuple(out)

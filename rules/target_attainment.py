from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from linter.figures.changemath import corners, matches
from linter.core.model import Diagnostic, Document, Note
from linter.judge.registry import Context, rule


@rule("C003", "target-attainment", claims=("target",))
def target_attainment(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A stated attainment of a plan or target must equal result / plan (or the excess over it).

    "đạt 101% kế hoạch" is result / plan; "vượt 1% chỉ tiêu" is (result − plan) / plan. Checked
    only when the plan figure is stated in the same sentence; "đạt 180% kế hoạch" alone is not.

    Okay: Năm 2023 kết nạp 202 đảng viên, đạt 101% kế hoạch (kế hoạch 200 đảng viên).
    C003: Năm 2023 kết nạp 202 đảng viên, đạt 110% kế hoạch (kế hoạch 200 đảng viên).
    Okay: Xã kết nạp 202 đảng viên, vượt 1% chỉ tiêu, chỉ tiêu giao là 200 đảng viên.
    C003: Xã kết nạp 202 đảng viên, vượt 5% chỉ tiêu, chỉ tiêu giao là 200 đảng viên.
    Okay: The club signed 90 members, or 180% of its target of 50 members.
    C003: The club signed 90 members, or 150% of its target of 50 members.
    Okay: Năm 2009 xã kết nạp Đảng đạt 180% kế hoạch.
    """
    for claim in ctx.claims_of("target"):
        done, plan = claim.operand("result"), claim.operand("plan")
        excess = bool(claim.get("excess"))
        fn = (lambda r, p: (r - p) * 100 / p if p > 0 else None) if excess else (lambda r, p: r * 100 / p if p > 0 else None)
        interval = corners(fn, done, plan)
        if matches(claim.stated, interval):
            continue
        value = fn(done.value, plan.value) or Decimal(0)
        computed = ctx.fmt(value, max(claim.stated.decimals, 1), percent=True)
        raw = claim.stated.raw.strip()
        unit = done.scale if done.scale == plan.scale else 1  # "8.25 / 8.0" as written when both are in billions
        r, p = ctx.fmt(done.value / unit, done.decimals), ctx.fmt(plan.value / unit, plan.decimals)
        arithmetic = f"({r} − {p}) / {p} = {computed}" if excess else f"{r} / {p} = {computed}"
        yield ctx.report(
            claim.stated.span, ctx._("stated {stated} of the plan, computed {computed}", stated=raw, computed=computed),
            notes=(Note(done.span, ctx._("result")), Note(plan.span, ctx._("plan"))),
            stated=raw, computed=computed, arithmetic=f"{arithmetic} ≠ {raw}",
        )

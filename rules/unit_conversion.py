from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from linter.core.model import Diagnostic, Document, Note
from linter.judge.registry import Context, rule
from linter.figures.units import convert, precision


@rule("U001", "unit-conversion", claims=("unit",))
def unit_conversion(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A figure converted in parentheses must equal the figure it converts.

    "333 km (207 dặm)", "2 ha (20.000 m²)", "30°C (86°F)". Each figure stands for the interval
    of its last significant digit (an integer's trailing zeros are not significant: "1,300 meters"
    is 1,250–1,350); a hedged conversion ("about 581 feet (177 m)") is widened by 5%. A bare km
    after square miles is read as km². Vietnamese mẫu and sào are taken in their Bắc Bộ sizes
    (3 600 m² and 360 m²). pint is loaded only for documents that have a conversion.

    Okay: Đường biên giới dài 333 km (207 dặm).
    U001: Đường biên giới dài 333 km (270 dặm).
    Okay: Diện tích 2 ha (20.000 m²) và sản lượng 1,2 tấn (1.200 kg).
    U001: Nhiệt độ lên tới 30°C (96°F).
    Okay: The span is 177 meters (581 ft) long.
    U001: The bridge is 4,250 feet (1,503 meters) long.
    """
    for claim in ctx.claims_of("unit"):
        src, stated = claim.operand("value"), claim.stated
        # the unit was read from the text, so the written number counts: "177 m" is metres, not a scale
        value, written = src.value / src.scale, stated.value / stated.scale
        res = precision(src)
        ends = [convert(v, claim.get("from_unit"), claim.get("to_unit")) for v in (value - res / 2, value + res / 2)]
        if any(e is None for e in ends):
            continue
        lo, hi = min(ends), max(ends)
        if claim.get("hedged"):
            lo, hi = lo - abs(lo) * Decimal("0.05"), hi + abs(hi) * Decimal("0.05")
        s_res = precision(stated)
        if written + s_res / 2 >= lo and written - s_res / 2 <= hi:
            continue
        target = convert(value, claim.get("from_unit"), claim.get("to_unit"))
        computed = ctx.fmt(target, max(stated.decimals, 1 if abs(target) < 100 else 0))
        raw = stated.raw.strip()
        yield ctx.report(
            stated.span, ctx._("stated {stated}, {source} converts to {computed}", stated=raw, source=src.raw.strip(), computed=computed),
            notes=(Note(src.span, ctx._("converted figure")),), stated=raw, computed=computed,
            arithmetic=f"{src.raw.strip()} {claim.get('from_unit')} = {computed} {claim.get('to_unit')} ≠ {raw}",
        )

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Iterator

from linter.core.model import Diagnostic, Document, Note, Severity
from linter.figures.changemath import corners, matches
from linter.judge.registry import Context, rule


@rule("P003", "rate-per-base", severity=Severity.WARNING, claims=("rate",), source="prose")
def rate_per_base(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A rate per 100 or per 1,000 of another group must equal the ratio of the two groups' counts.

    "125 nam/100 nữ" is the count of the first group over the count of the second, times 100;
    checked only when the same paragraph counts each group once ("9.513 trẻ nam, 7.590 trẻ nữ").
    A rate per thousand named by what it counts ("tỷ suất sinh thô 15,2‰", "a birth rate of 15.5 per
    thousand") is the births (or deaths) over the population, each named once near it. A rate in
    parentheses, of a part, or naming another year ("năm 2008 là 128 nam/100 nữ") is left alone, and
    so is a rate whose groups the text counts more than once or not at all.

    Okay: Số trẻ sinh ra gồm 9.513 trẻ nam, 7.590 trẻ nữ. Tỷ số giới tính khi sinh là 125 nam/100 nữ.
    P003: Số trẻ sinh ra gồm 9.513 trẻ nam, 7.590 trẻ nữ. Tỷ số giới tính khi sinh là 125 nữ/100 nam.
    Okay: The clinic delivered 1,061 boys and 1,010 girls, or 105 boys per 100 girls.
    P003: The clinic delivered 1,061 boys and 1,010 girls, or 115 boys per 100 girls.
    Okay: Số trẻ sinh ra gồm 9.513 trẻ nam, 7.590 trẻ nữ (năm trước là 118 nam/100 nữ).
    Okay: Dân số có 50.120 nam, 49.880 nữ. Tỷ số giới tính khi sinh là 112 nam/100 nữ.
    Okay: Dân số trung bình là 1.250.000 người; số trẻ sinh ra là 19.000 trẻ, tỷ suất sinh thô đạt 15,2‰.
    P003: Dân số trung bình là 1.250.000 người; số trẻ sinh ra là 19.000 trẻ, tỷ suất sinh thô đạt 12,5‰.
    """
    for claim in ctx.claims_of("rate"):
        part, whole, base = claim.operand("part"), claim.operand("whole"), claim.get("base")
        if part is None or whole is None or not isinstance(base, Decimal):
            continue
        interval = corners(lambda p, w: p * base / w if w > 0 else None, part, whole)
        rounded = replace(claim.stated, resolution=Decimal(1).scaleb(-claim.stated.decimals))  # "125" is a rounded rate, not a count
        if matches(rounded, interval):
            continue
        value = part.value * base / whole.value
        d = max(claim.stated.decimals, 1)
        stated, computed = claim.stated.raw.strip(), ctx.fmt(value, d)
        base_text = ctx.fmt(base, 0)
        yield ctx.report(
            claim.stated.span,
            ctx._("stated {stated} per {base}, computed {computed} from the counts", stated=stated, base=base_text, computed=computed),
            notes=(Note(part.span, ctx._("part")), Note(whole.span, ctx._("whole"))), stated=stated, computed=computed,
            arithmetic=f"{part.raw.strip()} / {whole.raw.strip()} × {base_text} = {computed} ≠ {stated}", claim=claim,
        )

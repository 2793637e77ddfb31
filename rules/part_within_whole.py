from __future__ import annotations

from typing import Iterable, Iterator

from linter.figures.arith import whole_ceiling
from linter.judge.verdicts import common_scale, decimals_at
from linter.core.model import Claim, Diagnostic, Document, Note, Span
from linter.judge.registry import Context, rule


@rule("S002", "part-within-whole", claims=("part_le_whole",))
def part_within_whole(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A part (trong đó, of which, among them) must not exceed the whole it is part of.

    The part and the whole must count the same thing (the same noun, or both people); a figure
    introduced by "với" or "/" describes an item and is not a part of the total, nor is a share
    written without its '%' ("chiếm 86,66") or a goal ("phấn đấu vận động ít nhất 20.000 suất").
    A count written over its whole ("9.402/9.761 học sinh", "916 of 988 precincts") is one too.

    Safe fix: none; the likely typo is named when one single-digit edit explains it.

    Okay: Toàn Đảng bộ có 46.706 đảng viên, trong đó có 43.137 đảng viên là người dân tộc thiểu số.
    S002: Toàn Đảng bộ có 46.706 đảng viên, trong đó có 443.137 đảng viên là người dân tộc thiểu số.
    Okay: Toàn tỉnh có 9.402/9.761 học sinh đỗ tốt nghiệp.
    S002: Toàn tỉnh có 19.402/9.761 học sinh đỗ tốt nghiệp.
    Okay: Of the $109.1 million in the fund, $58.6 million will go to public safety.
    S002: Of the $109.1 million in the fund, $158.6 million will go to public safety.
    """
    for claim in _beyond_every_whole(ctx.claims_of("part_le_whole")):
        part, whole = claim.operand("part"), claim.operand("whole")
        unit = common_scale(part, whole)  # "1.302.000 > 1.200.000", not "1.302.000 > 1,2"
        stated = ctx.fmt(part.value / unit, decimals_at(part, unit))
        whole_text = ctx.fmt(whole.value / unit, decimals_at(whole, unit))
        yield ctx.report(
            part.span,
            ctx._("the part {stated} exceeds its whole {whole}", stated=stated, whole=whole_text),
            notes=(Note(whole.span, ctx._("whole")),),
            stated=stated, arithmetic=f"{stated} > {whole_text}", claim=claim,
        )


def _beyond_every_whole(claims: Iterable[Claim]) -> Iterator[Claim]:
    """One claim per part that exceeds its whole. A part written over its whole ("14/13 xã") is
    judged against that whole; a part a list linked to several wholes is explained by any of them
    that holds it, and else judged against the largest."""
    by_part: dict[Span, list[Claim]] = {}
    for claim in claims:
        by_part.setdefault(claim.operand("part").span, []).append(claim)
    for group in by_part.values():
        ceilings = [(whole_ceiling(c.operand("whole")), c) for c in group]
        beyond = [(hi, c) for hi, c in ceilings if hi is not None and c.operand("part").low > hi]
        written = [c for _, c in beyond if c.evidence == "over"]
        if written:
            yield written[0]
        elif beyond and len(beyond) == len(ceilings):
            yield max(beyond, key=lambda pair: pair[0])[1]

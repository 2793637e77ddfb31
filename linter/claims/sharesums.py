"""Parts told with their shares: "đã giải quyết 51.780 hồ sơ, đúng hạn 51.072 hồ sơ, đạt 98,63%;
quá hạn 708 hồ sơ, chiếm 1,37%" — the shares add up to 100%, so the parts add up to the whole.

Shares of one whole that add up to 100% (within n × half a unit of their last digits) promise a
complete breakdown even where no opener (gồm, trong đó, consisting of) says so, and the exact
counts then have to add up too: 51.072 + 708 must be 51.780, which a slip in the whole's last digit
(51.783) breaks while both shares still round the same. Linked only when:

- the shares stand in one sentence and the share linker tied each to the same whole, whose
  reading gives the share; a sentence with a share that fits no whole, or one read another way
  (a fraction, a partition), closes nothing (the misfit is P001's finding);
- every part counts what the whole counts (the same noun, or people) and comes after it;
- no breakdown of that whole was linked already (a list after gồm or trong đó is judged as such).
"""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from linter.figures.arith import percent_verdict
from linter.claims.analysis import Analysis
from linter.core.model import Claim, Operand, Quantity, Span
from linter.claims.analysis import compatible

TIGHT = Decimal("0.000001")


def extract(an: Analysis) -> Iterator[Claim]:
    groups: dict[tuple[int, Span], list[tuple[Quantity, Quantity, Quantity]]] = {}
    summed: set[Span] = set()
    unsure: set[int] = set()  # sentences with a share that does not fit: their shares close nothing
    for c in an.claims:
        if c.kind == "sum":
            summed.add(c.stated.span)
        if c.kind != "percent":
            continue
        sent = an.seg.sentence(c.stated.span.start)
        verdict, ops = percent_verdict(c)
        if verdict != "ok" or c.evidence not in ("explicit", "structural", "nearby"):
            unsure.add(sent)
            continue
        part, whole = ops[0].quantity, ops[1].quantity
        groups.setdefault((sent, whole.span), []).append((c.stated, part, whole))
    for (sent, span), found in groups.items():
        whole = found[0][2]
        parts = {p.span: p for _, p, _ in found}
        if sent in unsure or span in summed or len(found) < 2 or len(parts) != len(found):
            continue
        if any(p.span.start < whole.span.end or not compatible(p.unit or whole.unit, whole.unit, an.lex.person_nouns) for p in parts.values()):
            continue
        total = sum((s.value for s, _, _ in found), Decimal(0))
        if abs(total - 100) > sum((s.resolution for s, _, _ in found), Decimal(0)) / 2 + TIGHT:
            continue
        ordered = sorted(parts.values(), key=lambda q: q.span.start)
        ops = (Operand("total", whole),) + tuple(Operand("part", p) for p in ordered)
        yield Claim("sum", whole, ops, "shares-100", span=whole.span.cover(ordered[-1].span))

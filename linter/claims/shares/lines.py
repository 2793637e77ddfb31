"""Shares told one item a line: an election's results, a list of parts each with its share.

    ANNA SMITH (D) 4,210 votes (61%)
    BOB JONES (R) 2,530 votes (37%)
    CARL LEE (L) 140 votes (2%)

No whole is written: it is the sum of the parts when the list is complete, and the text does not
say whether it is. The sum is taken for the whole of one share only when it agrees with every
other share of the list (it lies among the wholes each of them implies), so a partial list (the
top three parties of five) links nothing, and a share whose figure slipped stands out against the
agreement of the others. Items repeated by a scraped layout count once.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim, Operand, Quantity, Span

MAX_LINE = 160  # a paragraph longer than this is prose, not an item line


def _runs(an: Analysis, pairs: list[tuple[Fig, Fig]]) -> list[list[tuple[Fig, Fig]]]:
    """Shares of short consecutive paragraphs, one run per list."""
    runs: list[list[tuple[Fig, Fig]]] = []
    for f, part in sorted(pairs, key=lambda t: t[0].i):
        para = an.seg.paragraphs[f.para]
        if para.end - para.start > MAX_LINE or part.para != f.para:
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and f.para - last[0].para <= 1 and last[1].unit == part.unit:
            runs[-1].append((f, part))
        else:
            runs.append([(f, part)])
    return runs


def _distinct(run: list[tuple[Fig, Fig]]) -> list[tuple[Fig, Fig]]:
    seen: set[tuple[Decimal, Decimal]] = set()
    out = []
    for f, part in run:
        key = (part.q.value, f.q.value)
        if key not in seen:
            seen.add(key)
            out.append((f, part))
    return out


def _agrees(whole: Quantity, others: list[tuple[Fig, Fig]]) -> bool:
    """Whether the whole lies among the wholes every other share implies, each share rounded as
    written (a truncated share is no agreement: a partial list's shares all read as truncated)."""
    for f, part in others:
        s_lo, s_hi = f.q.value - f.q.resolution / 2, f.q.value + f.q.resolution / 2
        if s_lo <= 0:
            continue  # "(0%)", "(1%)" of a 0-decimal list imply almost any whole
        lo, hi = part.q.low * 100 / s_hi, (part.q.high or part.q.value) * 100 / s_lo
        if whole.value + whole.resolution / 2 < lo or whole.value - whole.resolution / 2 > hi:
            return False
    return True


def extract(an: Analysis, pairs: list[tuple[Fig, Fig]]) -> Iterator[Claim]:
    claimed = {c.stated.span for c in an.claims if c.kind == "percent"}
    for run in _runs(an, [(f, p) for f, p in pairs if f.q.span not in claimed]):
        items = _distinct(run)
        if len(items) < 2 or len({f.para for f, _ in items}) < 2:
            continue  # shares of one paragraph are siblings of a sentence, judged as such
        parts = [p.q for _, p in items]
        whole = Quantity(
            span=Span(parts[0].span.start, parts[-1].span.end), raw=" + ".join(p.raw for p in parts),
            value=sum((p.value for p in parts), Decimal(0)), resolution=sum((p.resolution for p in parts), Decimal(0)),
        )
        for k, (f, part) in enumerate(items):
            if _agrees(whole, items[:k] + items[k + 1:]):
                yield Claim("percent", f.q, (Operand("part", part.q), Operand("whole", whole)), "partition",
                            span=part.q.span.cover(f.q.span), extra=(("strength", "likely"), ("whole_parts", tuple(parts))))

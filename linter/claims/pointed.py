"""A change stated by a sentence whose subject is the figure told just before it.

"The district counts 2,244 pupils this year. This is a 2% increase from 2,200 pupils
a year ago." The new value is the one figure of the sentence before, or of two the one counting what
the base counts; the base is the first count after the change's
percentage behind "from", "over", "compared with", "so với" … Where the sentence before holds two
such counts, which one is meant is not known and nothing is claimed. The direction is left to the
words: the percentage is compared by its size.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.claims.analysis import Analysis, Fig, compatible
from linter.core.model import Claim, Operand, Span
from linter.figures.context import MEASURE_WORDS
from linter.lang.lexicon import alternation

BASE_REACH = 60  # characters from the percentage to its base


def extract(an: Analysis) -> Iterator[Claim]:
    lex = an.lex
    if not lex.change_subjects or not lex.base_before:
        return
    subject = re.compile(r"(?:" + alternation(lex.change_subjects) + r")\s", re.I)
    base_rx = lex.rx("base_before")
    for k in range(1, len(an.seg.sentences)):
        sent = an.seg.sentences[k]
        lead = len(an.lower[sent.start:sent.end]) - len(an.lower[sent.start:sent.end].lstrip(" -–•*"))
        if not subject.match(an.lower, sent.start + lead):
            continue
        pct = next((f for f in an.figs_in(sent) if f.q.percent), None)
        if pct is None or not (pct.delta or lex.rx("change_after").match(an.lower, pct.q.span.end + 1)):
            continue
        said = base_rx.search(an.lower, pct.q.span.end, min(sent.end, pct.q.span.end + BASE_REACH))
        if said is None or any(f.q.percent for f in an.figs_in(Span(pct.q.span.end, said.start()))):
            continue  # "a 5% increase over April, and 12% from May 2023 …": the base word is another change's
        # after "from" a figure is the base even where the change word before reads it as an amount
        base = next((f for f in an.figs_in(Span(said.end(), min(sent.end, said.end() + 40))) if _level(f, base=True)), None)
        if base is None or re.search(r"[,;]", an.text[said.end():base.q.span.start]):
            continue  # "from 2023, when costs were $150 million": a figure of the clause after, not the base
        before = [f for f in an.figs_in(an.seg.sentences[k - 1]) if _level(f)]
        alike = [f for f in before if f.q.currency == base.q.currency and (len(before) == 1 or f.unit is None or compatible(f.unit, base.unit, lex.person_nouns))]
        if len(alike) == 1 and len(before) <= 2:  # the one figure told before ("1,396 undergraduates … from 1,369 students")
            new = alike[0]
            yield Claim("change_pct", pct.q, (Operand("from", base.q), Operand("to", new.q)), "pointed", span=new.q.span.cover(base.q.span),
                        extra=(("sign", 0), ("signed", False)))


def _level(f: Fig, base: bool = False) -> bool:
    """A level a change is from or to: a count or sum, not a share, a change, a label or a time."""
    if f.q.percent or (f.delta and not base) or f.label or f.q.year_like or f.conversion:
        return False
    return (f.unit or "") not in MEASURE_WORDS

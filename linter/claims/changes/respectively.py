"""Percent changes listed after the pairs they are of, one for each in order: '…, respectively'.

"New sales fell from 3,240 to 2,916 and older sales from 1,500 to 1,200, drops of 10 percent and
20 percent, respectively." The k-th percentage is the change of the k-th pair of its sentence. The
link is made only when the percentages are a list of their own (figures joined by commas or "and"),
named as changes, closed by "respectively", and the sentence holds exactly as many pairs before them.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.claims.changes.grammar import Pair, _claim, _w
from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim

RESPECTIVELY = lazyre.compile(lambda: r"\s*,?\s*(?:" + _w("respectively") + r")\b", re.I)  # "tương ứng" also means "equal to": left out
JOIN = lazyre.compile(lambda: r"\s*(?:,\s*(?:(?:" + _w("and_words") + r")\s+)?|(?:" + _w("and_words") + r")\s+)", re.I)
# what may stand between the last pair and the list: its noun ('1,800 million,'), then the list named as changes
NAMED_CHANGES = lazyre.compile(lambda:
    r"(?:(?:\s*[^\W\d_]+){0,2}\s*[,;])?\s*(?:(?:" + _w("which_that") + r")\s+(?:" + _w("list_copulas") + r")\s+|(?:" + _w("or_bare") + r")\s+)?"
    r"(?:(?:" + _w("list_change_nouns") + r")\s+(?:" + _w("of_bare") + r")|" + _w("then_change") + r")\s*",
    re.I,
)


def claims(an: Analysis, found: list[Pair], linked: set[int]) -> Iterator[Claim]:
    """One percent-change claim per listed percentage, on the pair of the same rank."""
    for run in _runs(an):
        if any(f.i in linked for f in run):
            continue
        pairs = sorted((p for p in found if p.sent == run[0].sent and _from_to(p) and max(p.figs) < run[0].i), key=lambda p: min(p.figs))
        if len(pairs) != len(run) or _overlap(pairs) or not _named_as_change(an, pairs[-1], run[0]):
            continue
        for f, p in zip(run, pairs):
            linked.add(f.i)
            yield _claim("pct", f, p)


def _runs(an: Analysis) -> Iterator[list[Fig]]:
    """Lists of two or more percentages, joined by commas or 'and', that 'respectively' closes."""
    run: list[Fig] = []
    for f in an.figs:
        joined = run and run[-1].sent == f.sent and JOIN.fullmatch(an.text[run[-1].q.span.end:f.q.span.start])
        run = (run + [f] if joined else [f]) if f.q.percent and not f.label else []
        if len(run) >= 2 and RESPECTIVELY.match(an.text[f.q.span.end:f.q.span.end + 20]):
            yield run
            run = []


def _from_to(p: Pair) -> bool:
    """A pair written earlier value first ('from 3,240 to 2,916'): a later value read with the base
    of the next clause ('2,916 and … from 1,500') is written the other way round. Not of two rates:
    their change may be meant in points."""
    return p.old is not None and not p.old.percent and p.old.span.start < p.new.span.start  # a rate's change may be in points


def _overlap(pairs: list[Pair]) -> bool:
    """Pairs sharing a figure are two readings of one change, not two changes."""
    seen = [i for p in pairs for i in p.figs]
    return len(seen) != len(set(seen))


def _named_as_change(an: Analysis, last: Pair, first: Fig) -> bool:
    """Only words naming the percentages as changes between the last pair and the list ('drops of',
    ', up'): 'while prices rose 10 percent and 25 percent, respectively' are changes of another thing."""
    return bool(NAMED_CHANGES.fullmatch(an.text[an.figs[max(last.figs)].q.span.end:first.q.span.start]))

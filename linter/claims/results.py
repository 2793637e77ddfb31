"""What an action found, told in the sentence after the one reporting the action.

"UBKT các cấp đã kiểm tra 320 tổ chức đảng và 1.150 đảng viên. Qua kiểm tra, kết luận có 85 tổ chức
đảng và 240 đảng viên vi phạm; phải thi hành kỷ luật 12 tổ chức đảng và 96 đảng viên." A sentence
opening with a result word ("Qua") and the action the sentence before reported ("kiểm tra") tells
what that action found: each of its counts is among those the action was done to, counting the same
noun. The wholes are the counts after the action's last mention in the sentence before, up to the end
of its clause chain, one per noun (two counts of one noun: which one is meant is not known). A count
the result sentence gives for another time, cumulatively or as a whole of its own ("trên tổng số …"),
and the counts after the action is named again ("…, đồng thời kiểm tra thêm …") are not its parts.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim, Operand, Span
from linter.figures.context import MEASURE_WORDS
from linter.lang.lexicon import alternation

ACTION_WORDS = 5  # the longest action named after the result word: "Qua kiểm tra, giám sát", "Qua rà soát"
LEAD_REACH = 40  # characters of a part's clause before it searched for another time or a whole of its own


def extract(an: Analysis) -> Iterator[Claim]:
    openers = an.lex.lists.result_openers
    if not openers:
        return
    opener = re.compile(r"(?:" + alternation(openers) + r")\s+([^\W\d][^,;:.\d]{1,60}?)\s*,", re.I)
    for k in range(1, len(an.seg.sentences)):
        sent, before = an.seg.sentences[k], an.seg.sentences[k - 1]
        lead = len(an.lower[sent.start:sent.end]) - len(an.lower[sent.start:sent.end].lstrip(" -–•*"))
        m = opener.match(an.lower, sent.start + lead)
        if m is None or len(m.group(1).split()) > ACTION_WORDS:
            continue
        wholes = _wholes(an, before, m.group(1))
        if not wholes:
            continue
        again = _mention(an.lower, m.group(1), m.end(), sent.end)
        stop = again.start() if again else sent.end
        for part in an.figs_in(Span(m.end(), stop)):
            whole = wholes.get(part.unit or "")
            if whole is not None and _counts(part) and not _elsewhere(an, part):
                yield Claim("part_le_whole", part.q, (Operand("part", part.q), Operand("whole", whole.q)), "result", span=whole.q.span.cover(part.q.span))


def _mention(low: str, action: str, start: int, end: int) -> re.Match[str] | None:
    rx = r"(?<!\w)" + r"\s+".join(map(re.escape, action.split())) + r"(?!\w)"
    return re.compile(rx).search(low, start, end)


def _wholes(an: Analysis, sent: Span, action: str) -> dict[str, Fig]:
    """The counts, by noun, the sentence before gives after naming the action ("Ủy ban Kiểm tra", a
    name, does not), up to the end of the last mention's clause chain: one per noun, else none for it."""
    if action.split()[0] in an.lex.function_words:
        return {}  # "Qua đó, …", "Qua các năm, …": no action named
    mentions = []
    pos = sent.start
    while (m := _mention(an.lower, action, pos, sent.end)) is not None:
        if not an.text[m.start()].isupper():
            mentions.append(m)
        pos = m.end()
    if not mentions:
        return {}
    semi = an.text.find(";", mentions[-1].end(), sent.end)
    by_noun: dict[str, list[Fig]] = {}
    for f in an.figs_in(Span(mentions[0].end(), semi if semi >= 0 else sent.end)):
        if _counts(f) and f.paren is None:
            by_noun.setdefault(f.unit, []).append(f)
    return {noun: found[0] for noun, found in by_noun.items() if len(found) == 1}


def _counts(f: Fig) -> bool:
    """A count of a named noun: not a share, a change, a label, a year, a time, an amount of money or a description."""
    if not f.count or f.attr or f.q.year_like or f.q.currency or f.unit is None:
        return False
    return f.unit not in MEASURE_WORDS


def _elsewhere(an: Analysis, part: Fig) -> bool:
    """A count of the result sentence told for another time, cumulatively, for a larger place ("toàn tỉnh") or as a whole of its own."""
    clause = an.seg.clauses[part.clause]
    lead = an.lower[max(clause.start, part.q.span.start - LEAD_REACH):part.q.span.start]
    lists = an.lex.lists
    words = an.lex.other_time + an.lex.total_words + lists.trailing_totals + lists.leading_wholes + lists.larger_wholes + an.lex.shares.out_of
    return part.paren is not None or an.has_word(lead, words)

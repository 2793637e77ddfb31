"""What an examination found, told in the sentence opening "Qua <the examination>,".

"UBKT các cấp đã kiểm tra 320 tổ chức đảng và 1.150 đảng viên. Qua kiểm tra, kết luận có 85 tổ chức
đảng và 240 đảng viên vi phạm; phải thi hành kỷ luật 12 tổ chức đảng và 96 đảng viên." A sentence
opening with a result word ("Qua") and the examination the sentence before reported ("kiểm tra", "rà
soát"; it may name it with more words: "Qua đợt kiểm tra") tells what that examination found, and so
does one naming what it examined itself ("Qua kiểm tra 64 cơ sở, phát hiện 9 cơ sở vi phạm"): each
of its counts is among those examined, counting the same noun. The wholes are the counts after the
examination's mention in the sentence before, up to the end of the last mention's clause chain, or
those of the "Qua" phrase, one per noun (two counts of one noun: which one is meant is not known). A
count the result sentence gives for another time, cumulatively, for a larger place or as a whole of
its own ("trên tổng số …"), and the counts after the examination is named again ("…, đồng thời kiểm
tra thêm …") are not its parts. Another action's result may reach further ("Qua thí điểm tại 12 xã,
mô hình được nhân rộng ra 35 xã") and is left alone. In the examination's own sentence, the counts
after a finding word ("kiểm tra 280 cơ sở, phát hiện 37 cơ sở vi phạm, xử phạt 30 cơ sở") are what
it found, up to the end of that clause chain. Likewise those a sentence says came through a contest
("có 74 thí sinh dự thi, 52 em đạt giải", "7 người ứng cử, 4 người trúng cử") are among the nearest
count it said before to have entered it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from linter.core import lazyre
from linter.claims.analysis import Analysis, Fig, compatible, word_pattern
from linter.core.model import Claim, Operand, Span
from linter.figures.context import MEASURE_WORDS
from linter.lang.lexicon import alternation
from linter.lang.packs import lexicon

ACTION_WORDS = 5  # the longest action named after the result word: "Qua kiểm tra, giám sát", "Qua rà soát"
LEAD_REACH = 40  # characters of a part's clause before it searched for another time or a whole of its own


@lru_cache(maxsize=8)
def _opener_rx(lang: str) -> re.Pattern[str]:
    """'Qua kiểm tra,', 'Kết quả kiểm tra cho thấy': a result word, the action it names, its closing word or comma."""
    lists = lexicon(lang).lists
    close = r"(?:\s*,|\s+(?:" + alternation(lists.result_closers) + r")(?!\w))" if lists.result_closers else r"\s*,"
    return lazyre.eager(r"(?:" + alternation(lists.result_openers) + r")\s+([^\W\d](?:[^,;:.]|(?<=\d)[.,](?=\d)){1,80}?)" + close, re.I)


def extract(an: Analysis) -> Iterator[Claim]:
    if not an.lex.lists.result_openers:
        return
    opener = _opener_rx(an.lex.lang)
    for k in range(len(an.seg.sentences)):
        sent = an.seg.sentences[k]
        lead = len(an.lower[sent.start:sent.end]) - len(an.lower[sent.start:sent.end].lstrip(" -–•*"))
        m = opener.match(an.lower, sent.start + lead)
        if m is None or not an.has_word(m.group(1), an.lex.lists.result_actions):
            continue  # "Qua thí điểm tại 12 xã, …": only an examination's findings are among what it examined
        if an.figs_in(Span(m.start(1), m.end(1))):  # "Qua kiểm tra 64 cơ sở, phát hiện 9 cơ sở vi phạm"
            wholes, action = _by_noun(an, Span(m.start(1), m.end(1))), None
        elif k > 0:
            action = _action(an, an.seg.sentences[k - 1], m.group(1))
            wholes = _wholes(an, an.seg.sentences[k - 1], action) if action else {}
        else:
            continue
        again = _mention(an.lower, action, m.end(), sent.end) if action else None
        stop = again.start() if again else sent.end
        for part in an.figs_in(Span(m.end(), stop)):
            whole = wholes.get(part.unit or "")
            if whole is not None and _counts(part) and not _elsewhere(an, part):
                yield Claim("part_le_whole", part.q, (Operand("part", part.q), Operand("whole", whole.q)), "result", span=whole.q.span.cover(part.q.span))
    yield from _found_in_sentence(an)
    yield from _outcomes(an)


OUTCOME_REACH = 24  # characters after a count's noun, up to a mark or a figure, that may say it entered or came through


def _outcomes(an: Analysis) -> Iterator[Claim]:
    """'Tỉnh có 86 thí sinh dự thi, 61 em đạt giải': a count said to have come through a contest is
    among the nearest count its sentence said before to have entered it, counting people alike."""
    lists = an.lex.lists
    if not lists.entrant_words or not lists.outcome_words:
        return
    entered, came = word_pattern(lists.entrant_words), word_pattern(lists.outcome_words)
    for sent in an.seg.sentences:
        entrants: list[Fig] = []
        for f in an.figs_in(sent):
            if not _counts(f):
                continue
            after = re.split(r"[,;:.()\d]", an.lower[f.q.span.end:f.q.end + OUTCOME_REACH])[0]
            if entered.search(after):
                entrants.append(f)
            elif came.search(after) and entrants and not _elsewhere(an, f):
                whole = entrants[-1]
                if compatible(f.unit, whole.unit, an.lex.person_nouns) and f.unit not in MEASURE_WORDS:
                    yield Claim("part_le_whole", f.q, (Operand("part", f.q), Operand("whole", whole.q)), "outcome", span=whole.q.span.cover(f.q.span))


def _found_in_sentence(an: Analysis) -> Iterator[Claim]:
    """'Đoàn kiểm tra 45 cơ sở, phát hiện 12 cơ sở vi phạm; xử phạt 10 cơ sở': what the examination's
    own sentence says it found, up to the end of the finding's clause chain or the next examination."""
    lists = an.lex.lists
    if not lists.finding_verbs or not lists.result_actions:
        return
    actions, finding = word_pattern(lists.result_actions), word_pattern(lists.finding_verbs)
    for sent in an.seg.sentences:
        done = [m for m in actions.finditer(an.lower, sent.start, sent.end) if not an.text[m.start()].isupper() and not _body(an, m.start())]
        for act, nxt in zip(done, done[1:] + [None]):
            end = nxt.start() if nxt else sent.end
            found = finding.search(an.lower, act.end(), end)
            if found is None:
                continue
            semi = an.text.find(";", act.end(), found.start())
            wholes = _by_noun(an, Span(act.end(), semi if semi >= 0 else found.start()))
            semi = an.text.find(";", found.end(), end)
            for part in an.figs_in(Span(found.end(), semi if semi >= 0 else end)):
                whole = wholes.get(part.unit or "")
                if whole is not None and _counts(part) and not _elsewhere(an, part):
                    yield Claim("part_le_whole", part.q, (Operand("part", part.q), Operand("whole", whole.q)), "found", span=whole.q.span.cover(part.q.span))


def _body(an: Analysis, start: int) -> bool:
    """Whether the examination at `start` names a body ("ủy ban kiểm tra", "đoàn thanh tra")."""
    before = " " + " ".join(an.lower[max(0, start - 16):start].split())
    return any(before.endswith(" " + w) for w in an.lex.lists.body_nouns)


def _action(an: Analysis, before: Span, named: str) -> str | None:
    """The action the result sentence names that the sentence before reported: its words, or their last
    ones ("Qua đợt kiểm tra" after "đã kiểm tra"), two at least; None when a function word opens it ("Qua đó")."""
    words = named.split()
    if len(words) > ACTION_WORDS or words[0] in an.lex.function_words:
        return None
    for k in range(len(words) - 1):
        action = " ".join(words[k:])
        if any(not an.text[m.start()].isupper() for m in _mentions(an.lower, action, before)):
            return action
    return None


def _mention(low: str, action: str, start: int, end: int) -> re.Match[str] | None:
    return _action_rx(action).search(low, start, end)


@lru_cache(maxsize=64)
def _action_rx(action: str) -> re.Pattern[str]:
    """The action's words, whole, with any spaces between them."""
    return lazyre.eager(r"(?<!\w)" + r"\s+".join(map(re.escape, action.split())) + r"(?!\w)")


def _mentions(low: str, action: str, sent: Span) -> Iterator[re.Match[str]]:
    pos = sent.start
    while (m := _mention(low, action, pos, sent.end)) is not None:
        yield m
        pos = m.end()


def _wholes(an: Analysis, sent: Span, action: str) -> dict[str, Fig]:
    """The counts, by noun, the sentence before gives after naming the action ("Ủy ban Kiểm tra", a
    name, does not), up to the end of the last mention's clause chain: one per noun, else none for it."""
    mentions = [m for m in _mentions(an.lower, action, sent) if not an.text[m.start()].isupper() and not _body(an, m.start())]
    if not mentions:
        return {}
    semi = an.text.find(";", mentions[-1].end(), sent.end)
    return _by_noun(an, Span(mentions[0].end(), semi if semi >= 0 else sent.end))


def _by_noun(an: Analysis, span: Span) -> dict[str, Fig]:
    """The counts of a span by the noun they count, for each noun counted once."""
    by_noun: dict[str, list[Fig]] = {}
    for f in an.figs_in(span):
        if _counts(f) and f.paren is None:
            by_noun.setdefault(f.unit, []).append(f)
    return {noun: found[0] for noun, found in by_noun.items() if len(found) == 1}


def _counts(f: Fig) -> bool:
    """A count of a named noun: not a share, a change, a label, a year, a time, an amount of money or a description."""
    if not f.count or f.attr or f.q.year_like or f.q.currency or f.unit is None:
        return False
    return f.unit not in MEASURE_WORDS


def _elsewhere(an: Analysis, part: Fig) -> bool:
    """A count of the result sentence told for another time, cumulatively, for a larger place ("toàn tỉnh"),
    as a whole of its own or of others than those examined ("70 cơ sở khác")."""
    clause = an.seg.clauses[part.clause]
    lead = an.lower[max(clause.start, part.q.span.start - LEAD_REACH):part.q.span.start]
    lists = an.lex.lists
    words = an.lex.other_time + an.lex.total_words + lists.trailing_totals + lists.leading_wholes + lists.larger_wholes + an.lex.shares.out_of
    named = " ".join(re.split(r"[,;:.()\d]", an.lower[part.q.span.end:part.q.end + LEAD_REACH])[0].split())
    return part.paren is not None or an.has_word(lead, words) or an.has_word(named, lists.beyond_words)

"""An amount added told with the total it brings is within that total.

"Trong năm kết nạp 58 đảng viên, nâng tổng số đảng viên của Đảng bộ xã lên 1.126 đảng viên";
"Sản lượng tháng 6 ước đạt 450.000 tấn, …, đưa tổng sản lượng 6 tháng đầu năm đạt 2,1 triệu tấn";
"The district hired 120 teachers, bringing its total to 1,450"; "repaid an additional $9 million in
March and has repaid a total of $31 million since January". The amount added is the last count
before the words that raise the total (a change "tăng thêm 300 hộ" too, but no share), the total the
first count after them, in the same sentence, counting the same thing. A total brought down
("đưa tổng số hộ nghèo xuống còn 1.200 hộ", "down to 80") may be smaller than what was taken: left alone.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.claims.analysis import Analysis, Fig, compatible
from linter.core.model import Claim, Operand, Span
from linter.figures.context import MEASURE_WORDS
from linter.lang.lexicon import Lexicon, alternation

REACH = 160  # characters between the amount added and the words raising the total, and after them to the total


def extract(an: Analysis) -> Iterator[Claim]:
    lex = an.lex
    if not lex.raises_total:
        return
    for m in lex.rx("raises_total").finditer(an.lower):
        pair = _pair(an, m.start(), m.end())
        if pair is not None:
            yield _claim(*pair, "raises total")
    if lex.added_before:
        yield from _added_then_total(an, lex)
    if lex.so_totals and lex.add_verbs:
        yield from _so_total(an, lex)


def _pair(an: Analysis, start: int, end: int) -> tuple[Fig, Fig] | None:
    """(amount added, total) around the words raising the total at [start, end)."""
    sent = an.seg.sentences[an.seg.sentence(start)]
    before = [f for f in an.figs_in(Span(max(sent.start, start - REACH), start)) if _amount(f)]
    after = [f for f in an.figs_in(Span(end, min(sent.end, end + REACH))) if _amount(f)]
    if not before or not after:
        return None
    before = [f for f in before if not (f.delta and an.has_word(an.lower[f.q.span.end:start], an.lex.other_time))]
    if not before:
        return None  # "…, tăng 12.308 so với năm trước, nâng tổng số …": a change on last year, not what was added
    added, total = before[-1], after[0]
    lead = an.lower[max(sent.start, added.q.span.start - 40):added.q.span.start]
    if an.has_word(an.lower[end:total.q.span.start] + " " + lead, an.lex.lowers_total) or an.text.find(";", added.q.span.end, start) >= 0:
        return None  # "… xuống còn 1.200 hộ", "cut 3,000 jobs, bringing …": brought down; "…; nâng …": another clause's
    if an.has_word(an.lower[start:total.q.span.start], an.lex.balance_words):
        return None  # "giải ngân 120 tỷ đồng, nâng tổng dư nợ lên 96 tỷ đồng": a balance, repayments off it
    if not compatible(added.unit or total.unit, total.unit, an.lex.person_nouns) or added.q.currency != total.q.currency:
        return None
    named = an.lower[start:total.q.span.start]  # "nâng tổng số lao động nữ … lên", "bringing the total number of member families to"
    if _narrowed(an, named, an.lower[sent.start:start]) or _other_noun(an, added, total, an.lower[end:total.q.span.start]):
        return None
    return added, total


def _narrowed(an: Analysis, named: str, told: str) -> bool:
    """'tuyển mới 120 lao động, nâng tổng số lao động nữ lên 95 người': the total names a group by a
    cross-cutting attribute (nữ, dân tộc thiểu số, women) the amount added does not: only some of those added are in it."""
    return any(an.has_word(named, words) and not an.has_word(told, words) for words in an.lex.attributes.values())


def _other_noun(an: Analysis, added: Fig, total: Fig, named: str) -> bool:
    """'sold 1,200 memberships, bringing the total number of member families to 950': a total without a
    noun of its own named before it with two words or more, none of them the noun of the amount added."""
    if total.q.unit is not None or not added.unit:
        return False
    words = [w for w in re.findall(r"[^\W\d]+", named) if w not in an.lex.function_words]
    own = {u + s for u in re.findall(r"\w+", added.unit.lower()) for s in ("",) + an.lex.plural_suffixes}  # "teacher", "teachers"
    return len(words) >= 2 and not own & set(words)


def _amount(f: Fig) -> bool:
    """A count or sum of money, not a share, a label, a time ("6 tháng đầu năm") or an aside."""
    if f.q.percent or f.label or f.conversion or f.q.year_like or f.paren is not None:
        return False
    return (f.unit or "") not in MEASURE_WORDS


def _added_then_total(an: Analysis, lex: Lexicon) -> Iterator[Claim]:
    """'repaid an additional $9 million … and has repaid a total of $31 million': one sentence."""
    for m in lex.rx("added_before").finditer(an.lower):
        added = next((f for f in an.figs_in(Span(m.end(), m.end() + 4)) if _amount(f)), None)
        if added is None:
            continue
        sent = an.seg.sentences[added.sent]
        t = lex.rx("total_after_added").search(an.lower, added.q.span.end, sent.end)
        total = next((f for f in an.figs_in(Span(t.end(), t.end() + 4)) if _amount(f)), None) if t else None
        if total is None or not compatible(added.unit or total.unit, total.unit, lex.person_nouns) or added.q.currency != total.q.currency:
            continue
        of_added, of_total = _named_after(an, added), _named_after(an, total)
        if of_added and of_total and not of_added & of_total:
            continue  # "an additional $75 million in federal aid … a total of $51 million in lottery revenue"
        if _another_verb(an, added, t.start(), sent.start):
            continue  # "An additional 1,400 acres burned overnight, and crews have contained a total of 900 acres"
        yield _claim(added, total, "additional")


def _another_verb(an: Analysis, added: Fig, total_at: int, sent_start: int) -> bool:
    """Whether the total is told by a clause of its own ('…, and crews have contained a total of') whose
    words are none of the clause telling the amount added ('repaid … and has repaid a total of' is one act)."""
    between = an.lower[added.q.span.end:total_at]
    cut = max([between.rfind(",")] + [m.end() for m in re.finditer(r"(?<!\w)(?:" + alternation(an.lex.changes.and_words) + r")(?!\w)", between)])
    if cut < 0:
        return False
    own = [w for w in re.findall(r"[^\W\d]+", between[cut:]) if w not in an.lex.function_words]
    told = set(re.findall(r"\w+", an.lower[sent_start:added.q.span.end + cut]))
    return bool(own) and not told & set(own)


def _named_after(an: Analysis, f: Fig) -> set[str]:
    """The words of 'in federal aid' right after an amount and its scale or noun (up to three, to a function
    word): what it is of."""
    if not an.lex.added_of:
        return set()
    m = re.match(r"(?:\s+[^\W\d]+)?\s+(?:" + alternation(an.lex.added_of) + r")\s+((?:[^\W\d]+\s*){1,3})", an.lower[f.q.span.end:f.q.span.end + 60])
    named: set[str] = set()
    for w in (m.group(1).split() if m else ()):
        if w in an.lex.function_words:
            break
        named.add(w)
    return named


SO_REACH = 2  # sentences before a "Như vậy" total in which the amounts added are told


def _so_total(an: Analysis, lex: Lexicon) -> Iterator[Claim]:
    """'Năm 2019, huyện kết nạp 250 đảng viên mới. … Như vậy đến nay, Đảng bộ huyện có 4.378 đảng viên':
    each amount added in the two sentences before is within the total the summing sentence tells."""
    opening = lex.rx("so_totals")
    for k, sent in enumerate(an.seg.sentences):
        lead = an.lower[sent.start:sent.end].lstrip(" -–•*")
        m = opening.match(lead)
        if k == 0 or m is None or an.has_word(lead, lex.lowers_total + lex.target_words + lex.other_time + lex.ratio_openers):
            continue  # "Như vậy, còn 400 hộ nghèo": what is left; "bình quân mỗi chi bộ …": a rate, not a total
        total = next((f for f in an.figs_in(sent) if _amount(f)), None)
        if total is None or any(f.label for f in an.figs_in(Span(sent.start, total.q.span.start))):
            continue  # "Đợt 1 kết nạp 86 … Như vậy, đợt 3 chỉ kết nạp 40 …": a total of one named batch, not of them all
        for j in range(max(0, k - SO_REACH), k):
            told = an.seg.sentences[j]
            if _narrower(an, total, an.lower[told.start:told.end]):
                continue  # "công nhận mới 15 xã đạt chuẩn nâng cao. Như vậy, … có 12 xã đạt chuẩn kiểu mẫu": another total
            for v in lex.rx("add_verbs").finditer(an.lower, told.start, told.end):
                added = next((f for f in an.figs_in(Span(v.end(), v.end() + 4)) if _amount(f)), None)
                if added is not None and compatible(added.unit, total.unit, lex.person_nouns) and added.q.currency == total.q.currency:
                    yield _claim(added, total, "so total")


def _narrower(an: Analysis, total: Fig, told: str) -> bool:
    """Whether the words qualifying the total after its noun ('12 xã đạt chuẩn nông thôn mới kiểu mẫu')
    name something the sentence telling the amount added does not: a total of another kind."""
    after = an.lower[total.q.span.end:an.seg.sentences[total.sent].end]
    phrase = re.split(r"[^\w\s]", after, maxsplit=1)[0]
    said = set(re.findall(r"\w+", told))
    return any(w not in said and w not in an.lex.function_words for w in re.findall(r"[^\W\d]+", phrase))


def _claim(added: Fig, total: Fig, evidence: str) -> Claim:
    return Claim("part_le_whole", added.q, (Operand("part", added.q), Operand("whole", total.q)), evidence, span=added.q.span.cover(total.q.span))

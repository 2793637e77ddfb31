"""Members of a total named by example in the sentence after it are each within it.

"Đến cuối tháng 6, tổng dư nợ là 3.120.500 triệu đồng; có 86.400 hộ còn dư nợ. Một số chương trình có
dư nợ lớn, như: cho vay hộ nghèo 842.300 triệu đồng, có 21.500 hộ dư nợ; cho vay …". "The fund paid out
$12.4 million this year. Several programs drew large payments, such as housing aid ($4.1 million) …".
A sentence opening with "một số", "nhiều", "several" … (a lead-in such as "Theo đó," may come first)
that gives examples after "như", "such as" names members of what the sentence before counted: each
count it gives is within the one count of the sentence before that counts the same thing (the same
noun, the same currency), when that sentence and the words before the examples share a term ("dư
nợ", "giải ngân"). Where the sentence before counts the same thing twice, which one is meant is not
known: nothing is claimed.

`more_members` reads a sentence opening with "Bên cạnh đó", "Ngoài ra", "In addition" that names more
members of a breakdown told just before ("Trong đó, …"), with a term of that breakdown.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.claims.analysis import LEADING_OPENER, Analysis, Fig, compatible
from linter.core.model import Claim, Operand, Span
from linter.figures.context import MEASURE_WORDS
from linter.lang.lexicon import alternation

REACH = 200  # characters from the sentence's start to the words before its examples


def extract(an: Analysis) -> Iterator[Claim]:
    lex = an.lex
    if not lex.some_openers:
        return
    opening = re.compile(r"(?:(?:" + alternation(lex.some_lead_ins) + r")\s*,?\s*)?(?:" + alternation(lex.some_openers) + r")\s", re.I)
    for k in range(1, len(an.seg.sentences)):
        sent = an.seg.sentences[k]
        lead = len(an.lower[sent.start:sent.end]) - len(an.lower[sent.start:sent.end].lstrip(" -–•*"))
        if not opening.match(an.lower, sent.start + lead):
            continue
        said = lex.rx("such_as").search(an.lower, sent.start, min(sent.end, sent.start + REACH))
        before = an.seg.sentences[k - 1]
        if said is None or an.figs_in(Span(sent.start, said.start())) or not _shares_term(an, an.lower[sent.start:said.start()], an.lower[before.start:before.end]):
            continue
        wholes = [f for f in an.figs_in(before) if _member(f)]
        for part in (f for f in an.figs_in(Span(said.end(), sent.end)) if _member(f)):
            alike = [w for w in wholes if compatible(part.unit, w.unit, lex.person_nouns) and part.q.currency == w.q.currency]
            if len(alike) == 1 and not _not_a_member(an, part, said.end()):
                w = alike[0]
                yield Claim("part_le_whole", part.q, (Operand("part", part.q), Operand("whole", w.q)), "such as", span=w.q.span.cover(part.q.span))


MORE_REACH = 3  # sentences back to the breakdown a "Bên cạnh đó, …" sentence continues


def more_members(an: Analysis) -> Iterator[Claim]:
    """'Trong đó, vốn Trung ương 820,5 triệu đồng, vốn tỉnh 2.140,0 triệu đồng. … Bên
    cạnh đó, vốn cấp xã 64,2 triệu đồng': a sentence opening with "Bên cạnh đó", "In
    addition" names more members of the breakdown told up to three sentences before it; each of its
    counts measured as those members were (the same noun, the same currency) is within that whole."""
    lex = an.lex
    if not lex.more_members:
        return
    opening = lex.rx("more_members")
    listed = [c for c in an.claims if c.kind == "part_le_whole" and c.evidence in lex.list_openers + (LEADING_OPENER,)]
    for k, sent in enumerate(an.seg.sentences):
        lead = len(an.lower[sent.start:sent.end]) - len(an.lower[sent.start:sent.end].lstrip(" -–•*"))
        if not opening.match(an.lower, sent.start + lead):
            continue
        back = an.seg.sentences[max(0, k - MORE_REACH)].start
        before = [c for c in listed if back <= c.stated.span.start < sent.start]
        if not before:
            continue
        last = before[-1]
        whole = last.operand("whole")
        listing = an.seg.sentences[an.seg.sentence(last.stated.span.start)]
        first = next(iter(an.figs_in(sent)), None)
        lead_words = an.lower[sent.start:first.q.span.start if first else sent.end]  # the words naming the first member
        if not _shares_term(an, lead_words, an.lower[listing.start:listing.end]):
            continue  # "Ngoài ra, tỉnh còn chi … sửa chữa trường học": another fact, not more members
        for f in (f for f in an.figs_in(sent) if _member(f) and not _not_a_member(an, f, sent.start)):
            if f.q.currency == last.stated.currency and f.q.unit == last.stated.unit:
                yield Claim("part_le_whole", f.q, (Operand("part", f.q), Operand("whole", whole)), "more members", span=whole.span.cover(f.q.span))


def _member(f: Fig) -> bool:
    """A count or sum of money: no share, change, label, time, aside in parentheses or bare figure."""
    if f.q.percent or f.delta or f.label or f.conversion or f.q.year_like or f.paren is not None or f.attr:
        return False
    return f.unit is not None and f.unit not in MEASURE_WORDS and "/" not in f.unit


def _not_a_member(an: Analysis, part: Fig, start: int) -> bool:
    """'… như: huyện A năm trước 1.200 hộ', '… năm 2020 là 5.100 tỷ đồng': another time's figure in the item;
    '… trên 1.320 hộ dân', '… tổng mức đầu tư 2.150 tỷ đồng': the item's own whole or total."""
    item_start = max(start, max(an.text.rfind(c, start, part.q.span.start) for c in ",;:"))
    lead = an.lower[item_start:part.q.span.start].rstrip(" $€£")
    if re.search(r"(?<!\w)(?:" + alternation(an.lex.whole_markers) + r")\s*$", lead):
        return True  # "xã A có 120 hộ nghèo trên 1.320 hộ dân": the example's own whole, not a member
    if an.lex.own_size_before and re.search(r"(?<!\w)(?:" + alternation(an.lex.own_size_before) + r")(?:\s+[^\W\d]+)+\s*$", lead):
        return True  # "… có vốn đầu tư 350 tỷ đồng", "with a projected cost of $350 million": the example's own size
    if an.has_word(lead, an.lex.lowers_total):
        return True  # "… cho vay học sinh sinh viên còn 920 tỷ đồng": a level after a fall, of its own
    ends = [i for i in (an.text.find(c, part.q.span.end) for c in ",;") if i >= 0]
    item_end = min(ends + [an.seg.sentences[part.sent].end])
    if any(f.q.year_like for f in an.figs_in(Span(item_start, item_end))):
        return True  # "… đã giải ngân 6.850 tỷ đồng từ năm 2003", "$14.2 million in 2021": a year named after it too
    if an.has_word(an.lower[item_start:part.q.span.start], an.lex.total_words):
        return True  # "tổng mức đầu tư 2.150 tỷ đồng", "whose total cost reached $58 million": the example's own total
    other = an.lex.other_time + an.lex.target_words + an.lex.lists.plan_before + an.lex.dates.other_years
    return an.has_word(an.lower[item_start:item_end], other)  # "… for next year are expected to reach $90.0 million"


def _shares_term(an: Analysis, lead: str, before: str) -> bool:
    """Whether the words before the examples repeat a term of the sentence before: two syllables in a
    row where a word is a syllable ("dư nợ", "giải ngân"), else a word of five letters or more."""
    words = re.findall(r"\w+", lead)
    openers = {w for phrase in an.lex.some_openers + an.lex.some_lead_ins + an.lex.more_members for w in phrase.split()}
    if an.lex.syllabic:  # two syllables within one stretch of words: "trong đó, vốn" holds no term "đó vốn"
        stretches = [re.findall(r"\w+", piece) for piece in re.split(r"[^\w\s]", lead)]
        terms = {f"{a} {b}" for ws in stretches for a, b in zip(ws, ws[1:]) if not a.isdigit() and not b.isdigit()
                 and a not in openers and b not in openers}
        terms -= set(an.lex.some_openers)
    else:
        terms = {w for w in words if len(w) >= 5 and w not in an.lex.function_words and w not in openers}
    return any(re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", before) for t in terms)

"""A share given as part of the share before it.

"Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 96,5%, trong đó hoàn thành xuất sắc đạt 14,2%"; "công
nghiệp và xây dựng chiếm 36,2%. Trong đó công nghiệp 30,1%": after "trong đó" a share with no count
of its own is some of the share just before it (the last figure before the opener, in its sentence or,
when the opener starts a sentence, the sentence before), and cannot exceed it, when the part names a
property the whole's words name too (a two-word term in common: "hoàn thành", "công nghiệp"). Left alone: a change
("tăng 5%, trong đó công nghiệp tăng 7%"), a target or a comparison ("đạt 102% kế hoạch"), a share
of the part's own group ("trong đó nữ chiếm 45%"), and a part naming a subgroup of those counted or a
place, whose own rate may be higher than the whole's ("trong đó khu vực thành thị 3,4%", "Hà Nội đạt 98%",
"công suất buồng bình quân 62%, trong đó khách sạn 4-5 sao 75%").
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim, Operand, Span
from linter.lang.lexicon import alternation

AFTER_REACH = 24  # characters after a share searched for a target or a comparison it is measured against
REACH = 300  # characters between the opener and the share before it or after it: a run-on text stays linear


def extract(an: Analysis) -> Iterator[Claim]:
    openers = an.lex.lists.share_part_openers
    if not openers:
        return
    for m in re.finditer(r"(?<!\w)(?:" + alternation(openers) + r")(?!\w)", an.lower):
        part = _part(an, m.start(), m.end())
        if part is None:
            continue
        whole = _whole(an, m.start())
        if whole is None or _subgroup(an, m.end(), part, whole):
            continue
        yield Claim("part_le_whole", part.q, (Operand("part", part.q), Operand("whole", whole.q)), "share part", span=whole.q.span.cover(part.q.span))


def _plain_share(an: Analysis, f: Fig) -> bool:
    """A share stated as a level: not a change, nor measured against a target or another time."""
    if not f.q.percent or f.delta or f.label:
        return False
    after = re.sub(r"^\s*\([^()]*\)", "", an.lower[f.q.span.end:f.q.span.end + 4 * AFTER_REACH])[:AFTER_REACH]
    after = re.split(r"[,;.]", after)[0]  # "đạt 97,3% (chỉ tiêu là 95%), trong đó …": the target is the parenthesis's
    return not an.has_word(after, an.lex.target_words + an.lex.other_time + an.lex.change_words)


def _whole(an: Analysis, opener: int) -> Fig | None:
    """The last figure before the opener, outside parentheses closed before it, skipping a target
    ("theo Nghị quyết 90% trở lên"), when it is a plain share."""
    sent = an.seg.sentence(opener)
    start = an.seg.sentences[sent].start
    if not an.lower[start:opener].strip(" ,-–•*"):
        start = an.seg.sentences[sent - 1].start if sent > 0 else start  # "… 36,2%. Trong đó …"
    for f in reversed(an.figs_in(Span(max(start, opener - REACH), opener))):
        if f.paren is not None and f.paren.end <= opener:
            continue
        lead = an.lower[max(an.seg.clauses[f.clause].start, f.q.span.start - 30):f.q.span.start]
        if f.q.percent and an.has_word(lead, an.lex.target_words):
            continue
        return f if _plain_share(an, f) else None
    return None


def _part(an: Analysis, begin: int, opener: int) -> Fig | None:
    """The first figure after the opener in its clause, when it is a plain share not said with a share verb."""
    end = min(an.seg.sentences[an.seg.sentence(opener)].end, opener + REACH)
    semi = an.text.find(";", opener, end)
    first = next(iter(an.figs_in(Span(opener, semi if semi >= 0 else end))), None)
    if first is None or not _plain_share(an, first):
        return None
    if first.paren is not None and an.lower[first.paren.start:begin].strip(" ("):
        return None  # "(tỷ lệ năm trước 12%)": another figure's parenthesis; "(trong đó …)" opens the list itself
    lead = " ".join(an.lower[opener:first.q.span.start].split()[-3:])
    if an.has_word(lead, an.lex.shares.share_verbs + an.lex.lists.share_before):
        return None  # "trong đó nữ chiếm 45%": a share of the part's own group
    return first


def _subgroup(an: Analysis, opener: int, part: Fig, whole: Fig) -> bool:
    """Whether the part names no property of the whole's (no two-word term in common: "khách sạn 4-5
    sao" of "công suất sử dụng buồng"), or a subgroup or a place the whole's words do not name."""
    clause = an.seg.clauses[part.clause]
    after = re.split(r"[,;.()]", an.text[part.q.span.end:min(clause.end, part.q.span.end + 60)])[0]
    named = an.text[opener:part.q.span.start] + " " + after
    if any(w[:1].isupper() for w in named.split()):
        return True  # "trong đó Hà Nội đạt 98%"
    said = an.lower[an.seg.clauses[whole.clause].start:whole.q.span.start]
    if not _terms(an, named.lower()) & _terms(an, said):
        return True
    if not (_structure(an, whole) or an.has_word(named.lower(), an.lex.lists.grade_words)):
        return True  # "tỷ lệ giải ngân vốn đầu tư công 82%, trong đó vốn đầu tư công nguồn trung ương 88%"
    lex = an.lex
    groups = lex.lists.subgroup_words + lex.shares.group_nouns
    groups += tuple(w for words in list(lex.attributes.values()) + list(lex.lists.attributes.values()) for w in words)
    return any(an.has_word(named.lower(), (w,)) and not an.has_word(said, (w,)) for w in groups)


def _structure(an: Analysis, whole: Fig) -> bool:
    """Whether the whole is a share of one total: its sentence names a structure, or its clause says "chiếm"."""
    sent = an.seg.sentences[whole.sent]
    clause = an.seg.clauses[whole.clause]
    lists = an.lex.lists
    return (an.has_word(an.lower[max(sent.start, whole.q.span.start - REACH):whole.q.span.start], lists.structure_words)
            or an.has_word(an.lower[clause.start:whole.q.span.start], lists.structure_verbs))


def _terms(an: Analysis, text: str) -> set[str]:
    """The two-word terms of a text that name a property: not a noun of the people or things counted,
    nor made of function words ("hoàn thành", "nhiệm vụ", "công nghiệp")."""
    lex = an.lex
    plain = set(lex.function_words) | set(lex.stop_nouns)
    counted = {w.lower() for w in lex.person_nouns + lex.compounds}
    words = re.findall(r"[^\W\d_]+", text)
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
    return {p for p in pairs if p not in counted and not set(p.split()) & plain}

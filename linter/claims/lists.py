"""Sum and part-of-whole claims: a total and the breakdown that follows it.

A breakdown opens after a total with a parenthesis, "trong đó", "gồm", "of which", "including"
or a colon; "Trong số 3.405 hồ sơ …, A … và B …" and "Of the $109.1 million, …" open one before
the parts. Items are split at ';' (or at ',' and 'và'/'and' when there is none); each item gives
its first count. Years listed in it ("2011 kết nạp 2.206 …, năm 2012 là 1.967") make a per-period
breakdown. Only a breakdown promised to be exhaustive (gồm, consisting of, a parenthesised list
of the same unit, shares adding up to 100%, periods covering a stated range) is checked for any
mismatch; any other is checked only when it misses its total narrowly (one mistyped digit or
within 2%), because "trong đó" lists are often partial and often overlap (nữ, dân tộc thiểu số).
Every part counting the same thing as its total must not exceed it.

A sentence that refers back ("Trong đó, …", "Trong số này, …", "Of these, …", "Trong số người trúng
cử có …") lists parts of a total stated before it: the one its parts add up to, else the only one
of the sentence before. A total is taken from the clauses the list continues: a ';' followed by a
new clause ends them. A share written without '%' after "chiếm", a goal ("phấn đấu vận động ít nhất
…") and a ratio or an address over a slash are no parts; a count written over its whole
("9.402/9.761 học sinh", "916 of 988 precincts") is one.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import lru_cache
from typing import Iterator

from linter.core import lazyre
from linter.figures.arith import adds_up
from linter.claims.analysis import NAME_BEFORE, LEADING_OPENER, Analysis, Fig, per_period
from linter.figures.context import MEASURE_WORDS, unit_key
from linter.lang.packs import LEXICONS, phrases, words as pack_words
from linter.core.model import Claim, Operand, Quantity, Span
from linter.claims.analysis import compatible, ending_rx, word_pattern
from linter.core.record import replace



def _p(name: str) -> str:
    """The packs' list words `name` (`Lexicon.lists`) as one alternation, written when a pattern is first used."""
    return phrases("lists", name)


def _hedges() -> str:
    return "|".join(re.escape(w) for w in sorted({w for lex in LEXICONS.values() for w in lex.hedges_before}, key=lambda w: (-len(w), w)))


# "Trong số 3.405 hồ sơ", "Of the $109.1 million", "Trong hơn 1.355 học sinh đoạt giải, có …" (a figure at once after "trong")
LEADING = lazyre.compile(lambda: r"(?:" + _p("leading_wholes") + r"|(?:" + _p("leading_before_figure") + r")(?=\s+(?:(?:" + _hedges() + r")\s+)?[$€£]?\d))\b")
ITEM_SEPARATOR = lazyre.compile(lambda: r"(?<!\d),|,(?!\d)|\b(?:" + _p("item_joiners") + r")\b")  # not "48,5" nor "1,234"
BREAKDOWN_AHEAD = lazyre.compile(lambda: r"(?:" + _p("breakdown_ahead") + r")\b")
OUT_OF_BEFORE = lazyre.compile(lambda: r"(?:" + phrases("shares", "out_of") + r")\s*$")
OUT_OF = lazyre.compile(lambda: phrases("shares", "out_of"))
AND_OR_COMMA = lazyre.compile(lambda: r"(?:,|\b(?:" + phrases("changes", "and_words") + r")\b)")
PERIOD_LABEL = lazyre.compile(lambda: r"(?:\b(?:1[6-9]|20)\d{2}|\b(?:" + _p("period_words") + r")\s*[ivx\d]{1,4})\s*$")
TRAILING_TOTAL = lazyre.compile(lambda:
    r"(?:" + _p("trailing_totals")
    + r"|" + "".join(r"(?<!" + re.escape(w) + " )" for w in pack_words("lists", "total_not_after")) + "(?:" + _p("guarded_totals") + r"))\b[^,;\d]*$"  # "…, tổng số phiếu là 22.920"; "trong tổng số" is "out of"
)


PARTITIVE_BEFORE = lazyre.compile(lambda: r"\d(?:\s+(?:" + phrases("", "scales") + r"))?\s+$")


@lru_cache(maxsize=8)
def _opener_rx(openers: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(map(re.escape, sorted(openers, key=lambda w: (-len(w), w))))
    return lazyre.eager(r"(?<!\w)(?:" + words + r")(?!\w)\s*:?|\(|:(?=\s)")


def _openers(an: Analysis) -> Iterator[tuple[int, int, str]]:
    """(start, end, opener) for every list opener in the text."""
    for m in _opener_rx(an.lex.list_openers).finditer(an.lower):
        if m.group()[0] != "(" and an.lower[max(0, m.start() - 200):m.start()].rstrip().endswith("("):
            continue  # "(trong đó: …)": the parenthesis opens this list
        if m.group().strip() == ":" and PERIOD_LABEL.search(an.lower, max(0, m.start() - 20), m.start()):
            continue  # "2021: 5; 2022: 7", "Quý I: 120": a period labels the figure after it
        if m.group().split(" ", 1)[0] in pack_words("lists", "count_of") and PARTITIVE_BEFORE.search(an.lower, max(0, m.start() - 30), m.start()):
            continue  # "31,000 of them electric, and 252,000 …": the figure before is a part (`_of_them`), no list opens
        yield m.start(), m.end(), m.group().strip(" :") or ":"


def _heads(an: Analysis, start: int, opener: str) -> Iterator[Fig]:
    """The totals a list opened at `start` may break down, nearest first (one only for a parenthesis);
    made as they are read, since the choice (`_pick_head`) mostly takes the first."""
    sent = an.seg.sentence(start)
    sent_start = an.seg.sentences[sent].start
    first_of_sentence = start - sent_start < 40 and not an.lower[sent_start:start].strip(" ,(")
    dens = _fraction_dens(an)
    chain = _clause_chain_start(an, sent_start, start)
    found = 0
    # what does not depend on the figure tried, worked out once and not for each of the sixty
    inner = opener == "(" and _inner_opener_rx(an.lex.list_openers).match(an.lower[start:start + 20])
    continuing = pack_words("lists", "continuing_openers")
    first = bisect.bisect_left(an.fig_starts, start) - 1
    for j in range(first, max(-1, first - 60), -1):  # a total stands within a few figures of its list
        g = an.figs[j]
        if g.q.span.end > start:
            continue
        if g.sent < sent - (1 if first_of_sentence else 0) or g.q.span.start < chain:
            break
        if not g.count or _describes(an, g) or id(g.q) in dens or (g.paren is not None and g.paren.end <= start):
            continue
        if _per_before(an, g) or per_period(an, g):
            continue  # "$0.408936 per $100 of assessed value", "or 263 a day": a rate, no total
        if not inner and opener in ("(", ":") and len(an.text[g.q.end:start].split()) > _reach(an, start, opener):
            break  # "30 chi bộ (24 …)", "12 xã: …" — the list follows its total at once
        found += 1
        yield g
        if opener in ("(", ":") or not first_of_sentence and g.sent == sent and found >= 1 and opener not in continuing:
            break


def _fraction_dens(an: Analysis) -> set[int]:
    """The ids of the fractions' denominators ("45/52 xã": 52 totals no list), once per document, not
    once per list: a document of fractions opens many lists."""
    if an.memo.fraction_dens is None:
        an.memo.fraction_dens = {id(b) for _, b, _ in an.scan.fractions}
    return an.memo.fraction_dens


def _per_before(an: Analysis, g: Fig) -> bool:
    """Whether the figure follows 'per' / 'mỗi' ('per $100', 'trên mỗi 1.000 dân'): what a rate is counted per.
    Once per figure: each list tries the sixty figures before it."""
    known = an.memo.per_before
    if g.i not in known:
        before = " " + an.lower[max(0, g.q.span.start - 16):g.q.span.start].rstrip(" $€£")
        known[g.i] = any(before.endswith(" " + w) for w in an.lex.lists.per_after)
    return known[g.i]


@lru_cache(maxsize=8)
def _inner_opener_rx(openers: tuple[str, ...]) -> re.Pattern[str]:
    """A parenthesis opening with a list word ("(trong đó …", "(of which …"): the list is inside it."""
    return re.compile(r"\(\s*(?:" + "|".join(map(re.escape, openers)) + r")\b")


SEMICOLON = lazyre.compile(r";")
_MISSING = object()


def _semicolons(an: Analysis) -> list[int]:
    """Where the text's ';' stand, listed once per document: a run-on sentence without one was
    searched to its start or end for every list in it."""
    if an.memo.semicolons is None:
        an.memo.semicolons = [m.start() for m in SEMICOLON.finditer(an.text)]
    return an.memo.semicolons


def _next_semicolon(an: Analysis, lo: int, hi: int) -> int:
    """`an.text.find(";", lo, hi)`, by bisection."""
    semis = _semicolons(an)
    k = bisect.bisect_left(semis, max(lo, 0))
    return semis[k] if k < len(semis) and semis[k] < hi else -1


def _clause_chain_start(an: Analysis, sent_start: int, start: int) -> int:
    """Where the clauses a list opened at `start` may take its total from begin: a ';' followed by
    words of a new clause ("…tặng 170 suất quà; Hội B phát động …, trong đó …") ends the chain, one
    right before the opener ("… 3.450 người; trong đó, …") does not."""
    semis = _semicolons(an)
    k = bisect.bisect_left(semis, start) - 1  # the last ';' before `start`, as rfind(";", sent_start, start) finds it
    text = an.text
    while k >= 0 and semis[k] >= sent_start and not any(text[i].isalpha() for i in range(semis[k] + 1, start)):
        k -= 1
    return semis[k] if k >= 0 and semis[k] >= sent_start else sent_start


def _reach(an: Analysis, start: int, opener: str) -> int:
    """How many words may stand between a total and the '(' or ':' opening its list: a colon after a
    label of the breakdown ("1.093 đảng viên vi phạm, với hình thức: …") reaches over a clause."""
    if opener == "(":
        return 5
    labels = an.lex.lists.colon_labels
    return 6 if ending_rx(labels).search(an.lower[max(0, start - 40):start]) else 2


BOUND = "bound"  # the evidence of a part held only within the largest total it may refer back to
MAX_LIST = 1500  # characters a breakdown may run after its opener; keeps a run-on text linear


def _region(an: Analysis, start: int, end: int, opener: str) -> Span:
    """Where a breakdown's items stand: bounded, and ended by the next list opened the same way."""
    span = _region_uncapped(an, start, end, opener)
    stop = min(span.end, span.start + MAX_LIST)
    if opener not in ("(", ":"):
        again = re.search(r"(?<!\w)" + re.escape(opener) + r"(?!\w)", an.lower[span.start:stop])
        stop = span.start + again.start() if again else stop
    return Span(span.start, stop)


# a colon ending its line, then lines each opening with a bullet: "… như sau:\n- Nam: 800 người\n- Nữ: 445 người"
BULLETS = lazyre.compile(r"[ \t]*\n(?:[ \t]*[-–•*+][ \t]+[^\n]*\d[^\n]*(?:\n|$))+")
BULLET_LINE = lazyre.compile(r"(?m)^[ \t]*[-–•*+][ \t]+[^\n]*$")


def _region_uncapped(an: Analysis, start: int, end: int, opener: str) -> Span:
    sent = an.seg.sentences[an.seg.sentence(start)]
    bullets = BULLETS.match(an.text, end) if an.text[end - 1:end] == ":" else None
    if bullets is not None and len(BULLET_LINE.findall(an.text, end, bullets.end())) >= 2:
        if not any(g.q.year_like or g.label for g in an.figs_in(Span(end, bullets.end()))):
            return Span(end, bullets.end())  # each bulleted line is an item
        return Span(end, end)  # "- Năm 2022: 1.200 người": the levels of years, no parts of one total
    if opener == "(":
        paren = an.seg.paren_of.get(start)
        return Span(end, paren.end - 1) if paren else Span(end, end)
    if opener in an.lex.exhaustive_openers and opener not in pack_words("lists", "sentence_openers"):
        return Span(end, _promised_end(an, end, sent.end))
    return Span(end, _continued_end(an, end, sent.end))


def _item_name(an: Analysis, start: int, end: int) -> tuple[list[str], Fig] | None:
    """The words naming an item before its first count, and that count ('sản lượng khai thác 50.706 tấn')."""
    first = next((g for g in an.figs_in(Span(start, min(end, start + MAX_LIST))) if g.count and not g.q.percent), None)
    if first is None:
        return None
    return _strip_hedge(an, an.lower[start:first.q.span.start].strip(" ,:;")).split(), first


def _continued_end(an: Analysis, end: int, sent_end: int) -> int:
    """Where a list of parts ends: its sentence, or a later one of its paragraph that names the next
    part with the head words of the first ('Trong đó, sản lượng khai thác 50.706 tấn, tăng 2%. Sản
    lượng nuôi trồng 10.005 tấn, …'). A sentence naming a part of the first part ('Sản lượng khai
    thác biển …'), opening another list or counting something else ends the list."""
    named = _item_name(an, end, sent_end)
    if named is None or len(named[0]) < 3:
        return sent_end
    words, first = named
    para = an.seg.paragraph(end)
    k = an.seg.sentence(end) + 1
    while k < len(an.seg.sentences) and an.seg.paragraph(an.seg.sentences[k].start) == para:
        nxt = an.seg.sentences[k]
        other = _item_name(an, nxt.start, nxt.end)
        if other is None or other[0][:2] != words[:2] or other[0][:len(words)] == words or words[:len(other[0])] == other[0]:
            break
        lead = Span(nxt.start, other[1].q.span.start)  # "Sản lượng nuôi trồng năm trước …": another time
        if an.has_word(an.lower[lead.start:lead.end], an.lex.other_time) or any(g.q.year_like or g.label for g in an.figs_in(lead)):
            break
        if an.has_word(an.lower[nxt.start:nxt.end], an.lex.list_openers + an.lex.total_words) or not compatible(other[1].unit, first.unit, an.lex.person_nouns):
            break
        sent_end, k = nxt.end, k + 1
    return sent_end


def _promised_end(an: Analysis, end: int, sent_end: int) -> int:
    """A breakdown promised complete ("gồm …") ends at the first ';', unless the pieces between the
    semicolons are its items, one count of the same thing each: "gồm cá 539.700 tấn, tăng 5,4%; tôm
    97.800 tấn, tăng 1,5%; thủy sản khác 103.000 tấn"."""
    semi = _next_semicolon(an, end, sent_end)
    first = [g for g in an.figs_in(Span(end, semi)) if g.count] if semi >= 0 else []
    if len(first) != 1:
        return semi if semi >= 0 else sent_end
    while semi >= 0:
        nxt = _next_semicolon(an, semi + 1, sent_end)
        stop = nxt if nxt >= 0 else sent_end
        counts = [g for g in an.figs_in(Span(semi + 1, stop)) if g.count]
        if an.text[semi + 1:stop].strip()[:1].isupper() or len(counts) != 1 or not compatible(counts[0].unit, first[0].unit, an.lex.person_nouns):
            return semi
        semi = nxt
    return sent_end


def _items(an: Analysis, region: Span) -> list[Span]:
    text = an.text[region.start:region.end]
    if text[:1] in "\n \t" and "\n" in text:
        lines = [Span(m.start(), m.end()) for m in BULLET_LINE.finditer(an.text, region.start, region.end)]
        if len(lines) >= 2 and an.text[region.start:lines[0].start].strip() == "":
            return lines
    if ";" in text:
        items, pos = [], region.start
        for piece in _semicolon_pieces(an, region, text):
            stripped = piece.strip()
            if pos > region.start and an.has_word(stripped.lower(), an.lex.lists.larger_wholes):
                break  # "…; cả nước đạt 43,5 triệu tấn", "Hà Nội …, dẫn đầu cả nước": set against the breakdown
            if stripped[:1].isupper() and pos > region.start and not _named_alike(an, items[0], Span(pos, pos + len(piece))):
                break  # "…; Tổng số cử tri đi bỏ phiếu …": a new statement, not an item
            if pos > region.start and _names_a_count(an, stripped) and not _opens_named(an, an.text[items[0].start:items[0].end]):
                break  # "trong đó 812 hộ …; số hộ cận nghèo là 2.015 hộ": another count named, where the items were not
            items.append(Span(pos, pos + len(piece)))
            pos += len(piece) + 1
        return items
    out, pos = [], region.start
    for m in ITEM_SEPARATOR.finditer(text):
        if _nested(an, region, region.start + m.start()):
            continue  # "200 đảng bộ (12 A và 1.450 B) và 140 chi bộ": the parenthesis breaks down its item, not the list
        out.append(Span(pos, region.start + m.start()))
        pos = region.start + m.end()
    out.append(Span(pos, region.end))
    return out


def _semicolon_pieces(an: Analysis, region: Span, text: str) -> list[str]:
    """The region's text split at its semicolons, but for those inside a parenthesis opened within it:
    '196 đơn đủ điều kiện (154 đơn kiến nghị, phản ánh; 30 đơn khiếu nại; 12 đơn tố cáo)' breaks down
    its item, as its commas do."""
    cuts = [k for k, c in enumerate(text) if c == ";" and not _nested(an, region, region.start + k)]
    return [text[a + 1:b] for a, b in zip([-1] + cuts, cuts + [len(text)])]


def _nested(an: Analysis, region: Span, offset: int) -> bool:
    """Whether `offset` stands inside a parenthesis opened within the breakdown's region."""
    paren = an.seg.paren_at(offset)
    return paren is not None and paren.start >= region.start


def _names_a_count(an: Analysis, piece: str) -> bool:
    """Whether a piece opens by naming the count it gives: 'số hộ cận nghèo là 2.015 hộ'."""
    lex = an.lex
    if not lex.number_word:
        return False
    return _count_named_rx(lex.number_counts + lex.number_word, lex.named_verbs).match(piece.lower()) is not None


def _opens_named(an: Analysis, item: str) -> bool:
    """Whether an item opens with the word naming a count ('số hồ sơ quá hạn …', 'tổng số …')."""
    low = item.strip(" ,:\n").lower()
    return any(low.startswith(w + " ") for w in an.lex.number_counts + an.lex.number_word)


@lru_cache(maxsize=4)
def _count_named_rx(numbers: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern[str]:
    alt = lambda ws: "|".join(map(re.escape, sorted(ws, key=len, reverse=True)))  # noqa: E731
    return lazyre.eager(r"(?:" + alt(numbers) + r")\s+(?:[^\d\s;]+\s+){1,6}?(?:" + alt(verbs) + r")\s+[$€£]?\d")


def _named_alike(an: Analysis, first: Span, piece: Span) -> bool:
    """'trong đó Quảng Nam đạt 41.000 tấn, tăng 3%; Bình Định đạt 32.000 tấn, tăng 6%': a piece
    after ';' that opens with a name is the next item when the first item opened with a name too,
    said with the same verb, and counts the same thing; '…; Tổng số …' is a new statement."""
    a, b = an.text[first.start:first.end].strip(), an.text[piece.start:piece.end].strip()
    if not a[:1].isupper() or an.has_word(b.lower()[:30], an.lex.total_words + an.lex.list_openers):
        return False
    verb_a, verb_b = _name_verb(a), _name_verb(b)
    if verb_a is None or verb_a != verb_b:
        return False
    counts = [[g for g in an.figs_in(s) if g.count] for s in (first, piece)]
    if not all(counts):
        return False
    lead = an.lower[piece.start:counts[1][0].q.span.start]  # "…; Lâm Đồng năm trước đạt …": another time
    if an.has_word(lead, an.lex.other_time) or any(g.q.year_like or g.label for g in an.figs_in(piece)):
        return False
    return compatible(counts[0][0].unit, counts[1][0].unit, an.lex.person_nouns)


def _name_verb(text: str) -> str | None:
    """The first word after the capitalised words opening an item ('Bình Định đạt …' → 'đạt')."""
    words = text.split()
    i = 0
    while i < len(words) and words[i][:1].isupper():
        i += 1
    return words[i].lower() if 0 < i < len(words) and not words[i][:1].isdigit() else None


def _two_levels(an: Analysis, item: Span) -> bool:
    """'June to 118,000 from 179,000', 'tháng 6 từ 179.000 xuống 118.000': the item gives a level before and
    after a change; the list's parts are the changes, which it does not state."""
    text = an.lower[item.start:item.end]
    return bool(_level_rx("from_words").search(text) and _level_rx("to_words").search(text))


@lru_cache(maxsize=4)
def _level_rx(name: str) -> re.Pattern[str]:
    return lazyre.eager(r"(?<!\w)(?:" + phrases("changes", name) + r")\s+[$€£]?\d")


def _item_parts(an: Analysis, item: Span, region: Span, exhaustive: bool = False) -> list[Fig]:
    parts: list[Fig] = []
    if _two_levels(an, item):
        return parts
    for g in an.figs_in(item):
        if g.paren is not None and g.paren.start >= region.start and g.paren.start > item.start:
            continue  # inside a nested parenthesis of the item
        if g.q.percent or (g.conversion and not _listed(an, g)) or g.label or (g.delta and not (exhaustive and _named_value(an, item, g))):
            continue
        lead = an.lower[max(item.start, g.q.span.start - 200):g.q.span.start]
        if _describes(an, g) and (parts or not _without_with(an.text[item.start:g.q.span.start].strip(" ,:;").lower()).strip()):
            continue  # "…, với 1.251 chi bộ trực thuộc": describes the item before
        bare = _strip_hedge(an, lead.rstrip()) if g.q.hedge is not None else lead
        if g.q.unit is None and an.has_word(" ".join(bare.split()[-1:]), an.lex.lists.with_before):
            continue  # "led by Texas with 42,000": describes what its item names
        if BREAKDOWN_AHEAD.search(lead) and parts:
            break
        if OUT_OF_BEFORE.search(lead) or _not_a_part(an, lead, g):
            continue
        if not parts:
            parts.append(g)
        elif compatible(g.unit, parts[0].unit, an.lex.person_nouns) and AND_OR_COMMA.search(an.lower[parts[-1].q.span.end:g.q.span.start]):
            parts.append(g)
    return parts


def _without_named_numbers(an: Analysis, head: Fig, parts: list[Fig]) -> list[Fig]:
    """Beside parts that count the total's noun ("2,520 laptops, … the other 6,480 laptops"), a bare
    number right after a capitalized word ("run Windows 11") is part of a name, not a count. Among bare
    parts only ("29,5 điểm (Toán 10, Vật lý 9,75, …)", "Lee 340, Park 300") each name's number counts."""
    if head.unit is None or not any(p.unit is not None and compatible(p.unit, head.unit, an.lex.person_nouns) for p in parts):
        return parts
    return [p for p in parts if p.q.unit is not None or not NAME_BEFORE.search(an.text, max(0, p.q.span.start - 30), p.q.span.start)]


def _named_value(an: Analysis, item: Span, g: Fig) -> bool:
    """'bao gồm: vốn mới là 301.210 tỷ đồng và vốn tăng thêm là 511.120 tỷ đồng': in a list promised
    complete, a change word naming the item ('vốn tăng thêm') is its name when 'là' gives its value."""
    lead = an.lower[item.start:g.q.span.start].rstrip()
    return lead.endswith(tuple(" " + w for w in an.lex.lists.value_copulas)) and not an.has_word(lead, an.lex.other_time)


def _prize_of(an: Analysis, part: Fig, head: Fig) -> bool:
    """'134 thí sinh đạt giải; trong đó 3 giải Nhất', '16 students won prizes, including 3 gold
    medals': prizes are counted among the people the total says won them."""
    prizes = an.lex.lists.prize_nouns
    if part.unit is None or not an.has_word(part.unit, prizes) or head.unit not in _lowered_persons(an):
        return False
    after = " ".join(an.lower[head.q.span.end:head.q.span.end + 60].split()[:6])
    return an.has_word(after, prizes + tuple(w + "s" for w in prizes))


def _lowered_persons(an: Analysis) -> set[str]:
    from linter.figures.context import singular

    persons = {w.lower() for w in an.lex.person_nouns}
    return persons | {singular(w) for w in persons}


def _listed(an: Analysis, g: Fig) -> bool:
    """'27 đơn vị (22 trường và 5 trung tâm)': a parenthesis listing counts is a breakdown, not the
    figure before it in another unit, however its first item is worded."""
    inside = [f for f in an.figs_in(g.paren) if not f.q.percent] if g.paren else []
    return len(inside) >= 2 and bool(ITEM_SEPARATOR.search(an.lower[inside[0].q.span.end:inside[1].q.span.start]))


def _describes(an: Analysis, g: Fig) -> bool:
    """A figure after 'với', 'mỗi', '/' describes the item before it, unless an equivalence restates
    the share before it as a count ("là 0,76%, tương đương với 6.014 người")."""
    if not g.attr:
        return False
    lead = an.lower[max(0, g.q.span.start - 40):g.q.span.start]
    return not ending_rx(an.lex.lists.equivalent_before).search(lead)


def _not_a_part(an: Analysis, lead: str, g: Fig) -> bool:
    """A figure right after 'chiếm'/'tỷ lệ' is a share even without its '%' ("cử nhân chiếm 86,66"),
    and one after 'phấn đấu', 'mục tiêu', 'aims to' is a goal: neither is a count of what the
    total counts. The hedge before the figure ("phấn đấu vận động ít nhất 20.000") is skipped."""
    words = an.lex.lists
    near = " ".join(lead.split()[-8:])
    if ending_rx(words.share_before).search(near):
        return True
    after = an.lower[g.q.end:g.q.end + 20].lstrip()
    if re.match(r"/\s*[^\W\d_]", after) or _opens_with(after, words.per_after):
        return True  # "15 lớp chuyên (35 học sinh/lớp)": a rate per class, not some of the classes
    if g.q.hedge is not None:
        near = _strip_hedge(an, near)
    return an.has_word(" ".join(near.split()[-5:]), words.plan_before)


def _opens_with(text: str, phrases: tuple[str, ...]) -> bool:
    return any(text.startswith(p) and not text[len(p):len(p) + 1].isalnum() for p in phrases)


def _without_with(text: str) -> str:
    """An item's words without the word that makes the figure after them describe it ("…, với")."""
    for w in pack_words("lists", "with_suffix"):
        text = text.removesuffix(w)
    return text


def _strip_hedge(an: Analysis, text: str) -> str:
    for phrase in sorted(an.lex.hedges_before, key=len, reverse=True):
        if text.endswith(" " + phrase) or text == phrase:
            return text[: len(text) - len(phrase)].rstrip()
    return text


def _per_year(an: Analysis, region: Span) -> list[Fig] | None:
    figs = [g for g in an.figs_in(region) if g.paren is None or g.paren.start < region.start]
    years = [g for g in figs if g.q.year_like]
    if len(years) < 2:
        return None
    out = []
    for y, nxt in zip(years, years[1:] + [None]):
        stop = nxt.q.span.start if nxt else region.end
        counts = [g for g in figs if y.q.span.end <= g.q.span.start < stop and g.count and not g.q.year_like]
        if len(counts) != 1:
            return None
        out.append(counts[0])
    return out


def single_edit(a: Decimal, b: Decimal) -> bool:
    """Whether the digits of a and b differ by one insertion, deletion, replacement or swap."""
    from linter.figures.edits import one_slip

    x, y = re.sub(r"\D", "", f"{a:f}"), re.sub(r"\D", "", f"{b:f}")
    return x == y or one_slip(x, y)


def _near(total: Decimal, parts_sum: Decimal, strict: bool = False, written: tuple[Quantity, ...] = ()) -> bool:
    """A breakdown that misses its total by one mistyped digit of its last place or within 10%, or
    (unless strict) exceeds it by under 2%; one that exceeds its total by more than 5% is more likely
    to count some items twice (overlapping categories) than to hide a typo.

    Figures all written round (`written`: "9.200", "3.400", "5.600" tỷ) differ in one digit whenever
    the rest is under one unit of their last written digit: there one digit apart is no sign of a typo."""
    diff = abs(total - parts_sum)
    if parts_sum == total:
        return True
    if parts_sum > total and diff > abs(total) / 20 and diff >= 10:
        return False
    if single_edit(total, parts_sum) and (diff < 10 or diff <= abs(total) / 10) and not _within_last_round_digit(diff, written):
        return True
    # within 2%: only over the total, which some of its members cannot be; under it is the rest of a partial list
    return not strict and parts_sum > total and diff <= abs(total) * Decimal("0.02")


def _within_last_round_digit(diff: Decimal, written: tuple[Quantity, ...]) -> bool:
    """Whether the figures are written round — every one closing with zeros ("9.200", "3.400" tỷ) or
    the total with two significant digits at most ("$9.2 billion") — and `diff` is under ten units of
    the place the least round of them stops at: then any rest changes one digit, typo or not."""
    places, sig = [], 0
    for q in written:
        if q.resolution <= 0:
            return False
        digits = f"{(q.value / q.resolution).normalize():f}".lstrip("-")
        if "." in digits:
            return False
        places.append(len(digits) - len(digits.rstrip("0")))
        sig = sig or len(digits.rstrip("0"))  # the total's, the first of `written`
    if not places or (min(places) == 0 and sig > 2):
        return False
    unit = min(q.resolution * 10 ** z for q, z in zip(written, places))
    return diff < unit * 10


def _names_only(an: Analysis, item: Span) -> bool:
    """An item of words and no figure ("including the Masters and …"): the list names things, it does not count them."""
    return not an.figs_in(item) and len(an.text[item.start:item.end].split()) >= 2


def _together_short(an: Analysis, parts: list[Fig], region: Span) -> bool:
    """After the last part, a share of them all that is under 100% ("…, together 44.9% of the total"):
    the parts are some of the whole."""
    words = an.lex.lists.together_words
    for g in an.figs_in(Span(parts[-1].q.span.end, region.end)):
        lead = " ".join(an.lower[parts[-1].q.end:g.q.span.start].split())
        if g.q.percent and g.q.value < 100 and any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", lead) for w in words):
            return True
    return False


def _prefix_adds_up(head: Fig, parts: list[Fig]) -> bool:
    """The first two or more parts make the total exactly: what follows is a detail of them."""
    run = Decimal(0)
    for k, p in enumerate(parts[:-1]):
        run += p.q.value
        if k >= 1 and run == head.q.value and p.q.hedge is None and head.q.hedge is None:
            return True
    return False


def _some_of(head: Fig, parts: list[Fig], shares: list[Decimal] | None, tolerance: Decimal) -> bool:
    """Each part gives its share of the total, and the shares fall short of 100%: the text itself
    says the parts are some of the whole, however its opener reads."""
    if not shares or head.q.value <= 0 or sum(shares) + tolerance >= 100:
        return False
    # all of them shares of this total, but for one that may be mistyped (P001 judges it)
    fits = sum(abs(p.q.value / head.q.value * 100 - s) <= Decimal("0.5") for p, s in zip(parts, shares))
    return fits >= max(1, len(parts) - 1)


def _shares_of(an: Analysis, parts: list[Fig], items: list[Span]) -> list[Decimal] | None:
    out = []
    for p in parts:
        item = next((s for s in items if s.start <= p.q.span.start < s.end), None)
        share = next((g for g in an.figs_in(item) if g.q.percent and g.q.span.start > p.q.span.start), None) if item else None
        if share is None or OUT_OF.search(an.lower[p.q.span.end:share.q.span.start]):
            return None  # no share, or a share of another whole ("trong tổng số 15.081 trường")
        out.append(share.q.value)
    return out


def _pick_head(an: Analysis, heads: Iterator[Fig], region: Span) -> Fig | None:
    """The nearest head counting what the list's first item counts, else the nearest head.

    A hedged figure ("trên 350.000 học sinh", "more than 300") gives way to a farther exact one
    counting the same: a breakdown lists what was counted, not a bound. The heads are read only up
    to the one chosen (a run-on list has sixty before it).
    """
    first = next((g for g in an.figs_in(region) if g.count), None)
    unit = first.unit if first is not None else None
    nearest = hedged = None  # the nearest head; the nearest counting the same but hedged
    for h in heads:
        if nearest is None:
            nearest = h
        if unit is None:
            return nearest
        if compatible(unit, h.unit, an.lex.person_nouns):
            if h.q.hedge is None:
                return h
            hedged = h if hedged is None else hedged
    return hedged if hedged is not None else nearest


def _overlapping(an: Analysis, parts: list[Fig], items: list[Span]) -> bool:
    """Items told apart by different attributes (nữ; dân tộc thiểu số; đoàn viên) may count a
    person twice: such a list is never summed. Items of one attribute (nam, nữ) partition."""
    dims = set()
    for p in parts:
        item = next((s for s in items if s.start <= p.q.span.start < s.end), None)
        text = an.lower[item.start:item.end] if item else ""
        dims.update(dim for dim, rx in _attribute_patterns(an.lex.lang, None) if rx.search(text))
    return len(dims) >= 2


def _cuts_across(an: Analysis, head: Fig, parts: list[Fig], items: list[Span]) -> bool:
    """Parts counting what the total counts, one item naming a cross-cutting attribute (nữ, dân tộc
    thiểu số, women) that another does not: the second counts by something else, and the two may hold
    the same people. The total's own noun ("lao động") and what a parenthesis says are no attributes;
    parts of other nouns than the total ("34 địa phương và 4 đại học") are kinds, not attributes."""
    if any(p.q.unit is not None and p.q.unit != head.q.unit for p in parts):
        return False
    counted = an.lower[head.q.unit_span.start:head.q.unit_span.end] if head.q.unit_span else ""
    patterns = _attribute_patterns(an.lex.lang, counted)
    per_item = []
    for p in parts:
        item = next((s for s in items if s.start <= p.q.span.start < s.end), None)
        text = re.sub(r"\([^()]*\)", " ", an.lower[item.start:item.end]) if item else ""
        per_item.append({dim for dim, rx in patterns if rx.search(text)})
    named = set().union(*per_item) if per_item else set()
    return any(dim not in dims for dim in named for dims in per_item)


@lru_cache(maxsize=256)
def _attribute_patterns(lang: str, counted: str | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each attribute's pattern (`has_word`'s), less the words the total's noun `counted` opens with
    (None: all of them); once per noun, not once per list: a run-on text opens a list every few figures."""
    return tuple((dim, word_pattern(tuple(w for w in ws if counted is None or not counted.startswith(w.lower()))))
                 for dim, ws in _attributes(lang).items())


@lru_cache(maxsize=4)
def _attributes(lang: str) -> dict[str, tuple[str, ...]]:
    """The lexicon's cross-cutting ways of counting people, with the list vocabulary's added."""
    from linter.lang.packs import lexicon

    out = {dim: tuple(words) for dim, words in lexicon(lang).attributes.items()}
    for dim, words in lexicon(lang).lists.attributes.items():
        out[dim] = out.get(dim, ()) + words
    return out


def _share_tolerance(an: Analysis, parts: list[Fig], items: list[Span]) -> Decimal:
    """n × half a unit of the last written digit: 33,3 + 33,3 + 33,3 is a whole."""
    res = [g.q.resolution for p in parts for item in items if item.start <= p.q.span.start < item.end
           for g in an.figs_in(item) if g.q.percent][: len(parts)]
    return sum(res, Decimal(0)) / 2 + Decimal("0.000001")


def _elsewhen(an: Analysis, head: Fig, region: Span) -> bool:
    """A parenthesis after a figure that gives it at another time or as a plan, not a part of it:
    "(năm 2022 là 1.557 hộ)", "(cùng kỳ: 1.557 hộ)", "(1,557 in 2022)", "(target: $2.8 billion)",
    "97.1% of the budget ($8.5 billion)"."""
    inner = an.lower[region.start:region.end]
    if an.has_word(inner.lstrip(" :")[:20], an.lex.list_openers):
        return False  # "(trong đó, …)", "(of which …)": a breakdown, whatever else it says
    from linter.claims.analysis import PERIOD_OPENS

    if PERIOD_OPENS.match(inner.lstrip(" (")):
        return True  # "(tháng 11 đạt 510 …)", "(quý IV/2022 …)": another period's figure; a quarter within its year is periodparts'
    if _opens_with(inner.lstrip(" ("), an.lex.change_words):
        return True  # "1,214 (down 8.2% from 1,322)", "(tăng 120 hộ)": the figure's change and its base, no parts
    lead = an.lower[max(head.q.span.end, region.start - 21):region.start]  # "… of the budget ("
    if an.has_word(an.lower[max(head.q.span.end, region.start - 40):region.start], an.lex.shares.compare_words):
        return True  # "3.1 MB smaller than in 4.11.2 (51.7 MB)": the figure compared with, not a part
    if _names_its_level(an, head, inner):
        return True  # "trên báo động III 0,36 m (báo động III là 4,50 m)": the level compared with, not a part
    return any(g.q.year_like for g in an.figs_in(region)) or an.has_word(inner + " " + lead, an.lex.other_time + an.lex.target_words)


NAMED_LEVEL = lazyre.compile(lambda: r"[\s(]*(?P<name>[^\W\d_][^\d();,]{0,40}?)\s+(?:" + phrases("lists", "value_copulas") + r")\s+\d")


def _names_its_level(an: Analysis, head: Fig, inner: str) -> bool:
    """Whether a parenthesis gives, after a copula, the value of a thing its figure's sentence names
    before the figure ("vượt mức báo động III 0,36 m (báo động III là 4,50 m)"): that thing's own level."""
    m = NAMED_LEVEL.match(inner)
    if m is None:
        return False
    # back to the last full stop, semicolon or blank line, not to its clause or sentence: a hard-wrapped
    # line may end right before the figure ("trên báo động II\n0,62 m")
    lo = max(0, head.q.span.start - 160)
    ends = [(an.lower.rfind(mark, lo, head.q.span.start), len(mark)) for mark in (". ", "; ", "\n\n")]
    lo = max([lo] + [at + n for at, n in ends if at >= 0])
    before = " " + " ".join(an.lower[lo:head.q.span.start].split()) + " "
    return " " + " ".join(m.group("name").split()) + " " in before


def _averaged(an: Analysis, head: Fig) -> bool:
    """'Tuổi thọ trung bình đạt 74,2 tuổi (nam 71,5 tuổi, nữ 77,0 tuổi)', 'a median age of 38.4 years (men 37.1,
    women 39.8)': an average or a rate named right before a figure of a measure (years of age, points);
    its groups' values in parentheses neither add up to it nor stay below it. An average count ('Dân số
    trung bình 1,2 triệu người (nam …, nữ …)') is still the sum of its groups."""
    if (head.unit or head.q.unit or "").lower() not in MEASURE_WORDS:
        return False
    lead = an.lower[max(an.seg.clauses[head.clause].start, head.q.span.start - 40):head.q.span.start]
    return an.has_word(lead, an.lex.tables.not_additive + an.lex.tables.not_additive_words)


def _totals_before(an: Analysis, end: int) -> bool:
    """Whether a parenthesis opens with a total's word ('(tổng 221 huy chương)', '(total: 1,393)')."""
    return _opening_rx(an.lex.lists.trailing_totals + an.lex.tables.total_labels).match(an.lower, end) is not None


def _total_in_parens(an: Analysis, start: int, region: Span) -> Iterator[Claim]:
    """The total in a parenthesis after a list is the sum of the list's counts before it, from the start
    of the sentence or the last ';'; checked, like any total told after its parts, only when they miss it
    narrowly (a list may leave some out)."""
    total = next((g for g in an.figs_in(region) if g.count), None)
    sent = an.seg.sentences[an.seg.sentence(start)]
    lo = max(sent.start, an.lower.rfind(";", sent.start, start) + 1)
    if total is None:
        return
    parts = [p for p in an.figs_in(Span(lo, start)) if p.count and not p.attr and p.paren is None]
    parts = [p for p in parts if compatible(p.unit or total.unit, total.unit, an.lex.person_nouns)]
    if len(parts) >= 2 and _near(total.q.value, sum((p.q.value for p in parts), Decimal(0)), written=(total.q, *(p.q for p in parts))):
        ops = (Operand("total", total.q),) + tuple(Operand("part", p.q) for p in parts)
        yield Claim("sum", total.q, ops, "near", span=parts[0].q.span.cover(total.q.span))


@lru_cache(maxsize=8)
def _opening_rx(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return lazyre.eager(r"\s*(?:" + "|".join(map(re.escape, sorted(phrases, key=len, reverse=True))) + r")\b\s*:?\s*[$€£]?\d")


def _one_fraction(an: Analysis, region: Span) -> bool:
    """The parenthesis holds one fraction and no other figure."""
    inside = an.figs_in(region)
    if len(inside) != 2:
        return False
    if an.memo.fraction_spans is None:
        an.memo.fraction_spans = {(a.span, b.span) for a, b, _ in an.scan.fractions}
    return (inside[0].q.span, inside[1].q.span) in an.memo.fraction_spans


def _claims_for(an: Analysis, head: Fig, opener: str, region: Span) -> Iterator[Claim]:
    items = _items(an, region)
    years = _per_year(an, region)
    if opener == "(" and years is None and (_elsewhen(an, head, region) or _averaged(an, head)):
        return
    if opener == "(" and _one_fraction(an, region):
        return  # "3-point range (18-for-40)", "(16/20)": a count of its own whole, not a part of the figure before
    if not years and opener in an.lex.list_openers and len(items) >= 2 and _names_only(an, items[0]):
        return  # "won 7 times, including the Masters and the Players, the most since Woods won 9": a list of names
    exhaustive_list = opener in an.lex.exhaustive_openers
    parts = years or [p for item in items for p in _item_parts(an, item, region, exhaustive_list)]
    if opener == ":" and len(parts) < 2:
        return  # "Population per sq. mile: 3,473.9" labels a figure; it does not open a list
    same = [p for p in parts if compatible(p.unit or head.unit, head.unit, an.lex.person_nouns) or p.unit is None or _prize_of(an, p, head)]
    same = _without_named_numbers(an, head, same)
    for p in same:
        yield Claim("part_le_whole", p.q, (Operand("part", p.q), Operand("whole", head.q)), opener, span=head.q.span.cover(p.q.span))
    if len(same) >= 2:
        parts = same
    elif not years and any(p.unit is None for p in parts) and any(p.unit is not None for p in parts):
        return  # "12-of-18 shooting, including 4 of 6 …, and added 9 rebounds": a bare figure beside counted things
    if len(parts) < 2:
        return
    shares = _shares_of(an, parts, items)
    if shares and sum(shares) > 100 + len(shares) * Decimal("0.5"):
        return  # overlapping categories (nữ, dân tộc thiểu số …): not a breakdown
    if _overlapping(an, parts, items):
        return
    complete = shares is not None and abs(sum(shares) - 100) <= _share_tolerance(an, parts, items)
    exhaustive = bool(years) or opener in an.lex.exhaustive_openers or complete or (opener == "(" and len(same) == len(parts))
    if exhaustive and not years and (_some_of(head, parts, shares, _share_tolerance(an, parts, items)) or _together_short(an, parts, region)):
        exhaustive = False  # "of which machinery $14.1 billion (26.7%) and chemicals $9.6 billion (18.2%)"
    if exhaustive and not years and _more_follow(an, region):
        exhaustive = False  # "… of which fees $30.0 million and grants $44.0 million. In addition, …": more members told
    total = sum((p.q.value for p in parts), Decimal(0))
    if not (exhaustive and len(same) == len(parts)) and not _near(head.q.value, total, strict=opener == LEADING_OPENER,
                                                                   written=(head.q, *(p.q for p in parts))):
        return
    if not exhaustive and total < head.q.value and opener in an.lex.lists.partial_openers:
        return  # "7 titles, including 4 on clay and 2 on grass": some of them, by its own word
    if not years and _cuts_across(an, head, parts, items):
        return  # "6.180 lao động nữ, 6.050 lao động trong ngành nông nghiệp": women and farmers overlap
    if not exhaustive and _prefix_adds_up(head, parts):
        return  # "2.105 ca, trong đó 1.986 tại nhà, 119 tại cơ sở y tế, có 7 ca thở oxy": the last details the one before
    ops = (Operand("total", head.q),) + tuple(Operand("part", p.q) for p in parts)
    yield Claim("sum", head.q, ops, "exhaustive" if exhaustive else "near", span=head.q.span.cover(parts[-1].q.span), extra=(("per_year", bool(years)),))


MORE_REACH = 3  # sentences after a breakdown in which one opening with "In addition", "Bên cạnh đó" names more of its members


def _more_follow(an: Analysis, region: Span) -> bool:
    """Whether a sentence soon after the breakdown opens with "In addition", "Ngoài ra": the list was not all."""
    if not an.lex.more_members:
        return False
    k = an.seg.sentence(max(region.start, region.end - 1))
    for sent in an.seg.sentences[k + 1:k + 1 + MORE_REACH]:
        lead = len(an.lower[sent.start:sent.end]) - len(an.lower[sent.start:sent.end].lstrip(" -–•*"))
        if an.lex.rx("more_members").match(an.lower, sent.start + lead):
            return True
    return False


def _share_list(an: Analysis, start: int, end: int, opener: str) -> Iterator[Claim]:
    """'Trong đó, nam chiếm 48,5%, nữ chiếm 51,5%': items that each give only a share of one whole.

    Such shares partition the whole when they come close to 100%; they must then reach it within
    n × half a unit of their last digit (33,3 + 33,3 + 33,3 is fine).
    """
    yield from _shares_in(an, _region(an, start, end, opener), opener)


def _shares_in(an: Analysis, region: Span, opener: str) -> Iterator[Claim]:
    items = _items(an, region)
    shares = []
    for item in items:
        figs = [g for g in an.figs_in(item) if g.paren is None or g.paren.start < region.start]
        pcts = [g for g in figs if g.q.percent and not g.delta and g.q.hedge is None]
        if len(pcts) != 1 or any(g.count for g in figs):
            return
        shares.append(pcts[0])
    total = sum((s.q.value for s in shares), Decimal(0))
    if len(shares) >= 2 and abs(total - 100) <= 3:
        ops = tuple(Operand("share", s.q) for s in shares)
        yield Claim("shares_total", shares[-1].q, ops, opener, span=shares[0].q.span.cover(shares[-1].q.span))


def extract(an: Analysis) -> Iterator[Claim]:
    if not an.figs:
        return
    seen: set[tuple[int, int]] = set()
    heads: set[int] = set()
    for start, end, opener in _openers(an):
        region = _region(an, start, end, opener)
        if not _has_figure(an, region):
            continue  # parts and shares both stand inside the region
        if opener == "(" and _totals_before(an, end):
            yield from _total_in_parens(an, start, region)  # "86 vàng, 71 bạc và 64 đồng (tổng 221 huy chương)"
            continue
        if opener not in ("(", ":") and _opens_sentence(an, start):
            back = _refer_back(an, start, opener, region)  # "Trong đó, …", "Of these, …"
            if back is not None:
                yield from back
                continue
        head = _pick_head(an, _heads(an, start, opener), region)
        if head is None:
            yield from _share_list(an, start, end, opener)
            continue
        key = (head.i, region.start)
        if key in seen or region.end <= region.start:
            continue
        seen.add(key)
        heads.add(head.i)
        yield from _claims_for(an, head, opener, region)
    yield from _leading(an, heads)
    yield from _inner_leading(an, heads)
    yield from _then_part(an)
    yield from _trailing(an)
    yield from _by_paragraph(an)


PHRASE_REACH = 200  # characters from a sentence's start to the total its phrase gives


def _by_paragraph(an: Analysis) -> Iterator[Claim]:
    """'Tổng số hộ được hỗ trợ nhà ở là 3.420 hộ. ¶ … kết quả theo từng xã như sau: ¶ Xã A …;
    tổng số hộ được hỗ trợ nhà ở là 1.180 hộ. ¶ Xã B …': a total said with a phrase opening
    with a total word, a paragraph announcing the breakdown with a colon, then paragraphs each giving
    one part with the same phrase. The list may leave some out: checked only when it misses its
    total narrowly (one mistyped digit, or within 2%)."""
    for head in an.figs:
        phrase = _total_phrase(an, head)
        if phrase is None or head.para + 2 >= len(an.seg.paragraphs):
            continue
        intro = an.seg.paragraphs[head.para + 1]
        if not an.text[intro.start:intro.end].rstrip().endswith(":") or an.figs_in(intro):
            continue
        parts = _phrase_parts(an, phrase, head, head.para + 2)
        if len(parts) < 2 or not _near(head.q.value, sum((p.q.value for p in parts), Decimal(0)), written=(head.q, *(p.q for p in parts))):
            continue
        ops = (Operand("total", head.q),) + tuple(Operand("part", p.q) for p in parts)
        yield Claim("sum", head.q, ops, "near", span=head.q.span.cover(parts[-1].q.span), extra=(("per_year", False),))


def _total_phrase(an: Analysis, head: Fig) -> re.Pattern[str] | None:
    """The phrase a sentence gives its total with ('Tổng số hộ nghèo và hộ cận nghèo là 12.464'): from
    a total word opening the sentence, three words or more, then a copula; as a pattern."""
    sent = an.seg.sentences[head.sent]
    if not head.count or head.q.hedge is not None or head.q.span.start - sent.start > PHRASE_REACH:
        return None
    lead = an.lower[sent.start:head.q.span.start].strip()
    copula = next((c for c in an.lex.lists.value_copulas if lead.endswith(" " + c)), None)
    if copula is None or an.figs_in(Span(sent.start, head.q.span.start)):
        return None
    words = lead[:-len(copula)].split()
    total = next((w for w in an.lex.total_words if " ".join(words).startswith(w + " ")), None)
    if total is None or len(words) - len(total.split()) < 3:
        return None
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"\s+" + re.escape(copula) + r"\s*$")


def _phrase_parts(an: Analysis, phrase: re.Pattern[str], head: Fig, para: int) -> list[Fig]:
    """One count per paragraph from `para` on, each right after the total's phrase, until a paragraph without it."""
    parts: list[Fig] = []
    for k in range(para, len(an.seg.paragraphs)):
        start = an.seg.paragraphs[k].start
        counts = [g for g in an.figs_in(an.seg.paragraphs[k])
                  if g.count and phrase.search(an.lower[max(start, g.q.span.start - PHRASE_REACH):g.q.span.start])]
        if len(counts) != 1 or not compatible(counts[0].unit, head.unit, an.lex.person_nouns):
            break
        parts.append(counts[0])
    return parts


BACK_REACH = 800  # characters before a sentence that a "Trong số này" may refer back over


def _points_back(an: Analysis, sent_start: int) -> bool:
    """Whether the sentence opens with a subject pointing at the count before it ("That number …")."""
    lead = an.lower[sent_start:sent_start + 40].lstrip(" -–•*")
    return any(lead.startswith(w + " ") for w in an.lex.back_subjects)


def _opens_sentence(an: Analysis, start: int) -> bool:
    """Whether the opener at `start` opens its sentence, alone or after a subject pointing back ("That number included")."""
    sent_start = an.seg.sentences[an.seg.sentence(start)].start
    if start - sent_start >= 40:
        return False  # tested first: a run-on sentence's lead is not cut for every opener in it
    lead = an.lower[sent_start:start].strip(" ,(-–•*")
    return not lead or lead in an.lex.back_subjects


def _earlier_counts(an: Analysis, start: int, region: Span) -> list[list[Fig]]:
    """The counts of up to three sentences before the one at `start` that count what the list's
    first item counts, grouped by sentence, nearest first."""
    sent = an.seg.sentence(start)
    sent_start = an.seg.sentences[sent].start
    first = next((g for g in an.figs_in(region) if g.count), None)
    dens = _fraction_dens(an)
    groups: dict[int, list[Fig]] = {}
    for j in range(bisect.bisect_left(an.fig_starts, sent_start) - 1, -1, -1):
        g = an.figs[j]
        if sent_start - g.q.span.start > BACK_REACH or g.sent not in groups and len(groups) == 3:
            break
        if not g.count or _describes(an, g) or id(g.q) in dens or g.paren is not None or g.q.year_like:
            continue
        if first is not None and first.unit is not None and not compatible(first.unit, g.unit, an.lex.person_nouns):
            if not (g.unit is None and g.q.currency is None and _points_back(an, sent_start)):
                continue  # "… count was 412. That number included 116 new listings": the count the subject points at
        groups.setdefault(g.sent, []).append(g)
    return list(groups.values())


def _refer_back(an: Analysis, start: int, opener: str, region: Span) -> list[Claim] | None:
    """Parts named by a sentence that refers back ("Trong số này, …", "Of these, …") to a total stated
    before it. The only figure of the sentence before counting the same thing is that total; when
    there are several, or none, the total is the one the parts add up to, searched a few sentences
    back (a list of parts often stands between), else the only one naming the same noun as the
    parts. Otherwise which one is meant is not known: each part is only held within the largest of
    them. None when nothing is referred to."""
    groups = _earlier_counts(an, start, region)
    sent = an.seg.sentence(start)
    nearest = groups[0] if groups and (groups[0][0].sent >= sent - 1 or _only_shares_between(an, groups[0][0].sent, sent)) else []
    exact = [g for g in nearest if g.q.hedge is None] or nearest
    named = _named_total(an, region, groups)
    if named is not None:  # "… Hà Nội … nhiều nhất với 106 em. … Cụ thể, Hà Nội … với 11 …, 45 … và 50 …"
        return list(_claims_for(an, named, opener, region))
    if len(exact) == 1:
        first = next((g for g in an.figs_in(region) if g.count), None)
        if exact[0].unit is None and first is not None and _points_back(an, an.seg.sentences[sent].start):
            # "… count was 412. That number included 116 new listings": the count pointed at counts the listings
            return list(_claims_for(an, replace(exact[0], unit=first.unit), opener, region))
        return list(_claims_for(an, exact[0], opener, region))
    for g in (g for group in groups for g in group):
        claims = list(_claims_for(an, g, opener, region))
        if any(c.kind == "sum" and adds_up(c.operands[0].quantity, c.operands_of("part")) for c in claims):
            return claims
    if not exact:
        return None
    first = next((g for g in an.figs_in(region) if g.count), None)
    same_noun = [g for g in exact if first is not None and first.unit is not None and g.unit == first.unit]
    if len(same_noun) == 1:  # "96 học sinh …, 85 em đoạt giải. Trong đó, 3 em …": the one naming the same noun
        return list(_claims_for(an, same_noun[0], opener, region))
    largest = max((g for group in groups for g in group if g.q.hedge is None), key=lambda g: g.q.value, default=exact[0])
    # only a bound, not the whole the parts were named of: a share of them does not take it as its head
    return [replace(c, evidence=BOUND) for c in _claims_for(an, largest, opener, region) if c.kind == "part_le_whole"]


def _named_total(an: Analysis, region: Span, groups: list[list[Fig]]) -> Fig | None:
    """The count of the one earlier sentence naming what the list's subject names: a list opening
    with a name ('Cụ thể, Hà Nội dẫn đầu với 11 …, 45 … và 50 …') breaks down the one count an
    earlier sentence gives that name ('Hà Nội … nhiều nhất với 106 em'), when that sentence has
    no other count of the same thing, no other earlier sentence names it and the further items
    name nothing of their own."""
    first = next((g for g in an.figs_in(region) if g.count), None)
    if first is None:
        return None
    words = an.text[region.start:first.q.span.start].strip(" ,:").split()
    name = []
    for w in words:
        if not w[:1].isupper():
            break
        name.append(w.strip(",:;"))
    later = [item for item in _items(an, region) if item.start > first.q.span.start]
    if not name or any(an.text[item.start:item.end].strip()[:1].isupper() for item in later):
        return None  # "Of these, Democrats held 30 and Republicans 20": each item has its own name
    rx = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name)) + r"(?!\w)")
    sent = an.seg.sentence(region.start)
    earliest = min((group[0].sent for group in groups), default=sent)
    naming = [k for k in range(earliest, sent) if rx.search(an.text, an.seg.sentences[k].start, an.seg.sentences[k].end)
              and any(g.count for g in an.figs_in(an.seg.sentences[k]))]
    found = [group for group in groups if [group[0].sent] == naming]
    return found[0][0] if len(found) == 1 and len(found[0]) == 1 else None


def _only_shares_between(an: Analysis, before: int, sent: int) -> bool:
    """Whether a single sentence stands between the total's and the list's, and it gives nothing but
    shares ("… có 14 doanh nghiệp … So với cùng kỳ, số vốn chỉ bằng 42,0%. Trong đó, có 9 doanh nghiệp …"): the
    list still refers to the count before it. A sentence with years, dates or counts of its own, or
    with no figure at all (a new topic: "Trong đó, tập trung vào các nhiệm vụ …"), has moved on."""
    if before != sent - 2:
        return False
    between = an.seg.sentences[sent - 1]
    figs = an.figs_in(Span(between.start, between.end))
    return bool(figs) and all(g.q.percent for g in figs)


def _has_figure(an: Analysis, region: Span) -> bool:
    i = bisect.bisect_left(an.fig_starts, region.start)
    return i < len(an.figs) and an.figs[i].q.span.start < region.end


def _trailing(an: Analysis) -> Iterator[Claim]:
    """'tiếp nhận mới 4.131 hồ sơ, … chuyển sang là 2.171, lũy kế … là 6.302 hồ sơ': a total after its parts."""
    said: dict[str, int | None] = {}
    for g in an.figs:
        if not g.count:
            continue  # a share, a change or a label totals nothing: its lead is not searched
        clause = an.seg.clauses[g.clause]
        lo = max(clause.start, g.q.span.start - 120)
        lead = an.lower[lo:g.q.span.start]
        at = said.get(lead, _MISSING)  # where a total word ends the lead, once per distinct lead (a text of figures repeats them)
        if at is _MISSING:
            m = TRAILING_TOTAL.search(lead)
            at = said[lead] = m.start() if m else None
        if at is None:
            continue
        parts = [p for p in an.figs_in(Span(max(clause.start, lo - 400), lo + at)) if p.count and not p.attr and p.paren is None]
        parts = [p for p in parts if compatible(p.unit or g.unit, g.unit, an.lex.person_nouns)]
        total = sum((p.q.value for p in parts), Decimal(0))
        if len(parts) >= 2 and _near(g.q.value, total, written=(g.q, *(p.q for p in parts))):
            ops = (Operand("total", g.q),) + tuple(Operand("part", p.q) for p in parts)
            yield Claim("sum", g.q, ops, "near", span=parts[0].q.span.cover(g.q.span))


def _names_members_before(an: Analysis, end: int, sent_index: int) -> bool:
    """'Trong các nguồn thu, …' after 'tổng thu ngân sách …': the members named ('nguồn thu') share a
    word with the sentence before ('thu'); 'Trong các năm qua' names a time, not members."""
    comma = an.lower.find(",", end, end + 60)
    phrase = an.lower[end:comma if comma >= 0 else end + 30]
    named = [w for w in re.findall(r"\w+", phrase) if not w.isdigit()]
    if not named or named[0] in MEASURE_WORDS or sent_index == 0:
        return False
    if re.search(r"\d", phrase) or an.has_word(phrase, an.lex.other_time + an.lex.target_words + an.lex.lists.plan_before):
        return False  # "Trong các nguồn thu năm 2025 dự kiến, …": members of another year's or a plan's total
    before = an.seg.sentences[sent_index - 1]
    said = set(re.findall(r"\w+", an.lower[before.start:before.end]))
    return any(w in said and w not in an.lex.function_words for w in named)


POSSESSIVE = re.compile(r"^\s*[\w.-]+['’]s(?=\s|$)")


def _names_its_whole(an: Analysis, end: int, first: Fig) -> bool:
    """'Trong số 3.405 hồ sơ', 'Of the nearly 1,200 members': the whole follows the leading words at once
    (a hedge may stand between) or a word naming it ('Trong số hồ sơ đang giải quyết gồm 7.100 …');
    'Trong số này có 9 …', 'Trong số người trúng cử có 20 …' name it only by reference."""
    between = POSSESSIVE.sub("", an.lower[end:first.q.span.start].rstrip(" $€£"), count=1)  # "Of the county's 98 deaths"
    if first.q.hedge is not None:
        between = _strip_hedge(an, between)
    return not between.strip() or bool(ending_rx(an.lex.lists.whole_before).search(between))


def _leading(an: Analysis, heads: set[int]) -> Iterator[Claim]:
    """'Trong số 3.405 hồ sơ đang giải quyết, A … và B …'; 'Of the $109.1 million, A … B …'."""
    for sent_index, sent in enumerate(an.seg.sentences):
        lead_start = sent.start + len(an.lower[sent.start:sent.end]) - len(an.lower[sent.start:sent.end].lstrip())
        m = LEADING.match(an.lower, lead_start)
        if not m or _opener_rx(an.lex.list_openers).match(an.lower, lead_start):
            continue  # "Trong số đó, …" opens a list of its own
        if m.group().startswith(an.lex.lists.member_wholes) and not _names_members_before(an, m.end(), sent_index):
            continue  # "Trong các năm qua, …": a time; "Trong các khoản chi" after revenue: members of something else
        first = next((g for g in an.figs_in(sent) if g.count), None)
        if first is None or first.q.unit in MEASURE_WORDS:
            continue  # "Trong 6 tháng đầu năm, …" is a period, not a whole
        if not _names_its_whole(an, m.end(), first):  # "Trong số này, …", "Trong số người trúng cử, …"
            # the first figure is a part here: a list it heads later in the sentence does not make it a whole
            if _names_another_noun(an, m.end(), first, lead_start):
                continue  # "… with 71,300 travelers. Of the month's passengers, 612,400 …": another count named
            yield from _refer_back(an, lead_start, LEADING_OPENER, Span(m.end(), min(sent.end, m.end() + MAX_LIST))) or ()
            continue
        if first.i in heads:
            continue
        begin = first.q.end
        region = Span(begin, _compared_at(an, begin, min(sent.end, begin + MAX_LIST)))
        found = list(_claims_for(an, first, LEADING_OPENER, region))
        yield from found
        if not found:  # "Of the 1,200 people surveyed, 54% backed it, 38% opposed it and 8% were unsure"
            comma = an.text.find(",", begin, region.end)  # the shares start after the clause naming the whole
            yield from _shares_in(an, Span(comma + 1 if comma >= 0 else begin, region.end), LEADING_OPENER)


def _names_another_noun(an: Analysis, end: int, first: Fig, lead_start: int) -> bool:
    """Whether the leading words name a noun ('Of the month's passengers,') that none of the counts they may
    refer back to counts, each of which names its own ('with 71,300 travelers'). The head noun stands first
    or last as the language puts it: either may name the count."""
    words = re.findall(r"[^\W\d_]+", an.lower[end:first.q.span.start].split(",")[0])
    if not words or words[-1] in an.lex.function_words:
        return False  # "Trong số những người này", "Of those": a word pointing back, no noun of its own
    nouns = {n for n in (unit_key(words, an.lex), unit_key(words[-1:], an.lex)) if n} if words else set()
    groups = _earlier_counts(an, lead_start, Span(first.q.span.start, first.q.span.end))
    near = groups[0] if groups else []
    if not nouns or not near or any(g.unit is None or g.q.currency is not None for g in near):
        return False  # money is named by what it is for ('Trong các nguồn thu'), not by a counted noun
    return not any(compatible(n, g.unit, an.lex.person_nouns) for n in nouns for g in near)


def _compared_at(an: Analysis, begin: int, end: int) -> int:
    """Where the parts of a leading whole stop: '…, 30 met it in 2023, compared with 44 of 50 schools in 2024',
    '…, so với …', '…; this year, 136 applied': what follows a comparison or another time's clause is not of it."""
    words = an.lex.changes.compared
    m = re.search(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", an.lower[begin:end]) if words else None
    end = begin + m.start() if m else end
    semi = _next_semicolon(an, begin, end)
    while semi >= 0:  # "Of the 120 applicants last year, 75 …; this year, 136 applied …": another time's statement
        nxt = next(iter(an.figs_in(Span(semi, end))), None)
        lead = an.lower[semi + 1:nxt.q.span.start if nxt else end]
        if an.has_word(lead, an.lex.lists.this_periods + an.lex.other_time) or (nxt is not None and nxt.q.year_like):
            return semi
        semi = _next_semicolon(an, semi + 1, end)
    return end


# another whole opened further on in the sentence: the parts of the one before end there
INNER_AGAIN = lazyre.compile(lambda: r"(?<!\w)(?:" + _p("leading_wholes") + "|" + _p("leading_before_figure") + r")\s+(?=(?:(?:" + _hedges() + r")\s+)?\d)")
INNER_REACH = 120  # characters from an inner whole to the word giving its part


def _next_whole(an: Analysis, end: int, stop: int) -> int:
    """Where the next whole opens ('…, và trong 34 xã đồng bằng có 31 xã'): the parts before it end there.
    A period ('trong 6 tháng đầu năm') opens none."""
    for m in INNER_AGAIN.finditer(an.lower, end, stop):
        g = next(iter(an.figs_in(Span(m.end(), m.end() + 12))), None)
        if g is not None and g.count and (g.unit or "") not in MEASURE_WORDS:
            return m.start()
    return stop


@lru_cache(maxsize=4)
def _inner_rx(lang: str) -> re.Pattern[str] | None:
    """', trong 86 người …', 'khi trong tổng số 100 …': a whole opened inside a sentence."""
    words = LEXICONS[lang].inner_whole_before if lang in LEXICONS else ()
    if not words:
        return None
    alt = "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))
    leading = r"(?:" + _p("leading_wholes") + "|" + _p("leading_before_figure") + r")"  # "trong tổng số", "trong số", "trong"
    return lazyre.eager(r"(?:,|(?<!\w)(?:" + alt + r"))\s+" + leading + r"\s+(?=(?:(?:" + _hedges() + r")\s+)?\d)")


def _inner_leading(an: Analysis, heads: set[int]) -> Iterator[Claim]:
    """'Ở cấp xã, trong 37 người ứng cử, có 25 người trúng cử': a whole named inside a sentence,
    its parts given after 'có', 'chỉ' within the sentence. A period ("trong 6 tháng") names no whole."""
    rx = _inner_rx(an.lex.lang)
    if rx is None:
        return
    for m in rx.finditer(an.lower):
        whole = next((g for g in an.figs_in(Span(m.end(), m.end() + 12)) if g.count), None)
        if whole is None or whole.i in heads or whole.unit is None or whole.unit in MEASURE_WORDS or not _names_its_whole(an, m.end(), whole):
            continue
        sent = an.seg.sentences[whole.sent]
        end = whole.q.span.end
        stop = _next_semicolon(an, end, sent.end)
        stop = sent.end if stop < 0 else stop
        stop = _next_whole(an, end, stop)
        said = an.lex.rx("inner_part_before").search(an.lower, end, min(stop, end + INNER_REACH))
        nxt = next((g for g in an.figs_in(Span(end, stop)) if not g.label and (g.unit or "") not in MEASURE_WORDS), None)
        if said is None or nxt is None or nxt.q.span.start < said.end():
            continue  # no part given, or another figure first
        if an.has_word(an.lower[end:nxt.q.span.start], an.lex.other_time + an.lex.target_words):
            continue  # "trong 120 hồ sơ đã nhận, năm trước có 340 …": another time's or a plan's figure
        heads.add(whole.i)
        yield from (c for c in _claims_for(an, whole, LEADING_OPENER, Span(said.start(), stop)) if c.kind == "part_le_whole")


ROUND_BASES = frozenset({Decimal(10), Decimal(100), Decimal(1000), Decimal(10000), Decimal(100000)})  # per 100, per 1.000 …


def _then_part(an: Analysis) -> Iterator[Claim]:
    """'toàn tỉnh có 96 học sinh dự thi thì có 85 em đoạt giải': in one clause, a count and after
    'thì có' the part of it that did something; 'nếu … thì có …' is a condition, not a part."""
    if not an.lex.then_part_before:
        return
    for m in an.lex.rx("then_part_before").finditer(an.lower):
        clause_start = max(an.text.rfind(c, 0, m.start()) for c in ",;:.\n") + 1
        before = [g for g in an.figs_in(Span(clause_start, m.start())) if g.count and (g.unit or "") not in MEASURE_WORDS]
        part = next((g for g in an.figs_in(Span(m.end(), m.end() + 20)) if g.count), None)
        if not before or part is None or an.has_word(an.lower[an.seg.sentences[part.sent].start:m.start()], an.lex.conditionals):
            continue
        whole = before[-1]
        if whole.unit is None or not compatible(part.unit or whole.unit, whole.unit, an.lex.person_nouns):
            continue
        if an.has_word(an.lower[clause_start:whole.q.span.start], an.lex.ratio_openers) or whole.q.value in ROUND_BASES:
            continue  # "cứ 100 trẻ em gái thì có 112 trẻ em trai": a ratio of two groups, not a part
        yield Claim("part_le_whole", part.q, (Operand("part", part.q), Operand("whole", whole.q)), "then", span=whole.q.span.cover(part.q.span))

"""Percent claims: a stated share linked to its part and to the whole it is a share of.

The whole comes, in order of certainty, from a fraction written beside the share ("49/53 … đạt
92,45%", "73,25% (115/157)"), an explicit base ("trong tổng số 15.081 trường", "out of 640"), the
total heading the enumeration the part belongs to, or the figures before it that count the same
thing. A share whose whole is only guessed is checked against every such figure and flagged only
when none of them gives it; a group of shares whose implied wholes disagree are rates of different
bases ("mầm non 141 (51,8%), tiểu học 206 (75,2%)") and are left alone.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import lru_cache
from typing import Iterable, Iterator

from linter.core import lazyre
from linter.claims.shares import lines as sharelines
from linter.claims.analysis import Analysis, Fig, compatible, ending_rx, states_change
from linter.figures.arith import implied_whole
from linter.figures.context import unit_key
from linter.lang.packs import lexicon, phrases, words as pack_words
from linter.core.model import Claim, Operand, Quantity, Span
from linter.claims.shares.explain import explain
from linter.claims.shares.readings import describes_members, in_places, names_rate, in_signed_list, own_group, parallel_rate, same_count



def _p(name: str) -> str:
    """The packs' share words `name` (`Lexicon.shares`) as one alternation, written when a pattern is first used."""
    return phrases("shares", name)


CHANGE_AFTER = lazyre.compile(lambda: r"^\s*(?:" + _p("compare_words") + r")\s+(?:" + _p("period_starts") + r"|\d)")
POINTS_AFTER = lazyre.compile(lambda: r"^\s*(?:" + phrases("changes", "points") + r")(?!\w)")
FROM_TO_BEFORE = lazyre.compile(lambda: r"\b(?:" + _p("from_to") + r")\s*$")
RESPECTIVE_REACH = 160  # characters from a listed percentage to the 'respectively' that closes its run
LISTED = lazyre.compile(lambda: r"\s*(?:,\s*(?:(?:" + _p("run_and") + r")\s+)?|(?:" + _p("run_and") + r")\s+)")  # between two percentages of one run
WHOLE_NOUN = lazyre.compile(lambda: r"^\s*(?:\(?\s*)?(?:" + _p("whole_lead") + r")?\s*(?:(?:" + _p("whole_total") + r")\s+)?(?:(?:" + _p("whole_count") + r")\s+)?", re.I)


@lru_cache(maxsize=8)
def _alternation(lang: str, name: str) -> str:
    """The words that announce a whole ("trong tổng số") or name a total, as one regex alternation."""
    lex = lexicon(lang)
    found = lex.whole_markers + pack_words("shares", "whole_extra") if name == "whole" else lex.total_words + pack_words("shares", "total_extra")
    return "|".join(map(re.escape, sorted(found, key=lambda w: (-len(w), w))))


@lru_cache(maxsize=8)
def _named_total_rx(lang: str) -> re.Pattern[str]:
    """A word naming a total, then up to eight words, at the end of the text before a figure."""
    return lazyre.eager(r"(?:" + _alternation(lang, "total") + r")\s+(?:[^\d\s]+\s+){0,8}$")


RESPECTIVELY_WORD = lazyre.compile(lambda: r"(?<!\w)(?:" + phrases("changes", "respectively") + r")(?!\w)")


def _respective(an: Analysis, f: Fig) -> bool:
    """'…, or 60% and 40% of the regional total, respectively': each of a run of percentages belongs to
    its own figure in order, so the one nearest is not its part (the change linker pairs such runs)."""
    sent = an.seg.sentences[f.sent]
    ahead = an.lower[f.q.span.end:min(sent.end, f.q.span.end + RESPECTIVE_REACH)]  # bounded: a run-on text stays linear
    m = RESPECTIVELY_WORD.search(ahead)
    if m is None or any(mark in ahead[:m.start()] for mark in ".;"):
        return False
    i = f.i
    near = [an.figs[k] for k in (i - 1, i + 1) if 0 <= k < len(an.figs) and an.figs[k].sent == f.sent and an.figs[k].q.percent]
    return any(LISTED.fullmatch(an.text, *sorted((g.q.span.end, f.q.span.start) if g.i < i else (f.q.span.end, g.q.span.start))) for g in near)


def _skip(an: Analysis, f: Fig) -> bool:
    """A percentage that is a change, a target attainment or a value in points, not a share."""
    after = an.lower[f.q.span.end:f.q.span.end + 40]
    before = an.lower[max(an.seg.clauses[f.clause].start, f.q.span.start - 120):f.q.span.start]
    if f.delta or states_change(an, f) or in_signed_list(an, f):
        return True
    known = an.memo.share_contexts  # the words around a percentage, read once per distinct text around it
    read = known.get((after, before))
    if read is None:
        read = known[after, before] = _context(an, after, before)
    skipped, attained = read
    if skipped or _respective(an, f):
        return True
    return attained and _attainment_sentence(an, f.sent)


def _context(an: Analysis, after: str, before: str) -> tuple[bool, bool]:
    """What the text around a percentage says of it: (a change, a value in points, a target or a
    target's level: no share; it follows an attainment verb)."""
    skipped = bool(CHANGE_AFTER.match(after) or POINTS_AFTER.match(after) or FROM_TO_BEFORE.search(before[-12:])
                   # "đạt 101% kế hoạch": attainment of a target, checked by C003
                   or _target_after_rx(an.lex.lang).match(after)
                   # "(chỉ tiêu số 5, kế hoạch 73%)", "a target of 55%": the level aimed at, a share of nothing
                   or _target_before_rx(an.lex.lang).search(before[-30:])
                   # "its 412 beds were 81.6% occupied": how full the figure before is; no part is stated
                   or DEGREE_AFTER.match(after)
                   # "công suất phòng bình quân đạt 82%": the use of a capacity not counted, no share of what precedes
                   or DEGREE_BEFORE.search(before)
                   # "led 21,806 to 17,412, or 55.6% to 44.4%", "a vote of 3,412 to 1,126, or 75.2% in favor": of both
                   or PAIR_BEFORE.search(before) and not FROM_PAIR.search(before)
                   # "$212 million, or 2.6%, above the forecast of $8.20 billion": a difference and its rate
                   or RESTATED_BEFORE.search(before) and COMPARED_AFTER.match(after)
                   # "up $9 from $259, or 3.5%": the change just said, restated as a percentage of its base
                   or CHANGE_FROM_BEFORE.search(before))
    return skipped, bool(ATTAIN_BEFORE.search(before))


ATTAIN_BEFORE = lazyre.compile(lambda: r"\b(?:" + _p("attain_before") + r")\s*$")
# "rose from 3,000 to 3,600, or 60% of …": a change and a share of the whole named after it, not a pair's share
FROM_PAIR = lazyre.compile(lambda: r"\b(?:" + phrases("changes", "from_words") + r")\s+[$€£]?\d[\d.,]*\s*(?:" + phrases("changes", "to_bare")
                           + r"|[-–])\s*[$€£]?\d[\d.,]*\s*,?\s*(?:" + phrases("changes", "restating") + r")\s*$")
PAIR_BEFORE = lazyre.compile(lambda: r"\d\s*(?:" + phrases("changes", "to_bare") + r"|[-–])\s*[$€£]?\d[\d.,]*\s*,?\s*(?:" + phrases("changes", "restating") + r")\s*$")
CHANGE_FROM_BEFORE = lazyre.compile(lambda: r"(?<!\w)(?:" + phrases("changes", "from_verbs") + r")\s+[$€£]?\d[\d.,]*(?:\s+[^\W\d]+){0,2}\s+(?:"
                                    + phrases("changes", "from_words") + r")\s+[$€£]?\d[\d.,]*(?:\s+[^\W\d]+){0,3}\s*,\s*(?:"
                                    + phrases("changes", "restating") + r")\s*$")
DEGREE_AFTER = lazyre.compile(lambda: r"^\s*(?:" + _p("degree_words") + r")\b")
DEGREE_BEFORE = lazyre.compile(lambda: r"(?<!\w)(?:" + _p("degree_nouns") + r")(?!\w)[^\d,;:()]{0,60}$")
# a rate's name running from its first word to the percentage: a count within it names the rate
RATE_NAME = lazyre.compile(lambda: r"(?<!\w)(?:" + _p("rate_names") + r")(?!\w)[^,;:()]{0,80}$")
RESTATED_BEFORE = lazyre.compile(lambda: r"\d(?:\s+[^\W\d]+){0,3}\s*,\s*(?:" + phrases("changes", "restating") + r")\s*$")
COMPARED_AFTER = lazyre.compile(lambda:
    r"^\s*,?\s*(?:" + phrases("changes", "above_below") + r"|(?:" + phrases("changes", "than_comparatives") + r")\s+(?:"
    + phrases("changes", "than_bare") + r"))\b")


@lru_cache(maxsize=8)
def _target_after_rx(lang: str) -> re.Pattern[str]:
    targets = "|".join(map(re.escape, lexicon(lang).target_words))
    return lazyre.eager(r"\s*(?:(?:" + _p("target_of") + r") )?(?:" + targets + r")\b")


@lru_cache(maxsize=8)
def _target_before_rx(lang: str) -> re.Pattern[str]:
    targets = "|".join(map(re.escape, lexicon(lang).target_words))
    return lazyre.eager(r"(?<!\w)(?:" + targets + r")(?:\s+(?:" + _p("target_copulas") + r"))?\s*:?\s*$")


def _attainment_sentence(an: Analysis, sent: int) -> bool:
    """Whether a sentence states an attainment of a target ("đạt 105% chỉ tiêu"), once per sentence."""
    cache = an.memo.attainment
    if sent not in cache:
        span = an.seg.sentences[sent]
        targets = "|".join(map(re.escape, an.lex.target_words))
        rx = r"\b(?:" + _p("attain_verbs") + r")\s+(?:(?:" + _p("attain_hedges") + r") )?\d[\d.,]*\s?%\s+(?:" + targets + ")"
        cache[sent] = bool(re.search(rx, an.lower[span.start:span.end]))
    return cache[sent]


FRACTION_REACH = 300  # how far before a share its fraction is looked for, in characters
MADE_OF_TRIED_PAREN = lazyre.compile(r"[^();,%]{1,40}\(\s*")


def _made_of_tried(an: Analysis, a: Quantity, b: Quantity) -> bool:
    """'18-for-40': the count made, the lexicon's joining word, the count tried."""
    return an.text[a.span.end:b.span.start].lower().strip("-") in {w.lower() for w in an.lex.made_of_tried}


def _fraction(an: Analysis, f: Fig) -> tuple[Quantity, Quantity] | None:
    clause = an.seg.clauses[f.clause]
    fractions = an.scan.fractions
    starts = an.memo.fraction_starts
    if starts is None:
        starts = an.memo.fraction_starts = [span.start for _, _, span in fractions]
    lo = bisect.bisect_left(starts, max(clause.start, f.q.span.start - FRACTION_REACH))  # bounded: a run-on clause is long
    hi = bisect.bisect_right(starts, f.q.span.end + 40)
    near = [(a, b, span) for a, b, span in fractions[lo:hi] if span.start >= clause.start]
    for a, b, span in near:  # its own fraction after it first: "…, and the Bulls 44.0% (40 of 91)"
        if SHARE_OF_THEN_PAREN.fullmatch(an.text, f.q.span.end, span.start):
            return a, b  # "35.6% of members (1,120 of 3,146)", "95% số xã đạt chuẩn (114/120 xã)"
        if _made_of_tried(an, a, b) and span.start > f.q.span.end and MADE_OF_TRIED_PAREN.fullmatch(an.text, f.q.span.end, span.start):
            return a, b  # "shot 45.0 percent from 3-point range (18-for-40)"
        if 0 <= span.start - f.q.span.end <= 3 and an.text[f.q.span.end:span.start].strip() in ("(", "( "):
            return a, b
    for a, b, span in near:
        if span.end <= f.q.span.start and not any(g.count for g in an.figs_in(Span(span.end, f.q.span.start))):
            if not _after_a_share(an, span):
                return a, b
    return None


def _named_complement(an: Analysis, f: Fig, a: Quantity, b: Quantity) -> bool:
    """A rate named after its fraction ('filled …, a vacancy rate of 15.5%') that is the share of the rest
    of the whole: the words name what the fraction leaves out, and the figures agree on it."""
    gap = an.lower[b.span.end:f.q.span.start]
    if b.value <= 0 or not b.span.end <= f.q.span.start or "," not in gap or not names_rate(gap[gap.rfind(","):], an.lex):
        return False  # the rate named in an appositive after its fraction's clause
    rest = 100 - a.value / b.value * 100
    return abs(rest - f.q.value) <= f.q.resolution / 2 + Decimal("0.0001")


def _after_a_share(an: Analysis, span: Span) -> bool:
    """Whether a fraction in parentheses follows another share ('shot 48.8% from the field (41 of 84)'):
    it is that share's, not one for a share after it."""
    opening = an.text.rfind("(", max(0, span.start - 3), span.start + 1)
    if opening < 0:
        return False
    before = [g for g in an.figs_in(Span(max(0, opening - 60), opening))]
    return bool(before) and before[-1].q.percent


def _part(an: Analysis, f: Fig, noun: str | None) -> tuple[Fig | None, Fig | None]:
    """(part, explicit whole) of a share: the nearest count before it in its clause, joined by a share marker.

    A count after "trong tổng số" / "out of" is the whole and the part is before it. When the share
    names its whole ("chiếm 38,7% tổng số đơn vị cấp huyện"), the part counts the same thing.
    """
    clause = an.seg.clauses[f.clause]
    whole = None
    markers = _alternation(an.lex.lang, "whole")
    for j in range(f.i - 1, -1, -1):
        g = an.figs[j]
        if g.q.span.start < clause.start:
            return None, None
        if g.q.percent and not g.delta:
            return None, None  # "chiếm 32,48% …, cao hơn 0,48% … (32%)": the share before this one took the part
        if g.attr and _just_before(an, g, f):
            return g, whole  # "re-elected with 61,408 votes, or 57.9%": the share of the figure it follows
        if g.q.percent or g.label or g.conversion or g.attr:
            continue
        if noun is not None and g.unit is not None and not compatible(g.unit, noun, an.lex.person_nouns):
            continue
        if g.delta:
            if f.paren is not None and f.paren.start >= g.q.span.end and not an.text[g.q.span.end:f.paren.start].strip(" ,"):
                return None, None  # "tăng 12.308 đảng viên (6,66%)": a rate of change
            if g.q.end + 3 >= f.q.span.start:
                return None, None
            continue
        if _names_the_rate(an, g, f, clause):
            return None, None  # "tỷ lệ người tiêm ít nhất 1 mũi đạt 78,2%": the 1 is in the rate's name
        lead = an.lower[max(clause.start, g.q.span.start - 40):g.q.span.start]
        m = re.search(r"(?:" + markers + r")\s*$", lead)
        if whole is None and m and not _phrasal_of(an, lead[:m.start()]):
            whole = g
            continue
        if whole is not None and (g.q.currency is None) != (whole.q.currency is None):
            return None, None  # "dư nợ 386 tỷ đồng, tổng số 9.126 hộ đang vay, nợ quá hạn chiếm 0,12%": money is no part of a count
        gap = an.lower[g.q.end:(whole or f).q.span.start]
        if whole is None and COLUMN_GAP.fullmatch(gap):
            return None, None  # "Net income   242   218   11.0%": columns of a row, their headers unread
        paren_share = f.paren is not None and f.paren.start >= g.q.span.end and len(an.text[g.q.span.end:f.paren.start]) < 45
        if whole or paren_share or an.has_word(gap, an.lex.share_markers) or re.fullmatch(r"[\s|,]*", gap) or names_rate(gap, an.lex):
            if _after_a_share(an, g.q.span):
                return None, None  # "48.9% from the field (44 of 90) and 37.5% …": that count is the share before's
            return g, whole
        return None, None
    return None, None


def _names_the_rate(an: Analysis, g: Fig, f: Fig, clause: Span) -> bool:
    """Whether the count g stands in the name of the rate f states, a phrase opened by a rate's name
    ("tỷ lệ") before g and running unbroken to f: the rate's part is not written."""
    m = RATE_NAME.search(an.lower, max(clause.start, f.q.span.start - 120), f.q.span.start)
    return m is not None and m.start() < g.q.span.start


def _phrasal_of(an: Analysis, before: str) -> bool:
    """'disposed of 14,902 cases', 'in excess of $2 million': the word before the marker makes it part of a
    verb or an idiom, and the figure after it is that verb's object, no whole."""
    tail = before.rstrip()
    return any(tail.endswith(w) and not tail[:-len(w)][-1:].isalnum() for w in an.lex.shares.of_verbs)


def _just_before(an: Analysis, g: Fig, f: Fig) -> bool:
    """Only a comma, a parenthesis or a share marker stands between the count g and the share f."""
    words = an.lower[g.q.end:f.q.span.start].replace(",", " ").replace("(", " ").split()
    gap = " ".join(words[1:] if words and words[0] in an.lex.scales else words)  # "$24.6 million, 13.2%"
    if an.has_word(an.lower[max(0, g.q.span.start - 16):g.q.span.start], an.lex.not_changes + an.lex.other_time):
        return False  # "1.250 hộ so với 1.125 hộ năm trước, bằng 111,1%": the base of a comparison, not the share's part
    return not gap or gap in an.lex.share_markers


def _explicit_whole(an: Analysis, part: Fig, f: Fig) -> Fig | None:
    for g in an.figs[f.i + 1:f.i + 2]:
        lead = an.lower[f.q.span.end:g.q.span.start]
        if g.count and WHOLE_OF.fullmatch(lead):
            return g
        if not (g.q.percent or g.label or g.delta) and g.q.span.start - f.q.span.end <= 60 and NAMED_WHOLE_PAREN.fullmatch(lead):
            return g  # "chiếm 62,3% tổng số lao động (29.530 người)"
        if not (g.q.percent or g.label or g.delta) and re.fullmatch(r"\s*\(\s*", lead) and g.paren is not None and g.q.end + 1 >= g.paren.end \
                and part.unit is not None and g.unit == part.unit and g.q.value > part.q.value:
            return g  # "4.215 trẻ …, đạt 94,1% (4.479 trẻ)": a larger count of the part's noun, alone in parentheses
    for g in an.figs[f.i + 1:f.i + 6]:
        if g.clause != f.clause or g.q.span.start - f.q.span.end > 120:
            break
        lead = an.lower[f.q.span.end:g.q.span.start]
        if g.count and OUT_OF.search(lead):
            return g  # "3,893 residents (16.4%) were under 18, out of a total population of 23,800"
        if g.count and NAMED_TOTAL_OF.match(lead):
            return g  # "3.71 inches, accounting for 69% of the month's total rainfall of 5.37 inches"
    return None


WHOLE_OF = lazyre.compile(lambda: r"\s*(?:(?:" + _p("whole_of_lead") + r") )?(?:" + _p("whole_of") + r")\s*")
OUT_OF = lazyre.compile(lambda: r"(?:" + _p("out_of") + r")\b[^\d;]{0,40}$")
NAMED_TOTAL_OF = lazyre.compile(lambda: r"\s*(?:" + _p("of_words") + r")\s+(?:(?:" + _p("total_determiners") + r")\s+)?[^\d;,()]{0,30}\b(?:" + _p("total_nouns") + r")\b[^\d;,()]{0,30}\s(?:" + _p("total_of_end") + r")\s*$", re.I)
# the share names its whole as a total, then gives it: "69% of the month's total rainfall of 5.37 inches"
SHARE_OF_THEN_PAREN = lazyre.compile(lambda: r"\s+(?:" + _p("share_of") + r")\s+(?:(?:" + _p("share_determiners") + r")\s+)?[^\W\d_][^\d();,]{0,40}\(\s*", re.I)
# the share names its whole, then gives it in parentheses: "… tổng số lao động (", "… of all workers ("
NAMED_WHOLE_PAREN = lazyre.compile(lambda: r"\s*(?:(?:" + _p("whole_paren_lead") + r") )?(?:" + _p("whole_paren") + r")\s[^\d();,]{1,40}\(\s*")


COLUMN_GAP = lazyre.eager(r"[ \u00a0]*(?:\t|[ \u00a0]{2})[ \t\u00a0]*")
# figures set apart by a tab or two spaces on one line are cells of a plain-text table, not a figure and its share


REST_OF = lazyre.compile(lambda: r"^(?:" + _p("rest_of") + r")\s+")


def _whole_qualifier(an: Analysis, f: Fig, noun: str | None) -> list[str]:
    """The words that qualify the whole a share names after its noun: "26,4% số học sinh dự thi" →
    ["dự", "thi"], "3,6% số đảng viên đầu năm" → ["đầu", "năm"]; none for a bare noun."""
    if not noun:
        return []
    rest = an.lower[f.q.span.end:f.q.span.end + 80]
    m = WHOLE_NOUN.match(rest)
    phrase = re.split(r"[,.;:()]", rest[m.end():] if m else "", maxsplit=1)[0]
    words = re.findall(r"[^\W\d_]+", phrase)[:8]
    head = noun.lower().split()
    if words[:len(head)] != head:
        return []
    skip = set(an.lex.function_words) | set(an.lex.stop_nouns)
    return [w for w in words[len(head):len(head) + 4] if w not in skip]


LETTERS = lazyre.compile(r"[^\W\d_]+")


def _whole_noun(an: Analysis, f: Fig) -> str | None:
    rest = an.text[f.q.span.end:f.q.span.end + 60]
    m = WHOLE_NOUN.match(rest)
    if not m or not rest[:1].isspace():
        return None
    words = LETTERS.findall(rest[m.end():m.end() + 40])[:5]
    if not words or rest[m.end():m.end() + 1] in ",.;:)":
        return None
    if re.match(r"(?:" + "|".join(map(re.escape, an.lex.share_markers)) + r")(?!\w)", " ".join(words).lower()):
        return None  # "9,2% (tỷ lệ này năm 2008 …)": a rate named after the share is not its whole's noun
    key = unit_key(words, an.lex)
    if key in an.lex.total_words or key in pack_words("shares", "total_keys"):
        return None  # "44% of the total": the total of what the part counts
    if key in an.lex.share_markers or key in an.lex.change_words or key in pack_words("shares", "not_heads"):
        return None
    return key


MAX_LOOKBACK = 120  # figures a share may look back over for its whole
MAX_GROUP = 20  # shares judged together; a run-on text is cut into groups of this size


def _said_as_part(an: Analysis, g: Fig) -> bool:
    """A count right after the verb of a share ('accounted for 26,480', 'made up 26,480'): the part of some
    whole, no whole of the shares after it."""
    lead = an.lower[max(an.seg.clauses[g.clause].start, g.q.span.start - 30):g.q.span.start].rstrip(" $€£")
    return bool(ending_rx(an.lex.lists.share_before).search(lead))


def _reversed_until(an: Analysis, stop: int, para: int) -> list[Fig]:
    """Figures before index `stop`, nearest first, back to paragraph `para`."""
    paras = an.memo.fig_paras
    if paras is None:
        paras = an.memo.fig_paras = [g.para for g in an.figs]
    first = max(0, stop - MAX_LOOKBACK, bisect.bisect_left(paras, para))  # paragraphs only grow with the index
    return an.figs[first:stop][::-1] if first < stop else []


def _far_totals(an: Analysis, stop: int, para: int) -> list[Fig]:
    """Figures of totals rows before index `stop` and before paragraph `para`, nearest first (a bounded number)."""
    order = an.memo.total_like_order
    if order is None:
        order = an.memo.total_like_order = sorted(an.total_like)
        an.memo.fig_paras = [g.para for g in an.figs]
    if not order:
        return []
    stop = min(stop, bisect.bisect_left(an.memo.fig_paras, para))  # paragraphs only grow with the index
    k = bisect.bisect_left(order, stop)
    return [an.figs[i] for i in reversed(order[max(0, k - MAX_LOOKBACK):k])]


def _heads(an: Analysis) -> set[tuple[Span, Span]]:
    """(whole, part) spans of every breakdown the list linker found (it runs before this linker)."""
    cached = an.memo.share_heads
    if cached is None:
        # a part held only within the largest total it may refer back to ("bound") names no head
        cached = {(c.operand("whole").span, c.operand("part").span) for c in an.claims if c.kind == "part_le_whole" and c.evidence != "bound"}
        an.memo.share_heads = cached
    return cached


def _head_index(an: Analysis) -> tuple[dict[Span, set[int]], set[int]]:
    """For each part span of a breakdown, the indices of the figures listed as its whole; and the
    indices of the figures listed as parts (built once per document: a share looks at a hundred
    candidates, and hashing their spans for each one was most of a run-on list's time)."""
    cached = an.memo.head_index
    if cached is None:
        at: dict[Span, list[int]] = {}
        for g in an.figs:
            at.setdefault(g.q.span, []).append(g.i)
        wholes_of: dict[Span, set[int]] = {}
        listed: set[int] = set()
        for whole, part in _heads(an):
            wholes_of.setdefault(part, set()).update(at.get(whole, ()))
            listed.update(at.get(part, ()))
        cached = an.memo.head_index = (wholes_of, listed)
    return cached


def _candidates(an: Analysis, part: Fig, f: Fig, unit: str | None, reach: int = 1) -> tuple[list[Fig], int]:
    """Figures the share may be of, the enumeration's head first, then the nearest larger ones."""
    ranked: tuple[list[Fig], ...] = ([], [], [], [])  # by rank, each nearest first: what a stable sort by rank gives
    seen: list[Fig] = []  # every candidate, nearest first
    structural = 0  # 2: the part is listed under this whole; 1: a figure named as a total precedes it
    named_total = _named_total_rx(an.lex.lang)
    wholes_of, listed_parts = _head_index(an)
    heads_here = wholes_of.get(part.q.span, ())
    far = _far_totals(an, f.i, part.para - reach) if part.unit is None else []
    named_before: dict[int, bool] = an.memo.named_total_before
    persons, low, small_share = an.lex.person_nouns, part.q.low, f.q.value <= 100
    qualifier = _whole_qualifier(an, f, _whole_noun(an, f))
    for g in _reversed_until(an, f.i, part.para - reach) + far:
        # a figure run through once per share in reach (a hundred): the cheap tests first, the same unit without a call
        if g is part or g.attr or not g.count or (g.unit != unit and not compatible(g.unit, unit, persons)):
            continue
        if _a_base(an, g):
            continue  # "down 5.2% from 1,943 in 2023": the base a change is measured from, an earlier level
        gi = g.i
        listed = gi in heads_here
        if not listed and _said_as_part(an, g):
            continue  # "medical calls made up 26,480, …; fires numbered 1,130 (2.9%)": a part itself, of the incidents
        if qualifier and not listed and not _says(an, g, qualifier):
            continue  # "chiếm 26,4% số học sinh dự thi": not of "1.240 học sinh" of the school, said without "dự thi"
        named = g.para == part.para
        if named and not listed and gi not in named_before:  # looked up once per figure, not once per share
            lead = an.lower[max(an.seg.clauses[g.clause].start, g.q.span.start - 80):g.q.span.start]
            named_before[gi] = bool(named_total.search(lead))
        head = listed or (named and named_before[gi])
        if listed:
            structural = 2
        elif head and not structural:
            structural = 1
        # a figure listed as a part of a breakdown ("2.410 trẻ. Trong đó, 1.250 trẻ nam, 1.160 trẻ nữ")
        # is a less likely whole for a later share than the breakdown's head
        ranked[0 if head else 3 if small_share and g.q.high is not None and g.q.high < low else 2 if gi in listed_parts else 1].append(g)
        seen.append(g)
    referent = _referent(an, f, seen)
    if referent is not None:  # "… 9.310 em đỗ. Trong số này, 1.862 em …, chiếm 20,0%": of the count named last
        ranked = ([referent], *([g for g in rank if g is not referent] for rank in ranked))
        structural = max(structural, 1)
    return _unrestated([g for rank in ranked for g in rank]), structural


def _unrestated(cands: list[Fig]) -> list[Fig]:
    """The candidates less a hedged figure that restates an exact one rounded: with a headline's
    'trên 4 nghìn tỷ đồng' and the body's '4.038.200 triệu đồng', the share is of the exact figure."""
    if all(g.q.hedge is None for g in cands):
        return cands  # nothing hedged to restate an exact figure
    exact = [g.q.value for g in cands if g.q.hedge is None]
    if not exact:
        return cands
    def restates(g: Fig) -> bool:
        top = g.q.high if g.q.high is not None else g.q.value + g.q.resolution
        return g.q.hedge is not None and g.q.resolution > 0 and any(g.q.low <= v <= top for v in exact)
    return [g for g in cands if not restates(g)]


def _says(an: Analysis, g: Fig, words: list[str]) -> bool:
    """The words qualifying a share's whole stand around the candidate whole, in its clause."""
    clause = an.seg.clauses[g.clause]
    near = an.lower[max(clause.start, g.q.span.start - 80):min(clause.end, g.q.end + 60)]
    return all(an.has_word(near, (w,)) for w in words)


def _referent(an: Analysis, f: Fig, cands: list[Fig]) -> Fig | None:
    """The last count of the sentence before, when the share's sentence opens by referring back to it."""
    sent = an.seg.sentences[f.sent]
    opening = " ".join(an.lower[sent.start:min(sent.end, sent.start + 40)].split())
    if not any(opening.startswith(w) and opening[len(w):len(w) + 1] in (",", " ", ":") for w in an.lex.lists.refer_back):
        return None
    return next((g for g in cands if g.sent == f.sent - 1 and not _a_base(an, g)), None)


def _a_base(an: Analysis, g: Fig) -> bool:
    return BASE_BEFORE.search(an.lower, max(0, g.q.span.start - 30), g.q.span.start) is not None


# "down 5.2% from 1,943 in 2023": the base a change is measured from, an earlier level no later sentence refers to
BASE_BEFORE = lazyre.compile(lambda: r"\b(?:" + phrases("changes", "from_words") + "|" + phrases("changes", "base_from") + r")\s*[$€£]?\Z")


def _claim(f: Fig, part: Fig, wholes: list[Fig], evidence: str, strength: str) -> Claim:
    mine = Operand("part", part.q)  # one for every reading: a run-on list gives a share a hundred wholes
    reading = [(mine, Operand("whole", w.q)) for w in wholes]
    return Claim(
        kind="percent",
        stated=f.q,
        operands=reading[0],
        evidence=evidence,
        alternatives=tuple(reading[1:]),
        span=part.q.span.cover(f.q.span),
        extra=(("strength", strength),),
    )


def _common_whole(found) -> Fig | None:  # noqa: ANN001 - [(share, part, (candidates, structural))]
    """The candidate that explains the most shares of a group."""
    tally: dict[int, tuple[int, Fig]] = {}
    for f, part, (cands, _) in found:
        lo, hi = implied_whole(part.q, f.q)
        for c in cands:
            if c.q.low <= hi and (c.q.high is None or c.q.high >= lo):  # _within, inline: a group's shares times their candidates
                n, _ = tally.get(c.i, (0, c))
                tally[c.i] = (n + 1, c)
    return max(tally.values(), key=lambda t: t[0])[1] if tally else None


def _explained(part: Fig, cands: list[Fig], f: Fig) -> bool:
    """Whether some candidate is a whole of which `part` is the share `f` (the share's interval computed once)."""
    lo, hi = implied_whole(part.q, f.q)
    return any(_within(c, lo, hi) for c in cands)


def _within(whole: Fig, lo: Decimal, hi: Decimal) -> bool:
    w_hi = whole.q.high if whole.q.high is not None else _INFINITY
    return whole.q.low <= hi and w_hi >= lo


OF_THEN_WHOLE = lazyre.compile(lambda: r"\s+(?:" + _p("of_words") + r")\s[^\d;,()]{0,40}$")


def _of_another_noun(an: Analysis, f: Fig, part: Fig) -> bool:
    """The share says whose share it is ("runs on 28% of the company's 9,000 laptops") and that whole
    counts another thing than the figure before it ("Windows 11 runs"): the share is of that whole, and
    its part is not written, so the figure before is not its part."""
    g = _whole_after(an, f)
    return g is not None and part.unit is not None and g.unit is not None and not compatible(part.unit, g.unit, an.lex.person_nouns)


def _whole_after(an: Analysis, f: Fig) -> Fig | None:
    """The count a share names as its whole right after it: "28% of the company's 9,000 laptops", "35% của 2.000 tấn"."""
    g = an.figs[f.i + 1] if f.i + 1 < len(an.figs) else None
    if g is None or not g.count or g.clause != f.clause or not OF_THEN_WHOLE.match(an.lower, f.q.span.end, g.q.span.start):
        return None
    return g


COMPLEMENT_BEFORE = lazyre.compile(lambda: r"(?<!\w)(?:" + _p("complement_before") + r")\s*$")
COMPLEMENT_AFTER = lazyre.compile(lambda: r"\s*(?:" + _p("complement_after") + r")(?!\w)")


def _complement(an: Analysis, f: Fig) -> bool:
    """"the other 72%", "72% còn lại": the rest of a whole an earlier share named."""
    return bool(COMPLEMENT_BEFORE.search(an.lower, max(0, f.q.span.start - 20), f.q.span.start)
                or COMPLEMENT_AFTER.match(an.lower, f.q.span.end))


WHOLE_PREPOSITION = lazyre.compile(lambda: r"^(?:" + _p("whole_prepositions") + r")\s+")


def _names_other_whole(an: Analysis, f: Fig) -> bool:
    """The share names its whole right after it with a word of the total ("91,09% tổng số đại biểu",
    "12% of the total", "40% of all members"): a whole of its own, which the fraction before it may not be."""
    after = " ".join(an.lower[f.q.span.end:f.q.span.end + 40].split())
    after = WHOLE_PREPOSITION.sub("", after)
    return any(after.startswith(w + " ") or after == w for w in an.lex.total_words)


def _explains(part: Fig, whole: Fig, f: Fig) -> bool:
    return _gives(part.q, whole.q, f)


def _gives(part: Quantity, whole: Quantity, f: Fig) -> bool:
    lo, hi = implied_whole(part, f.q)
    w_hi = whole.high if whole.high is not None else _INFINITY
    return whole.low <= hi and w_hi >= lo


_INFINITY = Decimal("Infinity")


def _partition(f: Fig, part: Fig, siblings: list[tuple[Fig, Fig]]) -> Claim | None:
    """Shares of one sentence adding up to 100%: their whole is the sum of their parts."""
    total = sum((s.q.value for s, _ in siblings), Decimal(0))
    if len(siblings) < 2 or abs(total - 100) > 1:
        return None
    parts = [p.q for _, p in siblings]
    whole = Quantity(
        span=Span(parts[0].span.start, parts[-1].span.end), raw=" + ".join(p.raw for p in parts),
        value=sum((p.value for p in parts), Decimal(0)), resolution=sum((p.resolution for p in parts), Decimal(0)),
    )
    return Claim(
        kind="percent", stated=f.q, operands=(Operand("part", part.q), Operand("whole", whole)), evidence="partition",
        span=part.q.span.cover(f.q.span), extra=(("strength", "certain"), ("whole_parts", tuple(parts))),
    )


def extract(an: Analysis) -> Iterator[Claim]:
    yield from explain(an, _extract(an))
    yield from sharelines.extract(an, an.memo.pending_pairs)


def _extract(an: Analysis) -> Iterator[Claim]:
    pending: dict[tuple, list[tuple[Fig, Fig]]] = {}
    of_others: set[int] = set()  # sentences with a share naming its whole after it ("35% of the 2,000 tonnes")
    for f in an.figs:
        if not f.q.percent or _skip(an, f):
            continue
        if f.sent in of_others and _complement(an, f):
            continue  # "… 35% of the 2,000 tonnes, Station 3 the other 65%": the rest of that whole, its part not written
        if _whole_after(an, f) is not None:
            of_others.add(f.sent)
        frac = _fraction(an, f)
        if frac:
            a, b = frac
            if describes_members(an.lower, max(a.span.end, b.span.end), f.q, an.lex) or in_places(an.lower, a.span.start, an.lex):
                continue  # "45/52 xã có tỷ lệ tiêm chủng đạt 100%": each commune's rate, not 45/52
            if _names_other_whole(an, f) and not _gives(a, b, f):
                continue  # "450/458 đại biểu tán thành (chiếm 91,09% tổng số đại biểu Quốc hội)": of all members, not of those voting
            if _named_complement(an, f, a, b):
                continue  # "71 of 84 positions were filled, a vacancy rate of 15.5%": the rate of the rest, named
            yield Claim("percent", f.q, (Operand("part", a), Operand("whole", b)), "fraction", span=a.span.cover(f.q.span), extra=(("strength", "certain"),))
            continue
        part, whole = _part(an, f, _whole_noun(an, f))
        if part is None or describes_members(an.lower, part.q.span.end, f.q, an.lex) or in_places(an.lower, part.q.span.start, an.lex):
            continue
        if whole is None and _of_another_noun(an, f, part):
            continue
        cell = an.cell_of(f.q.span.start)
        if cell is not None and not cell.start <= part.q.span.start < cell.end:
            continue  # a share column: the table linker owns it
        whole = whole or _explicit_whole(an, part, f)
        if whole is not None and _named_complement(an, f, part.q, whole.q):
            continue  # "71 of 84 positions were filled, a vacancy rate of 15.5%"
        if whole is not None:
            yield _claim(f, part, [whole], "explicit", "certain")
        else:
            kind = "person" if part.unit in {p.lower() for p in an.lex.person_nouns} else part.unit
            pending.setdefault((f.para, kind), []).append((f, part))
    yield from _implicit(an, pending)


def _implicit(an: Analysis, pending: dict[tuple, list[tuple[Fig, Fig]]]) -> Iterable[Claim]:
    an.memo.pending_pairs = [pair for grp in pending.values() for pair in grp]  # for the item lines
    by_sentence: dict[int, list[tuple[Fig, Fig]]] = {}
    for grp in pending.values():
        for f, p in grp:
            by_sentence.setdefault(f.sent, []).append((f, p))
    an.memo.siblings = {k: sorted(v, key=lambda t: t[0].i) for k, v in by_sentence.items()}
    groups = [grp[i:i + MAX_GROUP] for grp in pending.values() for i in range(0, len(grp), MAX_GROUP)]
    for group in groups:
        # a lone share looks for its whole in its own paragraph; shares of a group (vi039) reach
        # three paragraphs back, and are flagged only when most of them agree on one whole
        reach = 3 if len(group) > 1 else 0
        found = [(f, part, _candidates(an, part, f, _whole_noun(an, f) or part.unit, reach)) for f, part in group]
        # "đạt tỷ lệ 100%" of an unstated whole is a statement, not arithmetic
        found = [t for t in found if not (t[0].q.value == 100 and t[0].q.hedge is None and t[2][1] < 2)]
        group = [(f, part) for f, part, _ in found]
        if not found:
            continue
        headed = any(structural for _, _, (_, structural) in found)
        explained = sum(1 for f, part, (cands, _) in found if _explained(part, cands, f))
        if not headed and len(group) >= 2 and explained * 2 < len(group):
            yield from _partitions(an, pending, [f for f, _ in group])
            continue  # mostly unexplained: rates of different bases ("mầm non 141 (51,8%), tiểu học 206 (75,2%)")
        common = _common_whole(found)
        for f, part, (cands, structural) in found:
            unit = _whole_noun(an, f) or part.unit
            if common is not None and all(c is not common for c in cands) and explained * 2 >= len(group) > 1 and compatible(common.unit, unit, an.lex.person_nouns):
                cands = cands + [common]
            larger = [g for g in cands if g.q.high is None or g.q.high >= part.q.low or f.q.value > 100]
            if not (structural or larger) and common is not None and explained * 2 >= len(group) > 1 and not _turnout(an, f):
                cands, larger = [common], [common]  # the whole its siblings are shares of (a turnout is of the electorate)
            cands = _own_group(an, f, part, cands)
            if not structural and not _explained(part, cands, f) and _sibling_implies(an, part, f, cands):
                continue  # "$24.6 million, 13.2% of the general fund. Transportation takes $9.3 million (5.0%)": of the same fund
            if cands and structural and not larger and f.q.value <= 100 and not any(_slip_under(part, g, f) for g in cands):
                continue  # "có thêm 46 xã …, nâng tổng số lên 112 xã, chiếm 86,8% tổng số xã": no whole in the text
            if cands and (structural or larger):
                yield _claim(f, part, cands, "structural" if structural else "nearby", "certain" if structural else "likely")
                continue
            yield from _partitions(an, pending, [f])


def _slip_under(part: Fig, whole: Fig, f: Fig) -> bool:
    """Whether one typing slip of a part larger than its whole makes it the share of that whole
    ("443.137 đảng viên" of 46.706 at 92,36%: 43.137 was meant). Without one, a whole smaller than
    the part is not its whole at all, and the share's whole is not in the text."""
    from linter.figures.edits import slips

    digits = "".join(ch for ch in part.q.raw if ch.isdigit())[:15]
    if not digits or int(digits) == 0 or whole.q.value <= 0:
        return False
    unit = part.q.value / int(digits)  # what one in the last written digit is worth ("443.137": 1; "1,2 triệu": 100.000)
    lo, hi = (f.q.value - f.q.resolution / 2) * whole.q.value / 100, (f.q.value + f.q.resolution / 2) * whole.q.value / 100
    return any(lo <= int(d) * unit <= hi for d in slips(digits) if d)


def _sibling_implies(an: Analysis, part: Fig, f: Fig, cands: list[Fig]) -> bool:
    """A candidate followed at once by its own share ("$24.6 million, 13.2% of the general fund") implies
    that share's whole (24.6 / 13.2% = 186.4), and the share in hand may be of it: when that whole
    gives it, no reading is wrong enough to report."""
    for g in cands:
        nxt = an.figs[g.i + 1] if g.i + 1 < len(an.figs) else None
        if nxt is None or nxt is f or not nxt.q.percent or nxt.delta or nxt.q.value <= 0 or not _just_before(an, g, nxt):
            continue
        lo, hi = implied_whole(g.q, nxt.q)
        whole = Quantity(span=g.q.span, raw=g.q.raw, value=(lo + hi) / 2, resolution=hi - lo)
        if _gives(part.q, whole, f):
            return True
    return False


def _turnout(an: Analysis, f: Fig) -> bool:
    """The share is named as an election's turnout ("tỷ lệ cử tri đi bầu đạt 99,12%")."""
    return an.has_word(an.lower[max(0, f.q.span.start - 45):f.q.span.start], an.lex.turnout[0])


def _names_total(an: Analysis, f: Fig) -> bool:
    """'chiếm 14,5% tổng số hộ của xã', '12% of all households': the share names the total of what it
    counts as its whole, so it is no subgroup's rate of a base left unsaid."""
    rest = " ".join(an.lower[f.q.span.end:f.q.span.end + 40].split())
    rest = REST_OF.sub("", rest)
    return _whole_noun(an, f) is not None and any(rest.startswith(w + " ") for w in an.lex.total_words)


def _own_group(an: Analysis, f: Fig, part: Fig, cands: list[Fig]) -> list[Fig]:
    """The wholes left once a subgroup's share is kept from the wholes of other groups.

    A share no candidate explains, in a sentence that sets its part in a group of its own ("Riêng
    khối chuyên …", "Trường chuyên có 640 em đỗ"), or whose part counts what an earlier sentence's
    rate counted (that rate in another group), keeps only the wholes of its own sentence: the base
    of a subgroup is the subgroup's, or not given.
    """
    if _explained(part, cands, f) or _names_total(an, f):
        return cands
    if parallel_rate(an, part, cands) or own_group(an, f, part):
        return [c for c in cands if c.sent == f.sent and not same_count(an, c, part)]
    return cands


def _partitions(an: Analysis, pending: dict[tuple, list[tuple[Fig, Fig]]], shares: list[Fig]) -> Iterable[Claim]:
    places: dict[int, dict[int, int]] = {}  # sentence → figure index → its place among the sentence's shares
    for f in shares:
        every = an.memo.siblings.get(f.sent, [])
        if f.sent not in places:
            places[f.sent] = {g.i: k for k, (g, _) in enumerate(every)}
        k = places[f.sent].get(f.i)
        if k is None:
            continue
        siblings = every[k - k % MAX_GROUP:k - k % MAX_GROUP + MAX_GROUP]  # its own group of a run-on sentence's shares
        claim = _partition(f, every[k][1], siblings)
        if claim:
            yield claim

"""Readings of a percentage other than "the share the figure beside it is of a whole".

Before a percentage is judged as part / whole, the words around it may say it is something else:

- a change: it carries a sign ("(3,8 triệu tấn, -6,1%)", "(+3.2%)") or a change word names it
  ("a 6.1 percent increase", "5.8% growth"), so it is never a share of the figure beside it and
  never a term of shares that add up to 100%;
- a subgroup's rate: a share in a sentence about one group ("Riêng khối chuyên có 640 em đỗ, đạt
  98,5%") whose part counts what an earlier rate counted ("9.310 em đỗ, đạt 95%") is that rate
  measured in the subgroup, whose base the text does not give; its whole is not the earlier one;
- a rate each member has: it stands in a relative clause on the counted noun ("45/52 xã có tỷ lệ
  tiêm chủng đạt 100%", "8 of 10 precincts where turnout reached 90%") or behind a threshold
  ("3/9 huyện có tỷ lệ hộ nghèo dưới 5%", "4 of 12 districts below 5%"): the fraction counts the
  members that meet it, and the percentage is not that fraction.

The words are each language's `Lexicon.shares` (a `ShareGrammar`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from linter.core import lazyre
from linter.claims.analysis import Analysis, Fig
from linter.lang.lexicon import Lexicon, ShareGrammar
from linter.lang.packs import lexicon, phrases
from linter.core.model import Hedge, Quantity


THRESHOLDS = (Hedge.MORE_THAN, Hedge.AT_LEAST, Hedge.LESS_THAN, Hedge.AT_MOST)


def grammar(lex: Lexicon) -> ShareGrammar:
    return lex.shares


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def in_signed_list(an: Analysis, f: Fig) -> bool:
    """Whether a percentage standing as "(figure, P%)" is in a paragraph whose items of that shape
    carry signs: "Tỉnh A (4,1 triệu tấn, +2,4%); tỉnh B (3,2 triệu tấn, 3,1%)" lists changes, the
    unsigned too ("(450 tỷ đồng, chiếm 36%)" beside "(+11,1%)" is another shape, a share)."""
    if not _item_shape(an, f):
        return False
    signed = an.memo.signed_paras
    if signed is None:  # once per document
        signed = an.memo.signed_paras = {
            g.para for g in an.figs if g.q.percent and _item_shape(an, g) and SIGNED.search(an.text, max(0, g.q.span.start - 2), g.q.span.start + 1)}
    return f.para in signed


def _item_shape(an: Analysis, f: Fig) -> bool:
    """"(4,1 triệu tấn, +2,4%)": in parentheses, right after a figure and a comma."""
    return f.paren is not None and ITEM.search(an.text, f.paren.start, f.q.span.start) is not None


SIGNED = lazyre.eager(r"(?:^|[\s(,;:/])[+\-−]\d")
ITEM = lazyre.eager(r"\(\s*[^()\d]{0,20}\d[^()]{0,30},\s*[+\-−]?\Z")


@lru_cache(maxsize=8)
def _member_rx(lang: str) -> re.Pattern[str]:
    """The clause on the counted noun that ends right at the percentage: 'có tỷ lệ tiêm chủng đạt', 'where turnout reached'."""
    g = lexicon(lang).shares
    relative = r"(?:" + _alt(g.relative_openers) + r")\s+[^\d,;:()]{1,60}"
    rated = r"(?:" + _alt(g.rate_openers) + r")\s+(?:(?:" + phrases("shares", "rate_articles") + r")\s+)?(?:[^\W\d_]+\s+)?(?:" + _alt(g.rate_nouns) + r")\s+[^\W\d_][^\d,;:()]{0,60}"
    return lazyre.eager(r"(?<!\w)(?:" + relative + "|" + rated + r")\Z")


@lru_cache(maxsize=8)
def _opener_rx(lang: str) -> re.Pattern[str]:
    """A rate opener right before the percentage: "schools with a 100% pass rate", "xã có 100% hộ dùng điện"."""
    g = lexicon(lang).shares
    return lazyre.eager(r"(?<!\w)(?:" + _alt(g.rate_openers) + r")\s+(?:(?:" + phrases("shares", "opener_articles") + r")\s+)?\Z")


@lru_cache(maxsize=8)
def _share_verb_rx(lang: str) -> re.Pattern[str]:
    """A share verb right before the percentage, maybe with a hedge: "chiếm trên", "đạt tỷ lệ", "accounting for over"."""
    g, lex = lexicon(lang).shares, lexicon(lang)
    return lazyre.eager(r"(?<!\w)(?:" + _alt(g.share_verbs) + r")\s+(?:(?:" + _alt(tuple(lex.hedges_before)) + r")\s+)?\Z")


@lru_cache(maxsize=8)
def _of_whole_rx(lang: str) -> re.Pattern[str]:
    return lazyre.eager(r"\s+(?:" + _alt(lexicon(lang).shares.of_whole) + r")(?!\w)")


@lru_cache(maxsize=8)
def _appositive_rx(lang: str) -> re.Pattern[str]:
    g = lexicon(lang).shares
    return lazyre.eager(r"[\s,]*(?:(?:" + phrases("shares", "rate_articles") + r")\s+)?(?:[^\W\d_]+\s+)?(?:" + _alt(g.rate_nouns) + r")(?:\s+(?:" + phrases("shares", "rate_links") + r"))?\s*")


def names_rate(gap: str, lex: Lexicon) -> bool:
    """Whether the words between a count and its percentage name the rate: "190 passed, a pass rate of 95%"."""
    return _appositive_rx(lex.lang).fullmatch(gap) is not None


def in_places(lower: str, start: int, lex: Lexicon) -> bool:
    """Whether a fraction starting at `start` names where a rate holds: "In 822 of the 961 precincts, turnout was 100%"."""
    return _places_rx(lex.lang).search(lower[max(0, start - 20):start]) is not None


@lru_cache(maxsize=8)
def _places_rx(lang: str) -> re.Pattern[str]:
    """A locative ending the text ("in 822 of", "tại"): built once, not for every share tried."""
    g = lexicon(lang).shares
    return lazyre.eager(r"(?<!\w)(?:" + _alt(g.locatives) + r")\s+(?:(?:" + phrases("shares", "place_articles") + r")\s+)?\Z")


def describes_members(lower: str, start: int, q: Quantity, lex: Lexicon) -> bool:
    """Whether the percentage after the count ending at `start` is a rate each counted member has.

    `lower` is the lower-cased text; `start` is where the part (or its fraction) ends. The words
    between are a clause on the part's noun that runs right up to the percentage, or the
    percentage is a threshold not joined to the part by a share verb ("chiếm trên 95%" is a share).
    """
    gap = lower[start:q.span.start]
    if _member_rx(lex.lang).search(gap) and not _share_verb_rx(lex.lang).search(gap):
        return True
    if _opener_rx(lex.lang).search(gap) and re.match(r"\s+[^\W\d_]", lower[q.span.end:q.span.end + 3]):
        return True  # the percentage qualifies a noun of each member: "with a 100% pass rate"
    if q.hedge not in THRESHOLDS or _of_whole_rx(lex.lang).match(lower, q.span.end) or _share_verb_rx(lex.lang).search(gap):
        return False
    # a threshold is said of the members ("5 had unemployment above 8%"); a hedged figure set beside
    # the count ("640 (over 53%)", "9.620 hộ, trên 96%") is its share
    return not _hedge_tail_rx(lex.lang).sub("", gap).rstrip().endswith(("(", ",", ":", "-", "–"))


@lru_cache(maxsize=8)
def _hedge_tail_rx(lang: str) -> re.Pattern[str]:
    return lazyre.eager(r"(?:" + _alt(tuple(lexicon(lang).hedges_before)) + r")\s*\Z")


def subgroup_sentence(an: Analysis, sent: int) -> bool:
    """Whether a sentence opens on a subgroup ("Riêng khối chuyên …"): its shares are of the subgroup."""
    span = an.seg.sentences[sent]
    head = an.lower[span.start:span.start + 40].lstrip(" -–•*\t(")
    return any(re.match(re.escape(w) + r"(?!\w)", head) for w in grammar(an.lex).subgroup_openers)


GROUP_REACH = 600  # characters from a sentence's start to a part its opening words may set in a group


def own_group(an: Analysis, f: Fig, part: Fig) -> bool:
    """Whether the share's sentence sets its part in a group of its own before the part.

    "Trường chuyên có 640 em đỗ, đạt 98,5%", "At magnet schools, 640 students passed (98.5%)":
    a subject, place or time that is not a total ("Toàn tỉnh có …", "In all, …") or an attribute of
    people ("nữ có 100 đảng viên") names another group than an earlier sentence's whole.
    """
    span = an.seg.sentences[f.sent]
    if part.sent != f.sent:
        return False
    if subgroup_sentence(an, f.sent):
        return True
    if part.q.span.start - span.start > GROUP_REACH:
        return False  # deep in a run-on sentence: its opening words set no group for this part
    g = grammar(an.lex)
    lead = " ".join(an.lower[span.start:part.q.span.start].replace(",", " , ").split()).lstrip("-–•*( ")
    lead = re.sub(r"^(?:" + _alt(an.lex.list_openers) + r")(?!\w)\s*,?\s*", "", lead)
    if not lead or any(re.match(re.escape(w) + r"(?!\w)", lead) for w in g.refer_back):
        return False
    attributes = {w for words in an.lex.attributes.values() for w in words}
    if any(re.match(re.escape(w) + r"(?!\w)", lead) for w in attributes):
        return False
    if any(re.match(re.escape(w) + r"(?!\w)", lead) for w in g.locatives) and "," in lead:
        return True  # "At magnet schools, 640 …", "Tại huyện A, …"
    m = re.search(r"([^,]*)\s(?:" + _alt(g.having) + r")\s*$", lead)
    return bool(m and re.search(r"(?<!\w)(?:" + _alt(g.group_nouns) + r")(?!\w)", m.group(1)))


PHRASE_END = lazyre.eager(r"[,;:.()\[\]\d]|\s[-–]\s")


def counted_phrase(an: Analysis, f: Fig, start: int | None = None) -> tuple[str, ...]:
    """The words a count is followed by, up to the share verb or punctuation: "em đỗ", "thí sinh đậu tốt nghiệp"."""
    start = f.q.span.end if start is None else start
    rest = an.lower[start:start + 80]
    m = PHRASE_END.search(rest)
    stops = set(grammar(an.lex).share_verbs) | set(an.lex.share_markers)
    out: list[str] = []
    for w in rest[:m.start() if m else len(rest)].split()[:6]:
        if w in stops:
            break
        out.append(w)
    return tuple(out)


def _predicate(an: Analysis, f: Fig) -> tuple[str, ...]:
    """What a count says of what it counts, its noun left out: "đỗ" for both "640 em đỗ" and "9.310 thí sinh đỗ"."""
    nouns = _noun_words(an.lex.lang) | set((f.q.unit or "").lower().split())
    return tuple(w for w in counted_phrase(an, f) if w not in nouns)


@lru_cache(maxsize=8)
def _noun_words(lang: str) -> frozenset[str]:
    """The words of the pack's nouns of people and things, and its scale words (once per language)."""
    lex = lexicon(lang)
    return frozenset({w for n in lex.person_nouns + lex.compounds for w in n.lower().split()} | set(lex.scales))


def same_count(an: Analysis, a: Fig, b: Fig) -> bool:
    """Whether two counts say the same of what they count ("4.050 hồ sơ được giải quyết đúng hạn" and
    "2.070 hồ sơ được giải quyết đúng hạn"): siblings of one breakdown, neither the whole of the other."""
    said = _predicate(an, a)
    return bool(said) and said == _predicate(an, b)


def parallel_rate(an: Analysis, part: Fig, wholes: list[Fig]) -> bool:
    """Whether the share of `part` may be an earlier sentence's rate measured in part's own group.

    "có 4.120 thí sinh đậu tốt nghiệp, chiếm tỷ lệ 91,20%. Trong đó, khối chuyên có 610 thí sinh
    đậu tốt nghiệp, chiếm tỷ lệ 99,35%": 4.120 is the part of a rate, and 610 says the very same
    of what it counts ("đậu tốt nghiệp"), so 99,35% is the khối chuyên's pass rate, of a base the text
    does not give, and not 610 / 4.120. Shares of one sentence are siblings of one enumeration, not
    parallel rates; a bare noun ("470 hồ sơ", "1,2 triệu tấn") says nothing of what is counted.
    """
    said = _predicate(an, part)
    if not said:
        return False
    earlier = [w for w in wholes if w.sent < part.sent]
    if not earlier:
        return False
    rated = _rated(an)
    return any(rated.get(w.q.span, part.q.span.start) < part.q.span.start and _predicate(an, w) == said for w in earlier)


def _rated(an: Analysis) -> dict:
    """The part of every share claim linked so far, with where its share is stated (claims only grow)."""
    seen, rated = an.memo.rated
    for c in an.claims[seen:]:
        if c.kind == "percent":
            rated.setdefault(c.operands[0].quantity.span, c.stated.span.start)
    an.memo.rated[0] = len(an.claims)
    return rated

"""The change family's grammar: the words around a pair of figures that say which way it went,
where its base is and what is stated about it, the `Pair` record, and the small readers the
linker (`pairs`) and its helpers (`clauses`, `compare`, `levels`, `points`, `refs`, `respectively`)
share. Kept apart from the linker so that its helpers read it without importing the linker back.
"""
from __future__ import annotations

import re

from linter.core import lazyre
from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim, Operand, Quantity
from linter.lang.packs import phrases, words as pack_words
from linter.core.record import record


def _w(name: str) -> str:
    """The packs' change words `name` (`Lexicon.changes`) as one alternation, written when a pattern is first used."""
    return phrases("changes", name)


def _comparative() -> str:
    return r"(?:" + _w("comparatives") + r")"  # "X, nhiều hơn 22% so với …": a comparison, not a hedge


DOWN = lazyre.compile(lambda: r"\b(?:" + _w("down") + r")\b", re.I)
UP = lazyre.compile(lambda: r"\b(?:" + _w("up") + r")\b", re.I)
TOO = lazyre.compile(lambda: r"^\s*(?P<dir>" + _w("too") + r")\b", re.I)
INSTEAD = lazyre.compile(lambda: r"^[^\d]{0,12}\b(?:" + _w("instead") + r")\b[^\d]{0,45}$", re.I)
FROM_BEFORE = lazyre.compile(lambda: r"\b(?:" + _w("from_words") + r")\s*[$€£]?$", re.I)
TO_BETWEEN = lazyre.compile(lambda: r"^[^\d%]{0,25}?\b(?:" + _w("to_words") + r")(?:\s+(?:" + _w("to_fillers") + r"))?\s*[$€£]?$", re.I)
# "from £1,568 for a typical household in England, Scotland and Wales to £1,717": a longer qualifier of the
# earlier figure, read only between two sums of one currency
TO_QUALIFIED = lazyre.compile(lambda:
    r"^\s+[^\W\d_][^\d%;:()]{0,90}?\s(?<!" + r" )(?<!".join(re.escape(w) for w in pack_words("changes", "to_not_after")) + r" )"
    r"(?:" + _w("to_words") + r")\s*[$€£]$", re.I)
TO_BEFORE = lazyre.compile(lambda: r"\b(?:" + _w("to_before") + r")\s*[$€£]?$", re.I)
UP_FROM = lazyre.compile(lambda: r"\b(?:" + _w("from_verbs") + r")\s+(?:" + _w("from_bare") + r")\s*[$€£]?$", re.I)
BY_BEFORE = lazyre.compile(lambda: r"\b(?:" + _w("by_verbs") + r")\s+(?:" + _w("by_bare") + r")\s*[$€£]?$", re.I)
X_DELTA = lazyre.compile(lambda:
    r"^[^\d()]{0,30}(?:,|\b(?:" + _w("which_that") + r")\s+(?:" + _w("delta_copulas") + r"))\s*"
    r"(?:" + _w("amount_before") + r")\s*[$€£]?$", re.I)
DIFF_BEFORE = lazyre.compile(lambda: r"(?:" + _w("difference_before") + r"|,\s*(?:" + _w("change_before") + r"|" + _comparative() + r"))\s*[$€£]?$", re.I)
PCT_AFTER = lazyre.compile(lambda: r"^\s*(?:" + _w("pct_after") + r")\b", re.I)
COMPARATIVE_BEFORE = lazyre.compile(lambda: r",\s*" + _comparative() + r"\s*$", re.I)
PCT_BEFORE = lazyre.compile(lambda:
    r"(?:,\s*" + _comparative() + r"|\b(?:" + _w("change_before") + r")|\b(?:" + _w("pct_verbs_before") + r")(?:\s+(?:" + _w("by_bare") + r"))?"
    r"|\b(?:" + _w("pct_nouns_of") + r")\b[^\d.;]{0,50}\b(?:" + _w("of_bare") + r")"
    r"|\b(?:" + _w("modals") + r")\s+(?:" + _w("modal_verbs") + r")(?:\s+(?:" + _w("by_bare") + r"))?"  # "will increase 4.5 percent"
    # the amount of a change, then its percentage: "an increase of 3,300 residents or 18.1%", "tăng 240 tỷ đồng, tương đương"
    r"|\b(?:" + _w("amount_openers") + r")\s+[$€£]?\d[\d.,]*(?:\s+[^\W\d]+){0,3},?\s+(?:" + _w("restating") + r"))\s*$", re.I)
REFERS = lazyre.compile(lambda: r"^\W*(?:" + _w("refers_back") + r")\b", re.I)
COMPARE = lazyre.compile(lambda: r"^[^\d]{0,60},\s*(?P<dir>" + _w("compared_by") + r")\s*$", re.I)
COMPARE_BASE = lazyre.compile(lambda: r"^\s*(?:" + _w("compare_to") + r")\s+(?:" + _w("plan_bases") + r")[^\d();]{0,50}\(\s*$", re.I)
OTHER_BASE = lazyre.compile(lambda: r"^\s*(?:" + _w("other_base") + r")", re.I)
SCALE_AFTER = lazyre.compile(lambda: r"\s*(?:" + _w("scale_words") + r")\b", re.I)
# "in 2022", "năm 2022", "tháng 2", "quý III/2023", "in May": when, not how much
YEARS = lazyre.compile(lambda:
    r"\b(?:" + _w("year_before") + r")\s+(?:1[6-9]|20)\d{2}\b|\b(?:" + _w("period_before") + r")\s+(?:\d{1,2}|[IVX]{1,4})(?:\s*(?:/|" + _w("period_year") + r")\s*(?:1[6-9]|20)\d{2})?(?!\w)"
    r"|\b(?:" + _w("month_before") + r")\s+(?:" + phrases("dates", "month_names") + r")(?:\s+(?:1[6-9]|20)\d{2})?\b",
    re.I,
)
# what stands between a change and its base: "down 1,137 from 19,539", "tăng 12,6% so với cùng kỳ năm trước (2,22 tỷ USD)",
# "up 5% at 1,522, compared to last year at 1,447"
BASE_BETWEEN = lazyre.compile(lambda:
    r"^\s*,?\s*(?:(?:" + _w("base_from") + r")(?:\s+(?:" + _w("base_periods") + r")\s+(?:" + _w("base_links") + r"))?\s*[$€£]?"
    r"|[^\d();]{0,30}?\b(?:" + _w("compare_to") + r")(?:\s+(?:" + _w("earlier_periods") + r"))?[^\d();]{0,30}\(\s*)$",
    re.I,
)
FROM_ONLY = lazyre.compile(lambda: r"(?:[a-z]{1,2}\b)?\s*(?:" + _w("from_bare") + r")\s*[$€£]?", re.I)  # "to $150m from $120m"
COMMA_ONLY = lazyre.compile(lambda: r"^[^\d()]{0,30},\s*(?:" + _w("rough") + r")?\s*[$€£]?$", re.I)
# "22% more than the 1,188", "about 12% below the state median of $66,100", "6 points higher than in 2019 (85%)"
MORE_THAN = lazyre.compile(lambda:
    r"^\s*(?:(?:(?:" + _w("percentage_word") + r")\s+)?(?:" + _w("point_words") + r")\s+)?(?P<dir>(?:" + _w("than_comparatives") + r")\s+(?:" + _w("than_bare") + r")|" + _w("above_below") + r")\s+"
    r"(?:(?:" + _w("the_bare") + r")\s+)?(?:[^\d();,]{0,40}?\s(?:" + _w("of_at") + r")\s+|\(\s*)?[$€£]?$",
    re.I,
)
SHARED_SCALE_GAP = lazyre.compile(lambda: r"\s*(?:" + _w("range_joiners") + r"|[-–])\s*[$€£]?", re.I)
DELTA_PCT = lazyre.compile(lambda: r"[^\d();,]{0,30}?\s*(?:\(\s*(?:" + _w("paren_change") + r")?|,?\s*\b(?:" + _w("or_bare") + r")\b|,\s*(?:" + _w("restating") + r"))\s*", re.I)  # "tăng 12 vụ (7,5%)", "by 15 cents, or 0.5%"
REPRESENTS = lazyre.compile(lambda: r"^[^\d;]{0,30}?(?:\b(?:(?:" + _w("which_that") + r")\s+)?(?:" + _w("represent_verbs") + r")\s+|,\s*)(?:" + _w("articles") + r")\s*$", re.I)
# "a 1.9 percent decrease from last year's total of 17,910", "a 58.1% increase over the $14.8 million"
OVER_BASE = lazyre.compile(lambda:
    r"^\s*(?:(?:" + _w("percent_bare") + r")\s+)?(?P<dir>" + _w("over_nouns") + r")\s+(?:" + _w("over_preps") + r")\s+"
    r"(?:(?:" + _w("the_bare") + r")\s+)?(?:[^\d;()]{0,30}?\b(?:" + _w("of_at") + r")\s+)?[$€£]?$", re.I)
# "was $412,000, compared to $400,000 in May — up 3 percent": the base, then the change
COMPARED_THEN = lazyre.compile(lambda: r"^[^\d;]{0,15}?,?\s*(?:" + _w("compared_then") + r")\s*[$€£]?$", re.I)
THEN_CHANGE = lazyre.compile(lambda: r"^[^\d;]{0,25}?(?:—|–|,)\s*(?P<dir>" + _w("then_change") + r")\s*$", re.I)
# the grammar may take the pronoun after a figure for its noun ("6,180 which represents …")
NOT_NOUNS = frozenset(pack_words("changes", "pronouns"))
TO_THEN_FROM = lazyre.compile(lambda: r"^\s*(?:" + _w("to_then") + r")\s*[$€£]?$", re.I)
POINTS_AFTER = lazyre.compile(lambda: r"^\s*(?:" + _w("points") + r")(?!\w)", re.I)
BARE_CHANGE_END = lazyre.compile(lambda: r"\b(?:" + _w("bare_change") + r")\s*$")  # "tăng 2,1%" of two percentages: a relative change


@record
class Pair:
    old: Quantity | None
    new: Quantity
    delta: Quantity | None  # the stated change, when the pair is "X, tăng D"
    sign: int  # +1 up, -1 down, 0 not said
    sent: int
    figs: tuple[int, ...]  # indexes of the figures making the pair


def _sentence_before(an: Analysis, f: Fig, n: int) -> str:
    """Up to `n` characters of the figure's sentence before it (a bounded slice, not the sentence)."""
    return an.text[max(an.seg.sentences[f.sent].start, f.q.span.start - n):f.q.span.start]


def _before(an: Analysis, f: Fig, n: int = 40) -> str:
    return an.text[max(0, f.q.span.start - n):f.q.span.start]


def _sign(text: str) -> int:
    down, up = DOWN.search(text), UP.search(text)
    return -1 if down and not up else 1 if up and not down else 0


def _claim(kind: str, f: Fig, p: Pair, stated: Quantity | None = None) -> Claim:
    ops = tuple(Operand(role, q) for role, q in (("from", p.old), ("delta", p.delta), ("to", p.new)) if q is not None)
    span = (p.old or p.delta or p.new).span.cover(f.q.span)
    words = 0 if f.q.value < 0 else p.sign
    extra = (("sign", words), ("signed", f.q.value < 0), ("dir", p.sign)) if kind == "pct" else (("points", p.old is not None and p.old.percent),)
    return Claim("change_pct" if kind == "pct" else "diff", stated or f.q, ops, "text", span=span, extra=extra)

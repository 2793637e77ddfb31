"""What surrounds a number: percent sign, scale word, currency, the noun it counts, its hedge."""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from linter.core import lazyre
from linter.lang.lexicon import Lexicon, alternation
from linter.lang.packs import LEXICONS, words as pack_words
from linter.core.model import Hedge, Quantity, Span

if TYPE_CHECKING:
    from linter.figures.quantities import Token

WORD = lazyre.eager(r"[^\W\d_]+(?:[.'’][^\W\d_]+)*", re.UNICODE)
PERCENT_AFTER = lazyre.compile(lambda: r"\s?%|\s(?:" + "|".join(dict.fromkeys(re.escape(w) for lex in LEXICONS.values() for w in lex.percent_words)) + r")\b", re.I)
CURRENCY_CODES = {"vnd": "VND", "usd": "USD"}
CURRENCY_WORDS = {**CURRENCY_CODES, **{w: c for lex in LEXICONS.values() for w, c in lex.currency_words.items()}}
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
# Words that follow a figure to say it measures time or repetition: a unit, never a count of things.
MEASURE_WORDS = frozenset(w for lex in LEXICONS.values() for w in lex.measure_words)
# A unit written with signs rather than letters: 30°C, 20.000 m², 5 km2
UNIT_SYMBOL = lazyre.eager(r"\s?(°\s?[CF]|[a-zA-Z]{1,3}[²³]|(?:k?m|ha)[23](?![\w]))")
ADJECTIVES = frozenset(w for lex in LEXICONS.values() for w in lex.count_adjectives)
GLUED_SCALES = {w: n for lex in LEXICONS.values() for w, n in lex.glued_scales.items()}
# a scale glued to a currency figure: "$5bn", "€3m"
GLUED = lazyre.compile(lambda: r"(" + "|".join(sorted(map(re.escape, pack_words("", "glued_scales")), key=lambda w: (-len(w), w))) + r")(?![\w])", re.I)


def words_after(text: str, pos: int, limit: int = 5) -> list[re.Match[str]]:
    """Up to `limit` words after `pos`, stopping at punctuation other than spaces and hyphens."""
    out = []
    i = pos
    while len(out) < limit:
        m = WORD.match(text, BLANKS.match(text, i).end())
        if not m:
            break
        out.append(m)
        i = m.end()
    return out


BLANKS = lazyre.eager(r"[ \t\u00a0]*")  # what words_after steps over between words


def _by_length(lex: Lexicon, name: str) -> tuple:
    return _sorted_vocab(lex.lang, name)


@lru_cache(maxsize=32)
def _sorted_vocab(lang: str, name: str) -> tuple:
    from linter.lang.packs import lexicon

    items = getattr(lexicon(lang), name)
    items = tuple(items.items()) if isinstance(items, dict) else tuple(items)
    return tuple(sorted(items, key=lambda kv: -len(kv[0] if isinstance(kv, tuple) else kv)))


@lru_cache(maxsize=8)
def _compounds_by_first_word(lang: str) -> dict[str, tuple[tuple[int, str], ...]]:
    """Known compounds (lowercase, longest first) by their first word, with their word counts."""
    out: dict[str, list[tuple[int, str]]] = {}
    for comp in _sorted_vocab(lang, "compounds"):
        low = comp.lower()
        out.setdefault(low.split(" ")[0], []).append((low.count(" ") + 1, low))
    return {k: tuple(v) for k, v in out.items()}


COMPARATIVE = lazyre.compile(lambda: r"(?:" + "|".join(dict.fromkeys(re.escape(w) for lex in LEXICONS.values() for w in lex.hedge_comparatives)) + r")\s+$")


@lru_cache(maxsize=8)
def _hedge_before_rx(lang: str) -> re.Pattern[str]:
    """The longest hedge phrase ending a text, not glued to a letter or digit before it."""
    phrases = [p for p, _ in _sorted_vocab(lang, "hedges_before")]
    return lazyre.eager(r"(?<![^\W_])(?:" + "|".join(map(re.escape, phrases)) + r")\Z")


_MISSING = object()
_MEMO_LIMIT = 1 << 16  # entries a pack's memo holds before it starts afresh


def _memo(lex: Lexicon, name: str) -> dict:
    """A pack's memo of its pure reading `name` of short texts: a text of figures repeats the words
    around them, and each is read once. Kept with the pack itself, so a pack made later (a plugin, a
    test) never reads another's."""
    entry = _LAST.get(name)  # the pack asked last, looked up without building a key: this runs for every figure
    if entry is None or entry[0] is not lex:
        entry = _MEMOS.get((id(lex), name))
        if entry is None or entry[0] is not lex:
            entry = _MEMOS[id(lex), name] = (lex, {})
        _LAST[name] = entry
    if len(entry[1]) > _MEMO_LIMIT:
        entry[1].clear()
    return entry[1]


_MEMOS: dict[tuple[int, str], tuple[Lexicon, dict]] = {}
_LAST: dict[str, tuple[Lexicon, dict]] = {}


def _hedge_before(text: str, start: int, lex: Lexicon) -> Hedge | None:
    raw = text[max(0, start - 24):start]
    memo = _memo(lex, "hedge_before")
    found = memo.get(raw, _MISSING)
    if found is _MISSING:
        found = memo[raw] = _hedge_ending(raw.lower().rstrip(" \u00a0$€£"), lex)
    return found  # type: ignore[return-value]


def _hedge_ending(before: str, lex: Lexicon) -> Hedge | None:
    m = _hedge_before_rx(lex.lang).search(before)
    if m is None:
        return None
    if COMPARATIVE.search(before[: m.start()]):
        return None  # "thấp hơn 0,4%", "more than" after "no": a comparison, not a hedge
    return lex.hedges_before[m.group()]


_LATER = frozenset(w for lex in LEXICONS.values() for w in lex.hedges_after_later)


def _hedge_after(words: list[str], lex: Lexicon) -> Hedge | None:
    if not words:
        return None
    tail = " ".join(words[:4]).lower()
    later = " ".join(words[1:4]).lower()
    for phrase, hedge in lex.hedges_after.items():
        if tail.startswith(phrase) or phrase in _LATER and f" {phrase}" in later:
            return hedge
    return None


def unit_key(words: list[str], lex: Lexicon) -> str | None:
    """The head noun a figure counts: the longest known compound, else the first word."""
    if not words:
        return None
    memo = _memo(lex, "unit_key")
    key = tuple(words)
    found = memo.get(key, _MISSING)
    if found is _MISSING:
        found = memo[key] = _unit_key(words, lex)
    return found  # type: ignore[return-value]


def _unit_key(words: list[str], lex: Lexicon) -> str | None:
    low = [w.lower() for w in words]
    while len(low) > 1 and low[0] in ADJECTIVES:
        low = low[1:]  # "320 new hires" counts hires
    if low[0] in MEASURE_WORDS:
        return low[0]
    if low[0] in lex.stop_nouns:
        return None
    for n, comp in _compounds_by_first_word(lex.lang).get(low[0], ()):
        if " ".join(low[:n]) == comp:
            return comp
    head = low[0]
    if lex.inflected:
        if head.endswith("ed") and len(head) >= 5 and head not in NOUNS_IN_ED:
            return None  # "298 belonged to …", "612 voted": a verb, the figure's noun is elsewhere
        head = singular(head)
    return head


NOUNS_IN_ED = frozenset(w for lex in LEXICONS.values() for w in lex.ed_nouns)


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def made_of_tried(text: str, start: int, lex: Lexicon) -> bool:
    """'18-for-40': the figure at `start` is the count tried, after the count made and the lexicon's joining word."""
    return any(re.search(r"(?<![\w.,])\d+-" + re.escape(w) + "-$", text[max(0, start - len(w) - 12):start], re.I) for w in lex.made_of_tried)


def _same_unit_over(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """'45.300 hộ/52.100 hộ', '1.820 tỷ đồng/2.400 tỷ đồng': the words before the slash follow the
    figure after it too, so the two are a count over its whole (not '9 chi bộ/9 thôn', a pairing);
    so are those chosen over their pool ('52 đại biểu/84 ứng cử viên', the lexicon's `chosen_from`)."""
    if text[start - 1] != "/":
        return False
    before = [w.lower() for w in text[max(0, start - 40):start - 1].split()]
    after = [w.lower().rstrip(".,;:)") for w in text[end:end + 40].split()]
    if any(len(before) >= k and before[-k:] == after[:k] for k in (3, 2, 1)):
        return True
    return any(" ".join(before[-len(c.split()):]) == c and after[:len(p.split())] == p.split() for c, p in lex.chosen_from)


def describe(text: str, t: Token, lex: Lexicon) -> Quantity | None:
    """A Quantity for token `t`, or None when it is not a figure (a label, a glued identifier)."""
    start, end = t.start, t.end
    prev = text[start - 1] if start else " "
    if prev in "-/\u2010\u2011" and start >= 2 and text[start - 2].isalpha() and not _same_unit_over(text, start, end, lex) \
            and not made_of_tried(text, start, lex):
        return None  # "Covid-19", "9 chi bộ/ 9 thôn" keeps the first figure only
    value = t.value
    if prev in "-\u2212\u2013" and (start < 2 or text[start - 2] in " |(\t\n"):
        value, start = -value, start - 1
    percent = False
    m = PERCENT_AFTER.match(text, end)
    if m:
        percent, end = True, m.end()
    scale, currency = Decimal(1), CURRENCY_SIGNS.get(t.cur or "")
    after = end
    glued = GLUED.match(text[end:end + 3]) if currency and not percent else None
    if glued:
        scale, after = Decimal(10) ** GLUED_SCALES[glued.group(1).lower()], end + glued.end()
    symbol = UNIT_SYMBOL.match(text, after) if not percent else None
    ws = words_after(text, after) if symbol is None else []
    words = [w.group() for w in ws]
    while not percent and not glued and words and words[0].lower() in lex.scales and _scale_word(words, currency, lex):
        scale *= lex.scales[words[0].lower()]  # "25,6 nghìn tỷ đồng": a thousand billions
        ws, words = ws[1:], words[1:]
    if words and words[0].lower() in CURRENCY_WORDS and unit_key(words, lex) == words[0].lower():
        currency = CURRENCY_WORDS[words[0].lower()]
    unit = "%" if percent else (currency or (symbol.group(1) if symbol else unit_key(words, lex)))
    unit_span = Span(symbol.start(1), symbol.end(1)) if symbol else Span(ws[0].start(), ws[-1].end()) if ws and not percent else None
    year_like = (not percent and not currency and t.decimals == 0 and len(t.raw) == 4 and t.raw.isdigit() and 1800 <= int(t.raw) <= 2100)
    return Quantity(
        span=Span(start, end),
        raw=text[start:end],
        value=value * scale,
        # a count written in full ("2.480 xóm") is exact; "80,7 tỷ", "12 triệu" and "93%" are rounded
        resolution=Decimal(0) if (t.decimals == 0 and scale == 1 and not percent) else Decimal(1).scaleb(-t.decimals) * scale,
        percent=percent,
        unit=unit,
        unit_span=unit_span,
        currency=currency,
        hedge=_hedge_before(text, t.start - (1 if t.cur else 0), lex) or _hedge_after(words, lex),
        scale=scale,
        decimals=t.decimals,
        year_like=year_like,
        ambiguous=t.ambiguous,
    )


def _scale_word(words: list[str], currency: str | None, lex: Lexicon) -> bool:
    """Whether the scale word after a figure scales it: "m", "k" alone may be metres or a label, so a
    short ASCII one needs a currency before it ("$5m"); "25,6 tỷ đồng" is 25.6 billion, "tỷ lệ" a rate."""
    if " ".join(words[:2]).lower() in lex.scale_compounds:
        return False
    return len(words[0]) > 2 or currency is not None or not words[0].isascii()


SIGN_BEFORE = lazyre.eager(r"(?:^|[\s(,;:/])[+\-−]$")  # "(+3,2%)": the sign written against the digits
_CHANGE_AFTER: dict[str, re.Pattern[str]] = {}


def is_change(text: str, q: Quantity, lex: Lexicon) -> bool:
    """A signed percentage, or one a change word names right after it, is a change, not a share.

    A phrase the lexicon says states no change ("up to", "made up") is none.
    """
    if not q.percent:
        return False
    if q.value < 0 or SIGN_BEFORE.search(text[max(0, q.span.start - 3):q.span.start]):
        return True
    after = unicodedata.normalize("NFC", text[q.span.end:q.span.end + 40]).lower()
    if after.lstrip().startswith(lex.not_changes):  # a tuple of phrases: any of them
        return False
    return _change_after(lex).match(after) is not None


def _change_after(lex: Lexicon) -> re.Pattern[str]:
    """A change word right after the figure, maybe behind a qualifier ("a 6.1 percent annual increase")."""
    if lex.lang not in _CHANGE_AFTER:
        qualifier = r"(?:(?:" + alternation(lex.change_qualifiers) + r")\s+)?" if lex.change_qualifiers else ""
        _CHANGE_AFTER[lex.lang] = lazyre.eager(r"\s*" + qualifier + r"(?:" + alternation(lex.change_after) + r")(?!\w)")
    return _CHANGE_AFTER[lex.lang]

"""The number grammar: every figure of a text as a `Quantity`, read by the document's convention.

Dates, times, document identifiers ("36-CT/TU"), ranges ("1-2 đảng viên"), ordinals and version
numbers are recognised first and never read as quantities. A token such as "12.133" reads as
twelve thousand in a Vietnamese document and twelve point one in an English one: the document's
convention is decided from the unambiguous tokens (a separator followed by other than three
digits is a decimal mark, a separator used twice is a group mark), and every token that
contradicts it is returned in `Scan.conflicts` for the N rules.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from linter.core import lazyre
from linter.core.marks import COMMA_DECIMAL, POINT_DECIMAL, NumberMarks, with_decimal, with_group
from linter.lang.lexicon import Lexicon
from linter.lang.packs import capitals, lexicon, phrases, text_language, words
from linter.core.model import Hedge, Quantity, Span
from linter.core.record import record

SEPS = ".,\u00a0\u202f\u2009"
# One token: digits joined by single separators, not continuing a word or another number; each
# repetition consumes a separator and digits, so matching is linear in the input length. It starts
# with a digit (the left edge is checked after it), so the engine skips to digits; a currency sign
# right before the token, itself not continuing a word or a number, is read by `tokens`.
NUMBER = lazyre.eager(r"\d(?<![\w.,]\d)\d*(?:[.,\u00a0\u202f\u2009]\d+)*")
CURRENCY = "$€£¥"
SPACE_GROUP = lazyre.eager(r"(\d(?<![\d.,]\d)\d?) (\d{3})(?!\d|[.,]\d)")
SEPARATOR = lazyre.eager(r"[.,\u00a0\u202f\u2009]")
_CONTINUES = lazyre.eager(r"[\w.,]")  # a mark before a currency sign that makes it part of something else
DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212"


def _mask(first: str, rest: str, flags: int = 0) -> re.Pattern[str]:
    """A mask that starts with the digit class `first`: the rest as group `m`, or else the rest of a
    run of twenty digits or more, taken whole.

    A mask never starts inside a run of digits (its first digit follows no digit): that is checked
    first, for every mask alike, and the second branch passes over a long run in one step, which
    keeps a megabyte of digits from costing a million attempts per mask. The pattern still starts
    with a digit class, so the engine skips to digits in the rest of the text.
    """
    return lazyre.eager(first + r"(?<!\d" + first + r")(?:(?P<m>" + rest + r")|\d{19,})", flags)


# Each mask but the first starts with a digit (its left edge checked by a lookbehind placed after
# it), so the regular-expression engine can skip to digits instead of trying every position. Ids,
# ordinals and version numbers start with at most nine digits: a longer run is not one of them,
# and a bound keeps a long run from being given back digit by digit.
MASKS = [
    ("url", lazyre.eager(r"(?P<m>(?:https?://|www\.|doi:)\S+)")),
    ("time", _mask(r"\d", r"(?<!\d\d)\d?:\d{2}(?::\d{2})?(?!\d)|(?<!\w\d)\d? (?:" + phrases("", "hour_words") + r") \d{2}\b")),  # 9:30, 9 giờ 30
    ("date", _mask(r"\d", r"(?<![\d.,]\d)\d{3}-\d{1,2}-\d{1,2}(?!\d)")),
    # a span of days before a date: "14-15/5/2025" must not leave the "14" of "15/5/2025" a count
    ("date", _mask(r"\d", r"(?<![\d.,/]\d)\d?[–\-]\d{1,2}/\d{1,2}/\d{4}(?!\d)")),
    ("date", _mask(r"\d", r"(?<![\d.,/]\d)\d?\s?[/\-–]\s?\d{1,2}\s?[/\-–]\s?\d{2,4}(?![\d/])")),
    ("date", _mask(r"\d", r"(?<![\d.,/]\d)(?<=[0-9])(?:(?<=0)[1-9]|(?<=1)[0-2]|(?<=[1-9]))?/(?:1[89]|20)\d{2}(?![\d/])")),
    ("id", _mask(r"\d", r"(?<![\w.,]\d)\d{0,8}\s?[-/]\s?[A-Z" + capitals() + "][A-Z" + capitals() + "]*(?:[-/][A-Z" + capitals() + r"0-9]+)*(?![\w])")),
    ("ordinal", _mask(r"\d", r"(?<![\w.,]\d)\d{0,8}(?:\^\{)?(?:st|nd|rd|th)\b\}?", re.I)),
    ("yearrange", _mask(r"[12]", r"(?<![\w.,][12])(?:(?<=1)[89]|(?<=2)0)\d{2}\s?[\-–—]\s?(?:(?:1[89]|20)\d{2}|\d{2})(?![\d%]|[.,]\d)")),
    ("range", _mask(r"\d", r"(?<![\w.,]\d)\d{0,2}\s?[\-–—]\s?\d{1,3}(?:\s?[\-–—]\s?\d{1,3})*(?![\d%/]|[.,]\d)")),
    ("version", _mask(r"\d", r"(?<![\w.,]\d)\d{0,8}\.\d+\.\d+(?:\.\d+)*(?![\d])")),
]
# "từ 4 đến 6 đảng viên", "from 3 to 5": a range, not two figures (but "tăng từ 200 lên 230" is a change)
WORD_RANGE = lazyre.eager(r"\b(?:" + phrases("", "range_from") + r")\s+(\d{1,3})\s+(?:" + phrases("", "range_to") + r")\s+(\d{1,3})(?!\s*%)(?![\d.,])")
RANGE_NOUNS = words("", "range_nouns")  # "1-2 tháng": a range of time


@record(frozen=False)
class Token:
    start: int
    end: int
    raw: str  # digits and separators only
    cur: str | None
    value: Decimal
    decimals: int
    ambiguous: bool


@record(frozen=False)
class Scan:
    quantities: list[Quantity] = field(default_factory=list)
    fractions: list[tuple[Quantity, Quantity, Span]] = field(default_factory=list)
    masked: list[tuple[str, Span]] = field(default_factory=list)
    convention: NumberMarks = COMMA_DECIMAL
    votes: dict[NumberMarks, int] = field(default_factory=dict)  # unambiguous figures written each way
    conflicts: list[tuple[Quantity, str]] = field(default_factory=list)  # (quantity, reading by the other convention)


def _masks(text: str) -> tuple[list[tuple[str, Span]], bytearray]:
    taken = bytearray(len(text))
    found = []
    for kind, rx in MASKS:
        for m in rx.finditer(text):
            if m.group("m") is None:
                continue  # a long run of digits, passed over at once
            if any(taken[m.start():m.end()]):
                continue
            if kind == "range" and not _is_range(text, m):
                continue
            if kind == "version" and all(len(g) == 3 for g in m.group().split(".")[1:]):
                continue  # "5.454.246" is a grouped number, not a version
            found.append((kind, Span(m.start(), m.end())))
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return found, taken


def _is_range(text: str, m: re.Match[str]) -> bool:
    """'1-2 đảng viên', '3-5' are ranges; '| -10.6%' (a sign) and '5-3-1' (a ratio) too are not figures."""
    nums = [int(x) for x in re.findall(r"\d+", m.group())]
    return len(nums) > 2 or nums[0] <= nums[1] or text[m.end():m.end() + 6].strip().startswith(RANGE_NOUNS) or _is_score(text, m)


def _is_score(text: str, m: re.Match[str]) -> bool:
    """'3-1', '25-22', '7-6 (7-4)': two counts joined tight by a hyphen, the larger first, are a result
    (a match, a set, a vote) and neither is a figure of the text's sums. Spaced ('120 - 95') they may be
    a subtraction, and after a grouping mark ('1.240-5') the first is the tail of a larger figure."""
    return not any(c.isspace() for c in m.group()) and text[max(0, m.start() - 1):m.start()] not in (".", ",")


def classify(raw: str) -> tuple[NumberMarks | str, bool]:
    """(marks|'any'|'bad', ambiguous): which convention a token's separators fit."""
    seps = [c for c in raw if c in SEPS]
    if not seps:
        return "any", False
    groups = SEPARATOR.split(raw)
    kinds = set(seps)
    spaces = kinds & set("\u00a0\u202f\u2009")
    if spaces:
        rest = kinds - spaces
        ok = all(len(g) == 3 for g in groups[1:len(groups) - (1 if rest else 0)])
        return ("any" if ok else "bad"), False
    if len(kinds) == 2:
        last = seps[-1]
        if seps.count(last) > 1 or any(len(g) != 3 for g in groups[1:-1]):
            return "bad", False
        return with_decimal(last), False
    sep = seps[0]
    if len(seps) > 1:
        if any(len(g) != 3 for g in groups[1:]):
            return "bad", False
        return with_group(sep), False
    if len(groups[1]) != 3 or groups[0] == "0":
        return with_decimal(sep), False
    return with_group(sep), True  # "12.133": grouping in 1.234,5, decimal in 1,234.5


def read(raw: str, convention: NumberMarks) -> tuple[Decimal, int] | None:
    """Value and decimals of `raw` written in `convention` (1.234,5 or 1,234.5)."""
    dec = convention.decimal
    s = raw.replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
    if dec in s:
        whole, _, frac = s.rpartition(dec)
    else:
        whole, frac = s, ""
    whole = whole.replace(".", "").replace(",", "")
    try:
        value = Decimal(f"{whole}.{frac}" if frac else whole)
    except InvalidOperation:
        return None
    return value, len(frac)


def count_votes(tokens: list[str], classes: list[tuple[NumberMarks | str, bool]] | None = None) -> dict[NumberMarks, int]:
    """How many unambiguous tokens are written each way (`classes`: their `classify`, if known)."""
    votes = {COMMA_DECIMAL: 0, POINT_DECIMAL: 0}
    for kind, ambiguous in classes if classes is not None else map(classify, tokens):
        if kind in votes and not ambiguous:
            votes[kind] += 1
    return votes


def decide_convention(tokens: list[str], lang: str, votes: dict[NumberMarks, int] | None = None) -> NumberMarks:
    """The document's marks: its unambiguous figures vote, and its language's marks count as two
    votes (and win a tie)."""
    votes = dict(votes if votes is not None else count_votes(tokens))
    home = lexicon(lang).marks
    votes[home] = votes.get(home, 0) + 2
    return home if votes[home] >= max(votes.values()) else max(votes, key=votes.get)


def _merge_space_groups(text: str, taken: bytearray) -> str:
    """Treat '38 879' as one figure by joining space-grouped thousands with a thin space."""
    def join(m: re.Match[str]) -> str:
        return m.group(1) + "\u2009" + m.group(2) if not any(taken[m.start():m.end()]) else m.group()

    return SPACE_GROUP.sub(join, text)


def tokens(text: str, lex: Lexicon, taken: bytearray) -> list[Token]:
    work = _merge_space_groups(text, taken)
    out = []
    for m in NUMBER.finditer(work):
        s, e = m.span()
        if any(taken[s:e]):
            continue
        cur = work[s - 1] if s and work[s - 1] in CURRENCY and (s < 2 or not _CONTINUES.match(work, s - 2)) else None
        out.append(Token(s, e, m.group(), cur, Decimal(0), 0, False))
    return out


def scan(text: str, lang: str) -> Scan:
    """All quantities and fractions of a (NFC) text; `lang` picks the vocabulary."""
    from linter.figures.context import describe

    lex = lexicon(lang)
    masked, taken = _masks(text)
    for m in WORD_RANGE.finditer(text):
        before = text[max(0, m.start() - 25):m.start()].lower()
        if not any(w in before for w in lex.change_words) and not any(taken[m.start(1):m.end(2)]):
            masked.append(("range", Span(m.start(1), m.end(2))))
            taken[m.start(1):m.end(2)] = b"\x01" * (m.end(2) - m.start(1))
    _mask_day_months(text, lex.lang, masked, taken)
    _mask_section_numbers(text, masked, taken)
    _mask_subdivisions(text, masked, taken)
    _mask_phones(text, masked, taken)
    toks = tokens(text, lex, taken)
    known: dict[str, tuple[NumberMarks | str, bool]] = {}  # a dense text writes the same figures again and again
    classes = [known.get(t.raw) or known.setdefault(t.raw, classify(t.raw)) for t in toks]
    regions = _foreign_paragraphs(text, lex.lang, toks, classes)
    home = [(t.raw, c) for t, c, r in zip(toks, classes, regions) if r is None]
    votes = count_votes([raw for raw, _ in home], [c for _, c in home])
    out = Scan(masked=masked, convention=decide_convention([raw for raw, _ in home], lang, votes), votes=votes)
    values: dict[tuple[str, str], tuple[Decimal, int] | None] = {}
    for t, (kind, ambiguous), region in zip(toks, classes, regions):
        if kind == "bad":
            continue
        own = region or out.convention  # a paragraph in the other language is read by its own convention
        conv = own if kind in ("any", own) or ambiguous else kind
        key = (t.raw, conv.decimal)  # `read` depends on the raw figure and the decimal mark only
        parsed = values[key] if key in values else values.setdefault(key, read(t.raw, conv))
        if parsed is None:
            continue
        t.value, t.decimals = parsed
        t.ambiguous = ambiguous and region is None  # the paragraph's language settles "12.133"
        q = describe(text, t, lex)
        if q is None:
            continue
        out.quantities.append(q)
        if region is None and kind not in ("any", out.convention) and not ambiguous:
            out.conflicts.append((q, "mixed"))
    out.fractions = _fractions(text, out.quantities, lex)
    return out


PARAGRAPH = lazyre.compile(r"[^\n\u2029]+")
BLOCK_END = lazyre.compile(r"\n[ \t]*\n|\u2029")  # a blank line (blanked markup included) or a block break


def _foreign_paragraphs(text: str, lang: str, toks: list[Token], classes: list[tuple[NumberMarks | str, bool]]) -> list[NumberMarks | None]:
    """For each token, the convention of its paragraph when that paragraph is clearly written in the
    other language (an English abstract in a Vietnamese report), else None: the document's convention.

    A paragraph is a line (a .docx paragraph), or, when a line alone has too few words to tell, the
    block between blank lines it belongs to (a hard-wrapped plain-text paragraph). Only paragraphs
    holding a figure with a mark are looked at; a paragraph's convention is that of most of its
    unambiguous figures, or its language's when they are even."""
    out: list[NumberMarks | None] = [None] * len(toks)
    blocks = _Blocks(text)
    i = 0
    for line in PARAGRAPH.finditer(text):
        first = i
        while i < len(toks) and toks[i].start < line.end():
            i += 1
        if all(classes[k][0] == "any" for k in range(first, i)):
            continue
        written = text_language(line.group()) or blocks.language(line.start())
        if written is None or written == lang:
            continue
        votes = count_votes([toks[k].raw for k in range(first, i)], classes[first:i])
        # its own unambiguous figures decide (a translator may keep the source's marks); its language breaks a tie
        conv = lexicon(written).marks if votes[COMMA_DECIMAL] == votes[POINT_DECIMAL] else max(votes, key=votes.get)
        out[first:i] = [conv] * (i - first)
    return out


class _Blocks:
    """The language of each block of a text between blank lines, found once per block when asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.start() for m in BLOCK_END.finditer(text)] + [len(text)]
        self.known: dict[int, str | None] = {}

    def language(self, offset: int) -> str | None:
        k = bisect.bisect_right(self.ends, offset)  # the block ends at ends[k]: the last one at the text's end
        if k not in self.known:
            self.known[k] = text_language(self.text[self.ends[k - 1] if k else 0:self.ends[k]])
        return self.known[k]


# a heading's number opening its line: "3.1. Công tác …", "## 2.4 Results", "- 1.2.3 Scope"
SECTION = lazyre.compile(r"^[ \t]*(?:#{1,6}[ \t]+|[*+>\-][ \t]+)?(?P<n>\d{1,2}(?:\.\d{1,2})+)(?P<tail>\.[ \t]+|[ \t]+)(?P<w>[^\W\d_])", re.M)


def _mask_section_numbers(text: str, masked: list[tuple[str, Span]], taken: bytearray) -> None:
    """A section number is no decimal: it ends with a dot before the heading, or the heading's first
    word is capitalized ("3.2 Kết quả"), never a unit or scale word ("3.2 million")."""
    for m in SECTION.finditer(text):
        span = Span(m.start("n"), m.end("n"))
        if (m.group("tail").startswith(".") or m.group("w").isupper()) and not any(taken[span.start:span.end]):
            masked.append(("section", span))
            taken[span.start:span.end] = b"\x01" * (span.end - span.start)


# a provision and its subdivisions written together: "Rule 12(b)(6)", "501(c)(3)", "§ 4(a)", "Điều 5(2)(a)"
SUBDIVISION = lazyre.eager(r"(?<![\w.,])\d{1,4}[A-Za-z]?(?:\((?:[A-Za-z]{1,4}|\d{1,3})\))+(?![\w(])")
LETTERED = lazyre.eager(r"\([A-Za-z]{1,4}\)")


def _mask_subdivisions(text: str, masked: list[tuple[str, Span]], taken: bytearray) -> None:
    """A number glued to a lettered subdivision in parentheses ("12(b)(6)") names a provision: none of
    its numbers is a figure, and "(6)" is no count of what the 12 counts. A number glued to a bare
    number in parentheses ("5(2)") stays a figure: a count with its breakdown is written so too."""
    for m in SUBDIVISION.finditer(text):
        if LETTERED.search(m.group()) and not any(taken[m.start():m.end()]):
            masked.append(("reference", Span(m.start(), m.end())))
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())


# a phone number after its word, a few words apart at most ("Hotline hỗ trợ: 1900.1234"): it opens with
# a 0, a + or a service prefix (1800, 1900) and has eight digits or more, so no count after the word
# ("đường dây nóng tiếp nhận 12 phản ánh") is taken for one; twelve digits at most, as phone numbers have
PHONE = lazyre.compile(lambda: r"(?<!\w)(?:" + phrases("", "phone_words") + r")(?!\w)[^\d\n.;]{0,24}?"
                       r"(?P<n>(?:\+|\(0|0|1[89]00)[\d.\-\u00a0 ()]{4,18}\d)(?![\d.,]\d)", re.I)


def _mask_phones(text: str, masked: list[tuple[str, Span]], taken: bytearray) -> None:
    """A phone number is no figure: its groups are no decimal ("1900.1234") and no count of a list."""
    for m in PHONE.finditer(text):
        if 8 <= sum(c.isdigit() for c in m.group("n")) <= 12:  # more ran on into a count after it
            masked.append(("phone", Span(m.start("n"), m.end("n"))))
            taken[m.start("n"):m.end("n")] = b"\x01" * (m.end("n") - m.start("n"))


def _mask_day_months(text: str, lang: str, masked: list[tuple[str, Span]], taken: bytearray) -> None:
    """'Chiều 12.3, …', 'đến ngày 30.4': a day and month written with a dot are a date, not a decimal."""
    from linter.figures.dates import day_months  # the date grammar is loaded by the date extractor anyway

    spans = [span for span, _, _ in day_months(text, lang)]
    if lang == "en":  # "in the week ending Sept. 7, down 18%", "Oct. 3-7", "the 4th of July": a day of a month, not a count
        spans += [Span(m.start(), m.end()) for rx in _month_day_rx() for m in rx.finditer(text)]
    for span in spans:
        if not any(taken[span.start:span.end]):
            masked.append(("date", span))
            taken[span.start:span.end] = b"\x01" * (span.end - span.start)


@lru_cache(maxsize=1)
def _month_day_rx() -> tuple[re.Pattern[str], ...]:
    """A month's name and a day (or a span of days) after it, or a day before 'of' and the month's name."""
    from linter.figures.dates import _mon

    mon = _mon().replace("?P<mon>", "?:")
    day = r"\d{1,2}(?:" + phrases("dates", "ordinal_suffixes") + r")?"
    sp = r"[ \u00a0]+"  # on one line: "January: 180 14 11" ends a row, the next row's month is no day's
    return (lazyre.compile(r"\b" + mon + sp + day + r"(?:\s?[-–]\s?" + day + r")?(?![\d%]|[.,]\d)"),
            lazyre.compile(r"(?<![\d.,])" + day + sp + r"(?:(?:" + phrases("dates", "day_of") + r")" + sp + r")?" + mon + r"\b"))


UNIT_SLASH = lazyre.compile(r"\s?(?P<u>[^\W\d_][^\d/();,]{0,20}?)\s?/\s?")


def _same_unit_fraction(text: str, a: Quantity, b: Quantity, between: str) -> bool:
    """'45.300 hộ/52.100 hộ', '1.820 tỷ đồng/2.400 tỷ đồng': each figure with its own unit, the same one."""
    m = UNIT_SLASH.fullmatch(between)
    return bool(m) and text[b.span.end:b.span.end + 1 + len(m.group("u"))].strip() == m.group("u").strip()


def _of_fraction(text: str, a: Quantity, b: Quantity, between: str) -> bool:
    """'(1,120 of 3,146)': a count of its whole, alone in a parenthesis."""
    return between in (" of ", " out of ") and text[a.span.start - 1:a.span.start] == "(" and text[b.span.end:b.span.end + 1] == ")"


def _fractions(text: str, qs: list[Quantity], lex: Lexicon) -> list[tuple[Quantity, Quantity, Span]]:
    """'49/53', '2.480/2.480', '5.775/8.227': a count over its whole, written with a slash; '18-for-40'."""
    out = []
    tried = {"-" + w.lower() + "-" for w in lex.made_of_tried}
    for a, b in zip(qs, qs[1:]):
        if a.percent or b.percent:
            continue
        between = text[a.span.end:b.span.start]
        if between != "/" and between.lower() not in tried and not _same_unit_fraction(text, a, b, between) and not _of_fraction(text, a, b, between):
            continue
        if b.value == 0 or a.value > b.value * 2:
            continue
        out.append((a, b, Span(a.span.start, b.span.end)))
    return out


__all__ = ["Scan", "Token", "scan", "classify", "read", "decide_convention", "Hedge"]

"""Figures rewritten the way the document writes them, and the single edits a typist makes.

A figure's text splits into a sign, its number ("43.137", "92,36") and what follows ("%", " %").
Only the number is ever replaced, so a percent sign, a scale word or an NFD letter beside it keeps
its bytes. The marks of a rewritten number are those of the figure itself when it shows them
(a Vietnamese "46.706" keeps "." for groups), else the document's convention.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterator, Sequence

from linter.core import lazyre
from linter.core.marks import POINT_DECIMAL, NumberMarks
from linter.core.model import Fix, Quantity, Span
from linter.core.record import record, replace
from linter.lang.packs import lexicon

NUM = lazyre.compile(r"(?P<sign>[-\u2212\u2013]?)(?P<num>\d(?:[\d.,\u00a0\u202f\u2009 ]*\d)?)(?P<rest>.*)", re.S)
MAX_DIGITS = 15  # longer figures are identifiers or sums of money typed with care; not searched


@record
class Style:
    decimal: str
    group: str  # "" when the figure is written without grouping ("2480")


@record
class Edit:
    """One single edit of a figure: the edited quantity, its number as written, where it goes."""

    original: Quantity
    edited: Quantity
    text: str
    span: Span


def convention_of(analysis: object, locale: str | None) -> NumberMarks:
    """The number convention the analysis of a document found, falling back to its language's marks."""
    conv = getattr(getattr(analysis, "scan", None), "convention", None)
    if isinstance(conv, NumberMarks):
        return conv
    return lexicon(locale).marks


def split(q: Quantity) -> tuple[str, str, str] | None:
    """(sign, number, rest) of a figure's raw text; None for a synthetic figure ("115 + 42")."""
    m = NUM.fullmatch(q.raw)
    if not m or "+" in q.raw:
        return None
    return m.group("sign"), m.group("num"), m.group("rest")


def number_span(q: Quantity) -> Span | None:
    parts = split(q)
    if parts is None:
        return None
    start = q.span.start + len(parts[0])
    return Span(start, start + len(parts[1]))


def style(num: str, decimals: int, convention: NumberMarks) -> Style:
    dec, group = convention.decimal, convention.group
    if decimals > 0 and len(num) > decimals and not num[-decimals - 1].isdigit():
        dec = num[-decimals - 1]
        group = "," if dec == "." else "."
    whole = num[: len(num) - decimals - 1] if decimals > 0 else num
    seps = [c for c in whole if not c.isdigit()]
    if seps:
        group = seps[0]
    elif sum(c.isdigit() for c in whole) > 3:
        group = ""
    return Style(dec, group)


def write(whole: str, frac: str, st: Style) -> str:
    if st.group and len(whole) > 3:
        head = len(whole) % 3 or 3
        whole = st.group.join([whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)])
    return whole + (st.decimal + frac if frac else "")


def digits_of(value: Decimal, decimals: int) -> tuple[str, str]:
    text = f"{abs(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP):f}"
    whole, _, frac = text.partition(".")
    return whole, frac


def replacement_fix(text: str, q: Quantity, value: Decimal, decimals: int, *, safe: bool = False, convention: NumberMarks = POINT_DECIMAL) -> Fix | None:
    """A fix writing `value` (unscaled) in place of the number of `q`, in `q`'s own marks."""
    parts, span = split(q), number_span(q)
    if parts is None or span is None or text[span.start:span.end] != parts[1]:
        return None
    whole, frac = digits_of(value, decimals)
    return Fix(span, write(whole, frac, style(parts[1], q.decimals, convention)), safe=safe)


def _variants(whole: str, frac: str) -> Iterator[tuple[str, str]]:
    """Single typing slips of a number: a digit replaced, inserted or deleted, two adjacent digits
    swapped, each within its part so the figure keeps its decimals; or the decimal mark one place off."""
    for part, other in ((whole, frac), (frac, whole)):
        is_whole = part is whole
        for i, ch in enumerate(part):
            edits = [part[:i] + d + part[i + 1:] for d in "0123456789" if d != ch]
            if i + 1 < len(part):
                edits.append(part[:i] + part[i + 1] + ch + part[i + 2:])
            if is_whole:
                edits.append(part[:i] + part[i + 1:])
            yield from ((e, other) if is_whole else (other, e) for e in edits)
        if is_whole:
            yield from ((part[:i] + d + part[i:], other) for i in range(len(part) + 1) for d in "0123456789")
    if frac:
        digits = whole + frac
        yield digits[:len(whole) - 1], digits[len(whole) - 1:]
        yield digits[:len(whole) + 1], digits[len(whole) + 1:]


def _split_variants(whole: str, frac: str, exact: bool) -> Iterator[tuple[str, str]]:
    """The distinct variants that are numbers; an exact count stays a whole number."""
    seen = {(whole, frac)}
    extra = [] if exact else [(whole[:-3], whole[-3:])] * (not frac and len(whole) > 3) + [(whole + frac, "")] * (len(frac) == 3)
    # the last two: a group mark typed for the decimal mark (12.133 for 12,133) and the other way round
    for w, f in [*_variants(whole, frac), *extra]:
        if not w or (len(w) > 1 and w[0] == "0") or (w, f) in seen:
            continue
        seen.add((w, f))
        yield w, f


Bounds = tuple[Decimal | None, Decimal | None]  # (low, high); None for no bound


def single_edits(q: Quantity, convention: NumberMarks, within: Sequence[Bounds] = ((None, None),)) -> Iterator[Edit]:
    """Every figure one typing slip away from `q`, written in `q`'s own marks; bounded by MAX_DIGITS.

    `within` keeps only edits whose value lies in one of its intervals, before they are built:
    the caller's sieve of values that cannot possibly satisfy a claim.
    """
    parts, span = split(q), number_span(q)
    if parts is None or span is None:
        return
    sign, num, rest = parts
    st = style(num, q.decimals, convention)
    digits = re.sub(r"\D", "", num)
    if len(digits) > MAX_DIGITS or q.decimals >= len(digits):
        return
    whole, frac = (digits[: len(digits) - q.decimals], digits[len(digits) - q.decimals:]) if q.decimals else (digits, "")
    for w, f in _split_variants(whole, frac, q.resolution == 0):
        value = Decimal(f"{w}.{f}" if f else w)
        signed = (-value if sign else value) * q.scale
        if not any((lo is None or signed >= lo) and (hi is None or signed <= hi) for lo, hi in within):
            continue
        text = write(w, f, st)
        exact = not f and q.scale == 1 and not q.percent
        edited = replace(
            q, raw=sign + text + rest, value=signed, decimals=len(f),
            resolution=Decimal(0) if exact else Decimal(1).scaleb(-len(f)) * q.scale,
        )
        yield Edit(q, edited, text, span)


# the slips themselves, on digit strings: what "one mistyped digit" means to every linker
def one_slip(a: str, b: str) -> bool:
    """Digit strings one typing slip apart: one digit changed, added or dropped, or two neighbours swapped."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def slips(digits: str) -> set[str]:
    """Every digit string one typing slip away from `digits` (see `one_slip`)."""
    out: set[str] = set()
    for i in range(len(digits) + 1):
        for d in "0123456789":
            out.add(digits[:i] + d + digits[i:])  # added
            if i < len(digits):
                out.add(digits[:i] + d + digits[i + 1:])  # changed
        if i < len(digits):
            out.add(digits[:i] + digits[i + 1:])  # dropped
        if i + 1 < len(digits):
            out.add(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])  # swapped
    out.discard(digits)
    return out

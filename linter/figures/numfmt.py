"""Numbers written back the way the document writes them ("8.817", "49,70%")."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from linter.core.marks import POINT_DECIMAL, NumberMarks


@lru_cache(maxsize=8)
def number_marks(locale: str) -> NumberMarks:
    """The decimal and group marks of a locale: the marks of factlint's own lexicon for the
    languages it reads (the same as CLDR's, and a cold start need not load babel's locale data,
    about 30 ms), babel's CLDR data for any other locale."""
    from linter.lang.packs import LEXICONS

    lex = LEXICONS.get(locale)
    if lex is not None:
        return lex.marks
    from babel.numbers import get_decimal_symbol, get_group_symbol

    try:
        return NumberMarks(decimal=get_decimal_symbol(locale), group=get_group_symbol(locale))
    except Exception:  # unknown locale: fall back to English marks
        return POINT_DECIMAL


def format_number(value: Decimal, decimals: int = 0, marks: NumberMarks = POINT_DECIMAL, *, percent: bool = False) -> str:
    dec_mark, group_mark = marks.decimal, marks.group
    q = Decimal(1).scaleb(-decimals) if decimals > 0 else Decimal(1)
    v = Decimal(value).quantize(q, rounding=ROUND_HALF_UP)
    sign = "-" if v < 0 else ""
    text = f"{abs(v):f}"
    whole, _, frac = text.partition(".")
    if len(whole) > 3:
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = group_mark.join([whole, *groups])
    out = sign + whole + (dec_mark + frac if frac else "")
    return out + "%" if percent else out

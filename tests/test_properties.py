"""Properties of the grammar and the linker, checked with hypothesis on generated text."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from linter.run.engine import lint_text
from linter.figures.numfmt import format_number, number_marks
from linter.figures.quantities import scan

SETTINGS = settings(max_examples=150, deadline=None)
decimals = st.integers(min_value=0, max_value=2)


@st.composite
def written_numbers(draw):
    places = draw(decimals)
    value = Decimal(draw(st.integers(min_value=0, max_value=10**9))).scaleb(-places)
    return value, places


@SETTINGS
@given(written_numbers(), st.sampled_from(["vi", "en", "de", "fr"]))
def test_babel_formatted_numbers_read_back(number, locale):
    value, places = number
    text = format_decimal(value, format="#,##0" + ("." + "0" * places if places else ""), locale=locale)
    lang = "en" if locale == "en" else "vi"  # de and fr write the decimal comma, as Vietnamese does
    found = scan(f"Tổng cộng {text} hộ." if lang == "vi" else f"A total of {text} households.", lang).quantities
    assert [q.value for q in found] == [value], text


@SETTINGS
@given(st.lists(written_numbers(), min_size=1, max_size=6), st.sampled_from(["vi", "en"]))
def test_spans_slice_back_to_the_raw_figure(numbers, lang):
    words = [format_number(v, p, number_marks(lang)) + ("%" if i % 2 else "") for i, (v, p) in enumerate(numbers)]
    text = " và ".join(f"có {w} hộ" for w in words) if lang == "vi" else " and ".join(f"{w} homes" for w in words)
    qs = scan(text, lang).quantities
    assert [text[q.span.start:q.span.end] for q in qs] == [q.raw for q in qs]
    assert [q.raw for q in qs] == words


def _share(part: int, whole: int, places: int) -> Decimal:
    return (Decimal(part) * 100 / whole).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@st.composite
def breakdowns(draw):
    parts = draw(st.lists(st.integers(min_value=1, max_value=5000), min_size=2, max_size=4))
    return parts, draw(decimals), draw(st.sampled_from(range(3)))


def _render(parts: list[int], places: int, shape: int, lang: str, shares: list[Decimal]) -> tuple[str, list[str]]:
    total = sum(parts)
    f = lambda v, p=0: format_number(Decimal(v), p, number_marks(lang))  # noqa: E731
    s = [f(x, places) for x in shares]
    if lang == "vi":
        items = "; ".join(f"{f(p)} đảng viên nhóm {i + 1} chiếm {s[i]}%" for i, p in enumerate(parts))
        body = [
            f"Trong tổng số {f(total)} đảng viên mới kết nạp, trong đó: {items}.",
            f"Đảng bộ có {f(total)} chi bộ (" + ", ".join(f"{f(p)} chi bộ loại {i + 1}" for i, p in enumerate(parts)) + ").",
            f"Toàn tỉnh có {f(parts[0])}/{f(total)} xã đạt chuẩn, đạt {s[0]}%.",
        ][shape]
    else:
        items = ", ".join(f"{f(p)} votes ({s[i]}%) for option {i + 1}" for i, p in enumerate(parts))
        body = [
            f"Of the {f(total)} votes cast, {items}.",
            f"The bank fed {f(total)} people, consisting of " + " and ".join(f"{f(p)} people in group {i + 1}" for i, p in enumerate(parts)) + ".",
            f"In all, {f(parts[0])} out of {f(total)} homes were connected ({s[0]}%).",
        ][shape]
    return body, s


@SETTINGS
@given(breakdowns(), st.sampled_from(["vi", "en"]))
def test_consistent_paragraphs_give_no_diagnostic(case, lang):
    parts, places, shape = case
    shares = [_share(p, sum(parts), places) for p in parts]
    text, _ = _render(parts, places, shape, lang, shares)
    assert [d.message for d in lint_text(text, lang).diagnostics] == [], text


@SETTINGS
@given(breakdowns(), st.sampled_from(["vi", "en"]), st.integers(min_value=2, max_value=9))
def test_one_share_pushed_past_its_tolerance_gives_one_diagnostic_on_it(case, lang, steps):
    parts, places, shape = case
    shape = 0 if shape == 1 else shape
    shares = [_share(p, sum(parts), places) for p in parts]
    shares[0] += Decimal(steps).scaleb(-places)
    text, written = _render(parts, places, shape, lang, shares)
    diags = lint_text(text, lang).diagnostics
    assert len(diags) == 1, (text, [d.message for d in diags])
    assert text[diags[0].span.start:diags[0].span.end] == written[0] + "%"


@SETTINGS
@given(breakdowns(), st.sampled_from(["vi", "en"]), st.integers(min_value=1, max_value=9))
def test_a_total_pushed_off_its_parts_gives_one_diagnostic_on_it(case, lang, delta):
    parts, _, _ = case
    text, _ = _render(parts, 0, 1, lang, [Decimal(0)] * len(parts))
    total = format_number(Decimal(sum(parts)), 0, number_marks(lang))
    wrong = format_number(Decimal(sum(parts) + delta), 0, number_marks(lang))
    text = text.replace(total, wrong, 1)
    diags = lint_text(text, lang).diagnostics
    assert [(d.code, text[d.span.start:d.span.end]) for d in diags] == [("S001", wrong)], text


def test_the_lexicon_marks_agree_with_cldr():
    from babel.numbers import get_decimal_symbol, get_group_symbol

    from linter.core.marks import COMMA_DECIMAL, NumberMarks
    from linter.lang.packs import LEXICONS

    for lang in LEXICONS:
        assert number_marks(lang) == NumberMarks(decimal=get_decimal_symbol(lang), group=get_group_symbol(lang))
    assert number_marks("de") == COMMA_DECIMAL  # a locale without a lexicon: from CLDR


def _paren_at_by_walking(seg, offset: int):  # noqa: ANN001, ANN202 - the walk paren_at replaced, kept as its reference
    """Every parenthesis opened before `offset`, nearest first, until one contains it or one more than
    5000 characters back does not."""
    import bisect

    starts = sorted(seg.paren_of)
    i = bisect.bisect_left(starts, offset) - 1
    while i >= 0:
        span = seg.paren_of[starts[i]]
        if span.start < offset < span.end:
            return span
        if offset - span.start > 5000:
            return None
        i -= 1
    return None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", " ", "x", "\n", "(", ")", " " * 40, " " * 700]), max_size=400), st.integers(min_value=0, max_value=40))
def test_innermost_parenthesis_as_the_walk_over_every_one_finds_it(pieces, step):
    """Nested, unmatched, broken by a line, or more than 5000 characters back: paren_at walks only the
    enclosing parentheses, and finds what a walk over every parenthesis before the offset finds."""
    from linter.figures.segment import segment

    text = "".join(pieces)
    seg = segment(text)
    for offset in range(0, len(text) + 1, step + 1):
        assert seg.paren_at(offset) == _paren_at_by_walking(seg, offset), offset


def test_innermost_parenthesis_not_looked_for_past_a_far_closed_one():
    """A parenthesis opened 6000 characters back still contains the figure, but one closed between
    them lies more than 5000 characters back: as before, none is found; without it, the far one is."""
    from linter.figures.segment import segment

    text = "(a (b) " + " " * 6000 + "12 c)"
    seg = segment(text)
    offset = text.index("12")
    assert seg.paren_at(offset) is None and _paren_at_by_walking(seg, offset) is None
    text = "(a " + " " * 6000 + "12 c)"
    seg = segment(text)
    assert seg.paren_at(text.index("12")) == _paren_at_by_walking(seg, text.index("12")) == seg.paren_of[0]

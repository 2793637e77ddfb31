"""Properties of the date grammar and of the change, difference and conversion rules."""
from __future__ import annotations

import calendar
import datetime as dt
import os
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from linter.figures.dates import days_in_month, find_dates
from linter.run.engine import lint_text
from linter.lang.packs import lexicon

EN_NAMES, VI_NAMES = lexicon("en").weekday_names, lexicon("vi").weekday_names

DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
ABBR = {1: "Jan", 2: "Feb", 3: "Mar", 4: "Apr", 6: "Jun", 7: "Jul", 8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def day_forms(d: dt.date) -> list[tuple[str, str]]:
    month = calendar.month_name[d.month]
    forms = [
        ("vi", f"{d.day:02d}/{d.month:02d}/{d.year}"), ("vi", f"{d.day}-{d.month}-{d.year}"),
        ("vi", f"ngày {d.day} tháng {d.month} năm {d.year}"), ("en", f"{month} {d.day}, {d.year}"),
        ("en", f"{d.day} {month} {d.year}"), ("en", f"{d.year}-{d.month:02d}-{d.day:02d}"), ("en", f"{d.month}/{d.day}/{d.year}"),
    ]
    if d.month in ABBR:
        forms.append(("en", f"{ABBR[d.month]}. {d.day}, {d.year}"))
    return forms


def only(text: str, lang: str):
    found = find_dates(text, lang)
    assert len(found) == 1, (text, found)
    assert (found[0].span.start, found[0].span.end) == (0, len(text)), (text, found[0])
    return found[0]


@given(DAYS)
def test_every_day_form_parses_back_to_the_day(d: dt.date):
    for lang, text in day_forms(d):
        got = only(text, lang)
        assert (got.start, got.end, got.granularity) == (d, d, "day"), text


@given(DAYS)
def test_months_quarters_and_years_parse_back_to_their_interval(d: dt.date):
    last = dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    for lang, text in (("vi", f"tháng {d.month}/{d.year}"), ("vi", f"tháng {d.month} năm {d.year}"), ("en", f"{calendar.month_name[d.month]} {d.year}")):
        got = only(text, lang)
        assert (got.start, got.end, got.granularity) == (d.replace(day=1), last, "month"), text
    q = (d.month - 1) // 3 + 1
    q_end = dt.date(d.year, 3 * q, calendar.monthrange(d.year, 3 * q)[1])
    for lang, text in (("vi", f"Quý {ROMAN[q]}/{d.year}"), ("vi", f"quý {q} năm {d.year}"), ("en", f"Q{q} {d.year}")):
        got = only(text, lang)
        assert (got.start, got.end, got.granularity) == (dt.date(d.year, 3 * q - 2, 1), q_end, "quarter"), text
    got = only(f"năm {d.year}", "vi")
    assert (got.start, got.end) == (dt.date(d.year, 1, 1), dt.date(d.year, 12, 31))


def test_days_in_month_agree_with_the_calendar_module_for_every_month_of_every_year():
    assert [days_in_month(y, m) for y in range(1, 10000) for m in range(1, 13)] == [
        calendar.monthrange(y, m)[1] for y in range(1, 10000) for m in range(1, 13)
    ]


def test_ranges_halves_and_fiscal_years():
    cases = [
        ("vi", "6 tháng đầu năm 2017", dt.date(2017, 1, 1), dt.date(2017, 6, 30), "half"),
        ("vi", "nhiệm kỳ 2015-2020", dt.date(2015, 1, 1), dt.date(2020, 12, 31), "range"),
        ("vi", "giai đoạn 2011–2014", dt.date(2011, 1, 1), dt.date(2014, 12, 31), "range"),
        ("en", "fiscal 2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "fiscal_year"),
        ("en", "2011–14", dt.date(2011, 1, 1), dt.date(2014, 12, 31), "range"),
        ("en", "from 2011 to 2014", dt.date(2011, 1, 1), dt.date(2014, 12, 31), "range"),
        ("en", "between 2011 and 2014", dt.date(2011, 1, 1), dt.date(2014, 12, 31), "range"),
    ]
    for lang, text, start, end, gran in cases:
        got = only(text, lang)
        assert (got.start, got.end, got.granularity) == (start, end, gran), text
    season = find_dates("the 1987-88 season", "en")[0]
    assert (season.granularity, season.first, season.last) == ("season", 1987, 1988)


def test_numeric_order_follows_the_locale_and_a_value_above_12():
    assert only("06/08/2017", "vi").readings == (dt.date(2017, 8, 6),)
    assert only("7/25/2024", "en").readings == (dt.date(2024, 7, 25),)
    assert only("25/07/2024", "en").readings == (dt.date(2024, 7, 25),)
    assert only("06/08/2017", "en").readings == (dt.date(2017, 6, 8), dt.date(2017, 8, 6))


def codes(text: str, code: str) -> list[str]:
    return [d.message for d in lint_text(text).diagnostics if d.code == code]


@settings(max_examples=60, deadline=None)
@given(DAYS, st.integers(0, 6), st.sampled_from(["vi_before", "vi_paren", "vi_long", "en_before", "en_after", "en_ordinal"]), st.sampled_from([", ", ",\u00a0 ", "  "]))
def test_the_right_weekday_is_never_flagged_and_every_other_always_is(d: dt.date, k: int, form: str, gap: str):
    month = calendar.month_name[d.month]
    text = {
        "vi_before": f"{VI_NAMES[k].upper() if k % 2 else VI_NAMES[k]}{gap}{d.day:02d}/{d.month:02d}/{d.year}",
        "vi_paren": f"Hội nghị diễn ra ngày {d.day}/{d.month}/{d.year} ({VI_NAMES[k].lower()}).",
        "en_before": f"Published {EN_NAMES[k]}{gap}{month} {d.day}, {d.year}",
        "en_after": f"The vote is on {d.day} {month} {d.year} ({EN_NAMES[k].lower()}).",
        "vi_long": f"Hôm nay, {VI_NAMES[k].lower()} ngày {d.day} tháng {d.month} năm {d.year}.",
        "en_ordinal": f"{EN_NAMES[k]}{gap}{d.day}{'th' if 11 <= d.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')} {month} {d.year}",
    }[form]
    found = codes(text, "D002")
    assert len(found) == (0 if k == d.weekday() else 1), (text, found)
    if found:
        assert (VI_NAMES if form.startswith("vi") else EN_NAMES)[d.weekday()] in found[0]


def vi_fmt(value: Decimal, decimals: int) -> str:
    q = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{q:f}".partition(".")
    return f"{int(whole):,}".replace(",", ".") + ("," + frac if frac else "")


@settings(max_examples=60, deadline=None)
@given(st.integers(1000, 9000), st.integers(1, 4000), st.booleans())  # "100 tỷ đồng" is rounded to the billion: from 1.000 tỷ a 3-point push is beyond it
def test_consistent_percent_changes_pass_and_a_pushed_one_is_flagged_once(old: int, step: int, pushed: bool):
    new = old + step
    pct = Decimal(step) * 100 / Decimal(old)
    stated = pct + (Decimal(3) if pushed else 0)
    text = f"Doanh thu tăng {vi_fmt(stated, 1)}% từ {vi_fmt(Decimal(old), 0)} tỷ đồng lên {vi_fmt(Decimal(new), 0)} tỷ đồng."
    assert len(codes(text, "C002")) == (1 if pushed else 0), text


@settings(max_examples=60, deadline=None)
@given(st.integers(1000, 900000), st.integers(1, 90000), st.integers(0, 3))
def test_consistent_differences_pass_and_a_pushed_one_is_flagged_once(old: int, step: int, push: int):
    new = old + step
    text = f"The town grew to {new:,} in 2020, up from {old:,} in 2010. The difference of {step + push:,} residents is large."
    assert len(codes(text, "C001")) == (1 if push else 0), text


@settings(max_examples=60, deadline=None)
@given(st.integers(11, 999).filter(lambda v: v % 10), st.booleans())
def test_consistent_conversions_pass_and_a_pushed_one_is_flagged_once(km: int, pushed: bool):
    miles = Decimal(km) * Decimal("0.621371192")
    stated = miles * Decimal("1.2") + 1 if pushed else miles
    text = f"The road is {km} km ({stated.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)} miles) long."
    assert len(codes(text, "U001")) == (1 if pushed else 0), text


def _pint_loaded(text: str, cache: str) -> bool:
    code = f"import sys; from linter.run.engine import lint_text; lint_text({text!r}); print('pint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env={**os.environ, "XDG_CACHE_HOME": cache})
    return out.stdout.strip() == "True"


def test_pint_is_imported_only_for_documents_with_a_unit_conversion(tmp_path):
    assert not _pint_loaded("Năm 2023 xã có 12 chi bộ, tăng 2 chi bộ (20%) so với năm 2022; đường dài 333 km.", str(tmp_path))
    assert _pint_loaded("Đường biên giới dài 333 km (207 dặm).", str(tmp_path))  # builds the table of pint's factors
    assert not _pint_loaded("Đường biên giới dài 333 km (207 dặm).", str(tmp_path))  # then reads it
    assert _pint_loaded("Nhiệt độ lên tới 30°C (86°F).", str(tmp_path))  # an offset is pint's to convert

"""Unit conversions written in the text: "333 km (207 dặm)", "2 ha (20.000 m²)", "30°C (86°F)".

Units are read by factlint's own vocabulary (no pint at parse time); pint is imported only to
convert, and only when a document has a conversion, and is always handed a Decimal and a unit
name, never a string to parse: pint strips commas ("2,5 tấn" would become 25 t) and reads "ppt"
as a picopint. Vietnamese units: tấn (metric ton), tạ (100 kg), yến (10 kg), ha, km, m², lít,
dặm (mile); mẫu and sào are taken in their Bắc Bộ sizes, 3 600 m² and 360 m² (Nam Bộ's are
10 000 m² and 1 000 m²). Currencies are dimensions of their own, so no money converts to another.
A bare length after an area ("526.43 square miles (1,363.4 km)") is read as the square of that
length: the ² is the character most often lost when a page is copied.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from linter.core import lazyre
from linter.core.model import Quantity

ALIASES: dict[str, str] = {
    "km": "kilometer", "kilometers": "kilometer", "kilometres": "kilometer", "kilometer": "kilometer", "kilometre": "kilometer", "cây số": "kilometer",
    "m": "meter", "meters": "meter", "metres": "meter", "meter": "meter", "metre": "meter", "mét": "meter", "cm": "centimeter", "mm": "millimeter",
    "mi": "mile", "miles": "mile", "mile": "mile", "dặm": "mile", "ft": "foot", "feet": "foot", "foot": "foot",
    "inches": "inch", "inch": "inch", "yd": "yard", "yards": "yard",
    "sq mi": "mile**2", "sq. mi.": "mile**2", "square miles": "mile**2", "square mile": "mile**2",
    "km²": "kilometer**2", "km2": "kilometer**2", "square kilometers": "kilometer**2", "square kilometres": "kilometer**2", "sq km": "kilometer**2",
    "m²": "meter**2", "m2": "meter**2", "square meters": "meter**2", "square metres": "meter**2", "mét vuông": "meter**2",
    "sq ft": "foot**2", "square feet": "foot**2", "ha": "hectare", "hectares": "hectare", "hectare": "hectare", "héc-ta": "hectare", "hécta": "hectare",
    "acres": "acre", "acre": "acre", "mẫu": "mau_bac_bo", "sào": "sao_bac_bo",
    "kg": "kilogram", "kilograms": "kilogram", "kilogram": "kilogram", "ki-lô-gam": "kilogram", "g": "gram", "grams": "gram",
    "tấn": "metric_ton", "tonnes": "metric_ton", "tonne": "metric_ton", "tạ": "ta", "yến": "yen_vi",
    "lbs": "pound", "lb": "pound", "pounds": "pound", "pound": "pound", "oz": "ounce", "ounces": "ounce",
    "lít": "liter", "liters": "liter", "litres": "liter", "liter": "liter", "l": "liter", "ml": "milliliter", "gallons": "gallon",
    "°c": "degC", "° c": "degC", "độ c": "degC", "°f": "degF", "° f": "degF", "độ f": "degF", "km/h": "kilometer/hour", "mph": "mile/hour",
}
_UNIT = lazyre.compile(r"\s?(?P<u>" + "|".join(re.escape(a) for a in sorted(ALIASES, key=lambda w: (-len(w), w))) + r")(?![\w²³])", re.I)
AREA = {"mile**2", "kilometer**2", "meter**2", "foot**2"}


def unit_at(text: str, pos: int) -> tuple[str, int] | None:
    """The pint unit name written at `pos` (just after a number) and where it ends."""
    m = _UNIT.match(text, pos)
    return (ALIASES[m.group("u").lower()], m.end()) if m else None


def precision(q: Quantity) -> Decimal:
    """One unit in the last written place; an integer's trailing zeros are not significant ('1,300')."""
    if q.decimals:
        return Decimal(1).scaleb(-q.decimals)
    digits = re.sub(r"\D", "", q.raw)
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    return Decimal(10) ** min(zeros, max(len(digits) - 1, 0))


@lru_cache(maxsize=1)
def registry():  # noqa: ANN201 - pint.UnitRegistry, imported lazily
    import pint

    ureg = pint.UnitRegistry(non_int_type=Decimal)
    for line in ("ta = 100 * kilogram", "yen_vi = 10 * kilogram", "mau_bac_bo = 3600 * meter ** 2", "sao_bac_bo = 360 * meter ** 2",
                 "VND = [currency_vnd]", "USD = [currency_usd]", "EUR = [currency_eur]"):
        ureg.define(line)
    return ureg


def convert(value: Decimal, unit: str, to: str) -> Decimal | None:
    """`value` in `unit` expressed in `to`; None when the two measure different things."""
    import pint

    ureg = registry()
    try:
        return Decimal(ureg.Quantity(value, unit).to(to).magnitude)
    except pint.errors.DimensionalityError:
        return None

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

import os
import re
from decimal import Decimal
from functools import lru_cache

from linter.core import lazyre
from linter.core.model import Quantity
from linter.lang.packs import LEXICONS

# unit symbols and abbreviations, the same in every language; the units written as words are the packs' (`Lexicon.unit_words`)
SYMBOLS: dict[str, str] = {
    "km": "kilometer", "m": "meter", "cm": "centimeter", "mm": "millimeter", "mi": "mile", "ft": "foot",
    "yd": "yard", "sq mi": "mile**2", "sq. mi.": "mile**2", "km²": "kilometer**2", "km2": "kilometer**2",
    "sq km": "kilometer**2", "m²": "meter**2", "m2": "meter**2", "sq ft": "foot**2", "ha": "hectare",
    "kg": "kilogram", "g": "gram", "lbs": "pound", "lb": "pound", "oz": "ounce", "l": "liter", "ml": "milliliter",
    "°c": "degC", "° c": "degC", "°f": "degF", "° f": "degF", "km/h": "kilometer/hour", "mph": "mile/hour",
}
ALIASES: dict[str, str] = {**SYMBOLS, **{word: unit for lex in LEXICONS.values() for word, unit in lex.unit_words.items()}}
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


DEFINITIONS = ("ta = 100 * kilogram", "yen_vi = 10 * kilogram", "mau_bac_bo = 3600 * meter ** 2", "sao_bac_bo = 360 * meter ** 2",
               "VND = [currency_vnd]", "USD = [currency_usd]", "EUR = [currency_eur]")
BY_PINT = "pint"  # a pair the table leaves to pint: an offset between the units (°C and °F)


@lru_cache(maxsize=1)
def registry():  # noqa: ANN201 - pint.UnitRegistry, imported lazily
    import pint

    from linter.core.signing import cache_folder

    folder = cache_folder()
    try:  # pint's own cache of its parsed definition files: a third of the cost of building it
        ureg = pint.UnitRegistry(non_int_type=Decimal, cache_folder=folder / "pint") if folder else None
    except OSError:
        ureg = None
    ureg = ureg or pint.UnitRegistry(non_int_type=Decimal)
    for line in DEFINITIONS:
        ureg.define(line)
    return ureg


def convert(value: Decimal, unit: str, to: str) -> Decimal | None:
    """`value` in `unit` expressed in `to`; None when the two measure different things.

    pint's factor for the pair, read from the table pint built (`factors`), times the value: the
    very product pint's own conversion computes (it multiplies a Decimal by the Decimal of its
    factor), without importing pint in every process that meets a conversion."""
    entry = factors().get(f"{unit}>{to}", BY_PINT)
    if entry is None:
        return None
    if entry != BY_PINT:
        return value * Decimal(entry)
    import pint

    try:
        return Decimal(registry().Quantity(value, unit).to(to).magnitude)
    except pint.errors.DimensionalityError:
        return None


def unit_names() -> list[str]:
    """Every unit name `extract` can hand to `convert`, an area's bare length squared included."""
    names = set(ALIASES.values()) | {f"{u}**2" for u in ("kilometer", "meter", "mile", "foot")}
    return sorted(names)


@lru_cache(maxsize=1)
def factors() -> dict[str, str | None]:
    """pint's conversion factor of every pair of units ("kilometer>mile": "0.621…"; None: they
    measure different things; BY_PINT: not a factor), built by pint once and kept in the user's
    cache folder for the installed pint, so a later process converts without loading pint."""
    import json

    from linter.core.signing import sign, verified

    path = _table_path()
    try:  # a table is used only when signed with the user's key: a planted or edited one is rebuilt
        kept = json.loads(path.read_text(encoding="utf-8")) if path else None
        body = json.dumps(kept.get("factors"), sort_keys=True) if isinstance(kept, dict) else ""
        if _valid(kept.get("factors") if isinstance(kept, dict) else None) and verified(body, kept.get("signature")):
            return kept["factors"]
    except (OSError, ValueError):
        pass
    table = build_factors()
    signature = sign(json.dumps(table, sort_keys=True))
    if path and signature is not None:
        _write(path, json.dumps({"factors": table, "signature": signature}, sort_keys=True))
    return table


def build_factors() -> dict[str, str | None]:
    """The table of `factors`, computed by pint: the magnitude of one `unit` in `to`."""
    import pint

    ureg, table = registry(), {}
    names = unit_names()
    dims = {u: ureg.Quantity(Decimal(1), u).dimensionality for u in names}
    for unit in names:
        for to in names:
            if unit == to:
                continue
            if dims[unit] != dims[to]:
                table[f"{unit}>{to}"] = None
                continue
            try:
                one, zero = (ureg.Quantity(Decimal(v), unit).to(to).magnitude for v in (1, 0))
            except pint.errors.DimensionalityError:
                table[f"{unit}>{to}"] = None
                continue
            table[f"{unit}>{to}"] = str(Decimal(one)) if Decimal(zero) == 0 else BY_PINT
    return table


def _valid(table: object) -> bool:
    if not isinstance(table, dict) or len(table) != len(unit_names()) * (len(unit_names()) - 1):
        return False
    try:
        return all(v is None or v == BY_PINT or Decimal(v).is_finite() for v in table.values())
    except (TypeError, ArithmeticError):
        return False


def _table_path():  # noqa: ANN202 - pathlib.Path | None
    """The table's file, named for the installed pint (its place, size and time) and for factlint's
    definitions and units, so a new pint or a new unit builds a new table."""
    import hashlib
    from importlib.util import find_spec

    from linter.core.signing import cache_folder

    folder = cache_folder()
    spec = find_spec("pint")
    if folder is None or spec is None or not spec.origin:
        return None
    try:
        st = os.stat(spec.origin)
    except OSError:
        return None
    key = "|".join((spec.origin, str(st.st_size), str(st.st_mtime_ns), *DEFINITIONS, *unit_names()))
    return folder / f"units-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}.json"


def _write(path, text: str) -> None:  # noqa: ANN001 - pathlib.Path
    """Written whole or not at all (a temporary file renamed); a folder that cannot be written only
    means the table is built again next time."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass

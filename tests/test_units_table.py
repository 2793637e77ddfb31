"""The unit table: pint's factors kept once, so a conversion needs no pint in a later process."""
from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import pytest

from linter.figures import units

VALUES = [Decimal(v) for v in ("1", "0.5", "333", "1363.4", "-40", "2.25", "86", "123456789.123")]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    units.factors.cache_clear()
    yield tmp_path
    units.factors.cache_clear()


def test_table_converts_every_pair_exactly_as_pint(cache) -> None:
    import pint

    ureg = units.registry()
    table = units.factors()
    assert len(table) == len(units.unit_names()) * (len(units.unit_names()) - 1)
    for key, entry in table.items():
        unit, to = key.split(">")
        for v in VALUES:
            try:
                expected = Decimal(ureg.Quantity(v, unit).to(to).magnitude)
            except pint.errors.DimensionalityError:
                expected = None
            got = units.convert(v, unit, to)
            assert (str(got) if got is not None else None) == (str(expected) if expected is not None else None), (key, v, entry)


def test_offset_units_are_left_to_pint(cache) -> None:
    assert units.factors()["degC>degF"] == units.BY_PINT
    assert round(units.convert(Decimal(30), "degC", "degF"), 9) == Decimal(86)
    assert units.convert(Decimal(333), "kilometer", "kilogram") is None


def test_a_damaged_table_is_built_again(cache) -> None:
    units.factors()
    [path] = list((cache / "factlint").glob("units-*.json"))
    path.write_text(json.dumps({"kilometer>mile": "2"}), encoding="utf-8")
    units.factors.cache_clear()
    assert units.factors()["kilometer>mile"] != "2"
    assert json.loads(path.read_text(encoding="utf-8"))["factors"]["kilometer>mile"] != "2"


def test_an_edited_table_of_the_right_shape_is_not_trusted(cache) -> None:
    # a factor changed by hand (or a table planted by another program) is rebuilt, not used
    true = units.factors()["kilometer>mile"]
    [path] = list((cache / "factlint").glob("units-*.json"))
    kept = json.loads(path.read_text(encoding="utf-8"))
    kept["factors"]["kilometer>mile"] = "0.7"
    path.write_text(json.dumps(kept), encoding="utf-8")
    units.factors.cache_clear()
    assert units.factors()["kilometer>mile"] == true != "0.7"
    assert json.loads(path.read_text(encoding="utf-8"))["factors"]["kilometer>mile"] == true


def test_an_unwritable_cache_folder_still_converts(tmp_path, monkeypatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    units.factors.cache_clear()
    try:
        assert units.convert(Decimal(333), "kilometer", "mile") == Decimal(333) * Decimal(units.factors()["kilometer>mile"])
    finally:
        units.factors.cache_clear()


def test_a_later_process_converts_without_pint(cache) -> None:
    code = (
        "import sys\n"
        "from linter.run.engine import lint_text\n"
        "r = lint_text('Đường biên giới dài 333 km (270 dặm).\\n', 'vi')\n"
        "print([d.code for d in r.diagnostics], 'pint' in sys.modules)\n"
    )
    env = {"XDG_CACHE_HOME": str(cache), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout.split()
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout.split()
    assert first == ["['U001']", "True"]  # the first builds the table with pint
    assert second == ["['U001']", "False"]

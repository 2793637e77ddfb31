"""Plugins: rules installed by other distributions through the `factlint.rules` entry-point group."""
from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from linter.run import discovery
from linter.run.engine import lint_text

PLUGIN = '''
import re
from linter.core.model import Span
from linter.judge.registry import rule

@rule("Z901", "no-tbd")
def no_tbd(doc, ctx):
    """A draft must not say TBD.

    Okay: 12 đảng viên.
    Z901: TBD đảng viên.
    """
    for m in re.finditer("TBD", doc.text):
        yield ctx.report(Span(m.start(), m.end()), "TBD left in the draft")
'''


def _install(site: Path, dist: str, module: str, source: str, target: str) -> None:
    (site / f"{module}.py").write_text(source, encoding="utf-8")
    info = site / f"{dist}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[factlint.rules]\n{module} = {target}\n", encoding="utf-8")


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(discovery, "_RULES", None)
    yield tmp_path
    for name in [m for m in sys.modules if m.startswith("factlint_test_")]:
        del sys.modules[name]


def test_an_installed_plugin_rule_runs_beside_the_builtins(site):
    _install(site, "factlint-test-tbd", "factlint_test_tbd", PLUGIN, "factlint_test_tbd:no_tbd")
    assert "Z901" in {r.code for r in discovery.load_rules()}
    found = [(d.code, d.span.start, d.span.end, d.message) for d in lint_text("Còn TBD đảng viên.", "vi").diagnostics]
    assert found == [("Z901", 4, 7, "TBD left in the draft")]


def test_a_plugin_that_fails_to_load_is_logged_and_skipped(site, caplog):
    _install(site, "factlint-test-broken", "factlint_test_broken", "raise ImportError('no such thing')\n", "factlint_test_broken:rule")
    with caplog.at_level(logging.WARNING, logger="factlint"):
        codes = {r.code for r in discovery.load_rules()}
    assert "P001" in codes and not any(c.startswith("Z") for c in codes)
    assert "factlint plugin factlint_test_broken failed to load: no such thing" in caplog.text


def test_the_quick_look_finds_declared_groups_only(tmp_path):
    (tmp_path / "other-1.0.dist-info").mkdir()
    (tmp_path / "other-1.0.dist-info" / "entry_points.txt").write_text("[console_scripts]\nother = other:main\n")
    assert not discovery._may_have_plugins([str(tmp_path), str(tmp_path / "missing")])
    (tmp_path / "plug-1.0.egg-info").mkdir()
    (tmp_path / "plug-1.0.egg-info" / "entry_points.txt").write_text("[factlint.rules]\nplug = plug:rule\n")
    assert discovery._may_have_plugins([str(tmp_path)])
    zipped = tmp_path / "bundle.zip"
    zipped.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    assert discovery._may_have_plugins([str(zipped)])  # a zip on the path is left to importlib.metadata


def test_without_plugins_a_cold_start_does_not_import_importlib_metadata():
    code = "import sys; from linter.run.discovery import load_rules; load_rules(); print('importlib.metadata' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parent)
    assert out.stdout.strip() == "False", textwrap.shorten(out.stderr, 500)

from __future__ import annotations

import re

import pytest

from linter.run import discovery
from linter.core.model import Severity, Span
from linter.judge.registry import rule


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    """CLI runs in tests keep their result cache out of the working tree, and its private key out of the home folder."""
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path_factory.mktemp("factlint_cache")))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg_cache"))


@rule("T901", "test-percent", severity=Severity.WARNING)
def _test_percent(doc, ctx):
    """Flags every percent figure, so engine tests have findings whatever the built-in rules are."""
    for m in re.finditer(r"\d+(?:[.,]\d+)?%", doc.text):
        yield ctx.report(Span(m.start(), m.end()), f"percent {m.group()}", stated=m.group())


@pytest.fixture
def percent_rule(monkeypatch):
    """Only the T901 test rule runs (inherited by forked worker processes)."""
    monkeypatch.setattr(discovery, "_RULES", (_test_percent,))
    return _test_percent




def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/**/*.expected from the current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))

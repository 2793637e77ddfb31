"""A finding backed by any claim (dates included) is stored in the cache and read back unchanged."""
from __future__ import annotations

from pathlib import Path

from linter.run.cache import ResultCache
from linter.run.config import Config
from linter.run.engine import lint_file


def test_weekday_finding_round_trips_through_the_cache(tmp_path: Path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Thứ sáu, 25/07/2024\n\nXã có 12 chi bộ.\n", encoding="utf-8")
    config = Config(message_language="en")
    cache = ResultCache.for_config(config, tmp_path / "cache")
    first = cache.lint(str(draft), config, lint_file)
    assert [d.code for d in first.diagnostics] == ["D002"]
    assert list((tmp_path / "cache").rglob("*.json")), "the result was not stored"
    again = cache.lint(str(draft), config, lambda *_: (_ for _ in ()).throw(AssertionError("not from cache")))
    assert [(d.code, d.message, d.span) for d in again.diagnostics] == [(d.code, d.message, d.span) for d in first.diagnostics]

"""The README's "Writing a rule" and "Adding a language" examples run as they are written."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from linter.lang import packs

README = Path(__file__).resolve().parent.parent / "README.md"


def _blocks(section: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {section}\n")
    end = text.find("\n## ", start + 1)
    return re.findall(r"```python\n(.*?)```", text[start:end if end > 0 else None], re.S)


@pytest.mark.parametrize("section", ["Writing a rule", "Adding a language"])
def test_the_readme_example_runs(section, monkeypatch):
    monkeypatch.setattr(packs, "LEXICONS", dict(packs.LEXICONS))  # a pack the example registers goes with the test
    monkeypatch.setattr(packs, "_FUNCTION_WORDS", dict(packs._FUNCTION_WORDS))
    blocks = _blocks(section)
    assert blocks
    scope: dict = {}
    for block in blocks:  # the blocks of a section build on each other, as a reader types them
        exec(compile(block, f"README.md ({section})", "exec"), scope)

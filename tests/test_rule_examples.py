"""Every rule's documented examples are tests: `Okay:` lines give no finding of the rule, `CODE:` lines exactly one."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text
from linter.run.discovery import load_rules

EXAMPLES = [(r.code, kind, text) for r in load_rules() for kind, text in r.examples()]


def test_every_rule_documents_examples():
    for r in load_rules():
        kinds = {k for k, _ in r.examples()}
        assert "Okay" in kinds and r.code in kinds, f"{r.code} {r.name} needs an Okay: and a {r.code}: example"


@pytest.mark.parametrize(("code", "kind", "text"), EXAMPLES, ids=[f"{c}-{k}-{i}" for i, (c, k, _) in enumerate(EXAMPLES)])
def test_documented_example(code: str, kind: str, text: str):
    found = [d for d in lint_text(text).diagnostics if d.code == code]
    if kind == "Okay":
        assert found == [], f"{code} should stay quiet on: {text}\n got: {[d.message for d in found]}"
    else:
        assert len(found) == 1, f"{code} should report once on: {text}\n got: {[d.message for d in found]}"


def test_an_example_continues_on_the_lines_indented_under_it():
    from linter.judge.registry import Rule

    def documented(doc, ctx):
        """A rule.

        Okay: | Region | Members |
            | North | 1,204 |
            The North region has 1,204 members.
        X001: one line
        Okay: another
          line
        not an example
        """

    r = Rule(code="X001", name="x", func=documented)
    assert r.examples() == [
        ("Okay", "| Region | Members |\n| North | 1,204 |\nThe North region has 1,204 members."),
        ("X001", "one line"),
        ("Okay", "another\nline"),
    ]

"""A rule declares the claims it consumes (`@rule(..., claims=(...), source=...)`) and is handed just
those; a rule that declares nothing (a plugin written before) is handed every claim."""
from __future__ import annotations

import pytest

from linter.claims.pipeline import analyse
from linter.core.model import Document
from linter.judge.registry import Context, rule

BREAKDOWN = "Tổng số 200 hộ, gồm 120 hộ ở xã A và 80 hộ ở xã B; trong đó 50 hộ nghèo, chiếm 25%."
TABLE = "| Xã | Số hộ |\n|---|---|\n| A | 120 |\n| B | 80 |\n| Tổng | 200 |\n\nTrong tổng số 200 hộ, 50 hộ nghèo chiếm 25%.\n"


def _seen(r, text: str) -> list[tuple[str, str, bool]]:
    """What the rule `r` is handed of the text's claims: (kind, stated figure, read from a table)."""
    doc = Document(text=text, locale="vi")
    return [(c.kind, c.stated.raw, c.from_table) for c in r.func(doc, Context(rule=r, doc=doc, analysis=analyse(doc)))]


def _all(doc, ctx):  # noqa: ANN001, ANN202
    return ctx.claims


def _percent_and_sum(doc, ctx):  # noqa: ANN001, ANN202
    return list(ctx.claims_of("percent", "sum"))


def test_a_rule_declaring_sums_receives_no_percent_claim():
    sums = rule("X801", "sums-only", claims=("sum",))(_all)
    assert _seen(sums, BREAKDOWN) == [("sum", "200", False)]
    assert _seen(rule("X802", "sums-asked", claims=("sum",))(_percent_and_sum), BREAKDOWN) == [("sum", "200", False)]


def test_a_rule_declaring_nothing_receives_every_claim():
    kinds = [k for k, _, _ in _seen(rule("X803", "everything")(_all), BREAKDOWN)]
    assert kinds == ["part_le_whole", "part_le_whole", "sum", "part_le_whole", "percent"]


def test_the_source_keeps_table_claims_from_a_prose_rule_and_prose_claims_from_a_table_rule():
    assert _seen(rule("X804", "prose", claims=("percent", "sum"), source="prose")(_all), TABLE) == [("percent", "25%", False)]
    assert _seen(rule("X805", "table", claims=("percent", "sum"), source="table")(_all), TABLE) == [("sum", "200", True)]


def test_a_declaration_naming_an_unknown_kind_or_source_is_refused():
    with pytest.raises(ValueError, match="percentage"):
        rule("X806", "typo", claims=("percentage",))
    with pytest.raises(ValueError, match="prosa"):
        rule("X807", "typo", claims=("percent",), source="prosa")


def test_every_builtin_rule_declares_what_it_consumes():
    import importlib

    from linter.judge.registry import Rule
    from linter.rules import BUILTIN

    builtin = [v for m in BUILTIN for v in vars(importlib.import_module(f"linter.rules.{m}")).values() if isinstance(v, Rule)]
    assert len(builtin) == len(BUILTIN) and [r.code for r in builtin if r.claims is None] == []

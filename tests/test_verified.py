from __future__ import annotations

from linter.engine import lint_text


def test_every_claim_is_listed_with_verdict_and_arithmetic():
    text = "Huyện có 42 tổ chức cơ sở đảng, gồm 20 đảng bộ và 23 chi bộ cơ sở; 49/53 tổ chức hoàn thành tốt nhiệm vụ, đạt 92,45%."
    result = lint_text(text, "vi")
    # đảng bộ and chi bộ are kinds of tổ chức cơ sở đảng: a breakdown, but not the same noun, so no part ≤ whole claim
    assert sorted(result.verified) == sorted([
        ("sum", "flagged", "20 + 23 = 43, stated 42"),
        ("percent", "consistent", "49 / 53 = 92,45%, stated 92,45%"),
    ])

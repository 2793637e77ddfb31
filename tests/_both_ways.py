"""Checks shared by the tests of claim shapes, with sentences each test writes for itself: the
consistent text gives no finding (and its claim is verified); the same text with one figure altered
gives exactly one finding, on that figure, with both numbers in the message."""
from __future__ import annotations

from linter.run.engine import lint_text

PART_OVER_WHOLE = {"vi": "phần {part} lớn hơn tổng thể {whole}", "en": "the part {part} exceeds its whole {whole}"}


def findings(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(code, the figure as written, message) of every finding."""
    return [(d.code, text[d.span.start:d.span.end], d.message) for d in lint_text(text, lang).diagnostics]


def assert_both_ways(text: str, lang: str, old: str, new: str, finding: tuple[str, str, str], verified: tuple = ()) -> None:
    """`text` is silent with each of `verified` among its verified claims; with `old` written `new`,
    exactly `finding`."""
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    for claim in verified:
        assert claim in result.verified
    assert old in text
    assert findings(text.replace(old, new, 1), lang) == [finding]


def assert_part_within(text: str, lang: str, part: str, wrong: str, whole: str, at: str | None = None) -> None:
    """`part` ≤ `whole` is verified in `text`; `part` written `wrong` (where `at` stands, when the number
    alone is ambiguous) is reported once by S002, on it."""
    old = at or part
    message = PART_OVER_WHOLE[lang].format(part=wrong, whole=whole)
    assert_both_ways(text, lang, old, old.replace(part, wrong, 1), ("S002", wrong, message),
                     verified=(("part_le_whole", "consistent", f"{part} ≤ {whole}"),))

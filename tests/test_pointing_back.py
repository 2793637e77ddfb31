"""A sentence whose subject points at the count before it ('That number included …', 'Con số này bao gồm …')."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

CASES = [
    ("en", "The county's active listing count in March was 412, down 6.2% from a year earlier. "
           "That number included 138 new listings for the month.", "138", "938", "the part 938 exceeds its whole 412"),
    ("vi", "Năm 2023, toàn huyện có 1.240 hộ nghèo. Con số này bao gồm 310 hộ đồng bào dân tộc thiểu số.",
     "310", "9.310", "phần 9.310 lớn hơn tổng thể 1.240"),
]


@pytest.mark.parametrize("lang, text, _o, _n, _m", CASES)
def test_a_part_of_the_count_pointed_at_is_silent(lang, text, _o, _n, _m):
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    assert any(kind == "part_le_whole" and status == "consistent" for kind, status, _ in result.verified)


@pytest.mark.parametrize("lang, text, old, new, message", CASES)
def test_a_part_larger_than_the_count_pointed_at_is_reported(lang, text, old, new, message):
    text = text.replace(old, new, 1)
    (d,) = lint_text(text, lang).diagnostics
    assert (d.code, text[d.span.start:d.span.end], d.message) == ("S002", new, message)


@pytest.mark.parametrize("lang, text", [
    # two counts before: which one the subject points at is not known
    ("en", "The county's listing count was 412 in March and 380 in February. That number included 398 new listings."),
    # a sum of money before: not what the listings count
    ("en", "Sales reached $412 million in March. That number included 938 new listings."),
    # no subject pointing back: a sentence of its own
    ("en", "The county's listing count was 412 in March. The state's count included 938 new listings."),
])
def test_no_count_is_pointed_at(lang, text):
    assert not any(d.code == "S002" for d in lint_text(text, lang).diagnostics)

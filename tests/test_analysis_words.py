"""Analysis.has_word: whole-word lookups the linkers share."""
from __future__ import annotations

import pytest

from linter.claims.pipeline import analyse_text


@pytest.fixture(scope="module")
def an():
    return analyse_text("Revenue rose 5% in March.", "en")


def test_a_listed_word_standing_alone_is_found(an):
    assert an.has_word("revenue rose in march", ("rose", "fell"))


def test_a_word_inside_another_word_is_not_found(an):
    assert not an.has_word("arose from the arrears", ("rose",))


def test_no_words_never_match(an):
    # an empty pattern would match between any two spaces: a pack field left empty must mean "no such word"
    assert not an.has_word("", ())
    assert not an.has_word("  ", ())
    assert not an.has_word("revenue rose", iter(()))

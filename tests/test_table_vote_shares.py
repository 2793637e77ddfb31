"""A vote-share column with no totals row: the shares are of the votes' sum when it explains all but one."""
from __future__ import annotations

import pytest

from linter.run.engine import lint_text

EN = ("Results of the county race:\n\n| Candidate | Votes | Share |\n|---|---|---|\n"
      "| Smith | 4,210 | 52.3% |\n| Jones | 3,505 | 43.5% |\n| Lee | 336 | 4.2% |\n")
VI = ("Kết quả bầu cử tại đơn vị số 3:\n\n| Ứng cử viên | Số phiếu | Tỷ lệ |\n|---|---|---|\n"
      "| Ông A | 12.480 | 61,2% |\n| Bà B | 5.115 | 25,1% |\n| Ông C | 2.800 | 13,7% |\n")
CASES = [("en", EN, "43.5%", "45.5%", "stated 45.5%, computed 43.5%"),
         ("vi", VI, "25,1%", "27,1%", "ghi 27,1%, tính ra 25,1%")]


@pytest.mark.parametrize("lang, text", [("en", EN), ("vi", VI)])
def test_shares_of_the_votes_sum_are_silent(lang, text):
    result = lint_text(text, lang)
    assert result.diagnostics == ()
    assert sum(kind == "percent" and status == "consistent" for kind, status, _ in result.verified) == 3


@pytest.mark.parametrize("lang, text, old, new, message", CASES)
def test_the_one_share_the_sum_does_not_explain_is_reported(lang, text, old, new, message):
    text = text.replace(old, new)
    (d,) = lint_text(text, lang).diagnostics
    assert (d.code, text[d.span.start:d.span.end], d.message) == ("T002", new, message)


@pytest.mark.parametrize("lang, text", [
    # shares of a larger whole (candidates not listed): the sum explains none of them
    ("en", "| Candidate | Votes | Share |\n|---|---|---|\n| Smith | 4,210 | 40.3% |\n| Jones | 3,505 | 33.5% |\n| Lee | 336 | 3.2% |\n"),
    # rates of each row's own base
    ("vi", "| Trường | Số dự thi | Tỷ lệ đỗ |\n|---|---|---|\n| Trường A | 420 | 97,1% |\n| Trường B | 380 | 95,3% |\n| Trường C | 510 | 98,4% |\n"),
    # two rows: too few to prove a partition
    ("en", "| Candidate | Votes | Share |\n|---|---|---|\n| Smith | 4,210 | 52.3% |\n| Jones | 3,505 | 49.5% |\n"),
])
def test_no_partition_is_assumed_without_proof(lang, text):
    assert lint_text(text, lang).diagnostics == ()

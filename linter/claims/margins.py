"""Two candidates' shares of one contest written as a margin: "won by a 60% to 38% margin".

Both shares are of the same votes, so they add up to at most 100% (other candidates may hold the
rest): within the rounding of each, a sum above 100% is a slip. The pair is read only where the
text names it as a result: "a 60% to 38% margin" (victory, win, edge) or a verb of winning before
it ("beat Smith 60 percent to 38 percent"), and only where the text around speaks of a vote.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.claims.analysis import Analysis
from linter.claims.analysis import Fig
from linter.core.model import Claim, Operand, Span
from linter.lang.packs import phrases

TO = lazyre.compile(lambda: r"\s*(?:" + phrases("changes", "to_bare") + r"|-|–)\s*", re.I)
RESULT_AFTER = lazyre.compile(lambda: r"^\s*(?:" + phrases("", "margin_nouns") + r")\b", re.I)
CONTEST = lazyre.compile(lambda: r"\b(?:" + phrases("", "contest_words") + r")\b", re.I)
NAME = lazyre.compile(r"[^\W\d_]{3,}")  # a word of three letters or more: a name when capitalized
CONTEST_REACH = 400  # how far before the pair the text must speak of a vote
WON_BEFORE = lazyre.compile(lambda: r"\b(?:" + phrases("", "won_words") + r")\b[^\d.;:]{0,40}$", re.I)


def extract(an: Analysis) -> Iterator[Claim]:
    results: list[dict[Span, list[Claim]]] = []  # the lists of results, grouped once when a margin is found
    for a, b in zip(an.figs, an.figs[1:]):
        if a.sent != b.sent or not (a.q.percent and b.q.percent) or a.delta or b.delta or a.q.hedge or b.q.hedge:
            continue
        if not TO.fullmatch(an.text[a.q.span.end:b.q.span.start]):
            continue
        after = an.text[b.q.span.end:b.q.span.end + 20]
        before = an.text[max(an.seg.sentences[a.sent].start, a.q.span.start - 60):a.q.span.start]
        if not (RESULT_AFTER.match(after) or WON_BEFORE.search(before)) or a.q.value < b.q.value:
            continue  # the winner's share first: "by 38% to 60%" reads otherwise
        if not CONTEST.search(an.text[max(0, a.q.span.start - CONTEST_REACH):b.q.span.end + 60]):
            continue  # "beat the index 80% to 45%": returns, not shares of one vote
        ops = (Operand("share", a.q), Operand("share", b.q))
        yield Claim("shares_total", b.q, ops, "margin", span=a.q.span.cover(b.q.span), extra=(("at_most", True),))
        if not results:
            results.append(_results(an))
        yield from _of_the_results(an, a, b, results[0])
    yield from _each_with_a_verb(an)


def _results(an: Analysis) -> dict[Span, list[Claim]]:
    """The shares of lists adding up to 100% (the shares linker's partitions), by their whole."""
    groups: dict[Span, list[Claim]] = {}
    for c in an.claims:
        if c.kind == "percent" and c.evidence == "partition":
            groups.setdefault(c.operand("whole").span, []).append(c)
    return groups


def _of_the_results(an: Analysis, a: Fig, b: Fig, groups: dict[Span, list[Claim]]) -> Iterator[Claim]:
    """'Parks won by a 60% to 38% margin' beside the results 'JOHN PARKS (D) 4,200 votes (60%) …': the
    margin's shares are the winner's and the runner-up's of those votes. Linked only to the one list
    of results (shares adding up to 100%) whose leader's line names a name said before the margin,
    and whose first two counts are distinct (who came first and second is not in doubt)."""
    sent = an.seg.sentences[a.sent]
    names = {w.lower() for w in NAME.findall(an.text, max(sent.start, a.q.span.start - 200), a.q.span.start) if w[0].isupper()}
    found = []
    for claims in groups.values():
        parts = sorted((c.operand("part") for c in claims), key=lambda q: q.value, reverse=True)
        if len(parts) < 2 or parts[0].value == parts[1].value or len(parts) > 2 and parts[1].value == parts[2].value:
            continue
        line = an.lower[an.text.rfind("\n", 0, parts[0].span.start) + 1:parts[0].span.start]
        if names & set(NAME.findall(line)):
            found.append((parts, claims[0]))
    if len(found) != 1:
        return
    parts, claim = found[0]
    whole = claim.operand("whole")
    for share, part in ((a, parts[0]), (b, parts[1])):
        yield Claim("percent", share.q, (Operand("part", part), Operand("whole", whole)), "margin results", span=share.q.span,
                    extra=(("strength", "certain"), ("whole_parts", claim.get("whole_parts", ()))))


VOTE_WHOLE_AFTER = lazyre.compile(lambda: r"^\s*(?:" + phrases("shares", "vote_wholes") + r")\b", re.I)
VERB_BEFORE = lazyre.compile(lambda: r"\b(?:" + phrases("shares", "vote_verbs") + r")\s+$", re.I)
OF_AFTER = lazyre.compile(lambda: r"^\s+(?:" + phrases("shares", "of_words") + r")\b", re.I)
VOTE_JOIN = lazyre.compile(lambda: r"^[^\d;:()]{1,60}$")


def _each_with_a_verb(an: Analysis) -> Iterator[Claim]:
    """'Lee winning 62 percent of the vote while Park garnered 38 percent': a share of the vote, then in
    the same sentence another candidate's share given by a verb of receiving; both are of the same
    votes, so together they are at most 100% (other candidates may hold the rest)."""
    for a, b in zip(an.figs, an.figs[1:]):
        if a.sent != b.sent or not (a.q.percent and b.q.percent) or a.delta or b.delta or a.q.hedge or b.q.hedge:
            continue
        if not VOTE_WHOLE_AFTER.match(an.text[a.q.span.end:a.q.span.end + 40]) or not VERB_BEFORE.search(_sentence_before(an, b)):
            continue
        if not VERB_BEFORE.search(_sentence_before(an, a)) or not VOTE_JOIN.match(an.text[a.q.span.end:b.q.span.start]):
            continue
        if VOTE_WHOLE_AFTER.match(an.text[b.q.span.end:b.q.span.end + 40]) is None and OF_AFTER.match(an.text[b.q.span.end:b.q.span.end + 8]):
            continue  # "38 percent of the precincts": another whole
        ops = (Operand("share", a.q), Operand("share", b.q))
        yield Claim("shares_total", b.q, ops, "vote-verbs", span=a.q.span.cover(b.q.span), extra=(("at_most", True),))


def _sentence_before(an: Analysis, f) -> str:  # noqa: ANN001 - a Fig
    """Up to 30 characters of the figure's sentence before it."""
    return an.text[max(an.seg.sentences[f.sent].start, f.q.span.start - 30):f.q.span.start]

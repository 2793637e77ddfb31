"""Target attainment: "kết nạp 202 đảng viên, đạt 101% kế hoạch (200 đảng viên)", "180% of target",
"thu 8.250 tỷ đồng, bằng 103,1% dự toán (8.000 tỷ đồng)".

Only checked when the plan or target figure is itself stated in the sentence ("kế hoạch 200",
"chỉ tiêu giao là 200", "a target of 200"); "đạt 180% kế hoạch" alone cannot be verified.
"đạt/bằng/hoàn thành P%" is the result over the plan; "vượt P%" is by how much it exceeds it.
"""
from __future__ import annotations

import re
from typing import Iterator

from linter.core import lazyre
from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim, Operand
from linter.core.record import replace
from linter.lang.packs import LEXICONS, phrases



def _w(name: str) -> str:
    """Every pack's words of the Lexicon field `name`, pack by pack, as one group."""
    return r"(?:" + ("|".join(dict.fromkeys(re.escape(w) for lex in LEXICONS.values() for w in getattr(lex, name))) or "(?!)") + r")"


AFTER_PCT = lazyre.compile(lambda: r"^\s*(?:" + phrases("changes", "compare_to") + r"\s+)?(?:" + _w("goal_the") + r"\s+|" + _w("goal_of") + r"\s+(?:" + _w("goal_determiners") + r"\s+)?)?(?:" + _w("goal_periods") + r"\s+)?" + _w("goal_words") + r"\b", re.I)
# the verb, or a bare comma when the plan word follows the share ("$8.25 billion, 103.1% of the budget")
VERB = lazyre.compile(lambda: r"(?:\b(?P<v>" + _w("target_verbs") + r")|,)\s*(?:" + _w("goal_by") + r"\s+)?$", re.I)
PLAN_BEFORE = lazyre.compile(lambda:
    _w("goal_words") + r"(?:(?:\s+(?:" + _w("goal_passive") + r"\s+)?(?:" + _w("goal_set") + "|(?:" + phrases("dates", "year") + r")(?: \d{4})?))?(?:\s+" + _w("goal_copulas") + r")?\s*[:(]?"
    r"|(?:\s+[^\d\s();,:]+){1,3}\s*[(:])\s*[$€£]?$",  # "chỉ tiêu Nghị quyết (180 đảng viên)": a few words, then the plan
    re.I,
)

_EXCESS = frozenset(w for lex in LEXICONS.values() for w in lex.excess_verbs)


def extract(an: Analysis) -> Iterator[Claim]:
    for f in an.figs:
        if not f.q.percent or not AFTER_PCT.match(an.text[f.q.span.end:f.q.span.end + 30]):
            continue
        verb = VERB.search(an.text[max(0, f.q.span.start - 20):f.q.span.start])
        if verb is None:
            continue
        done = _achieved(an, f)
        plan = _plan(an, f, done)
        if done is None or plan is None:
            continue
        excess = (verb.group("v") or "").lower() in _EXCESS
        stated = replace(f.q, hedge=None) if excess else f.q  # "vượt 1%" states the excess; the grammar reads "vượt" as a hedge
        yield Claim("target", stated, (Operand("result", done.q), Operand("plan", plan.q)), "stated-plan",
                    span=done.q.span.cover(plan.q.span).cover(f.q.span), extra=(("excess", excess),))


def _achieved(an: Analysis, f: Fig) -> Fig | None:
    clause = an.seg.clauses[f.clause]
    before = [g for g in an.figs[:f.i] if g.q.span.start >= clause.start and g.count and not g.attr]
    return before[-1] if before else None


def _plan(an: Analysis, f: Fig, done: Fig | None) -> Fig | None:
    """The plan the share's own words name ('đạt 72,9% dự toán HĐND tỉnh giao (13.500 tỷ đồng)'): the first
    plan figure after the share and before the next share; else the first one of the sentence. Each of
    'đạt 78,8% dự toán Trung ương (12.500), đạt 72,9% dự toán tỉnh (13.500)' is of its own plan."""
    sent = an.seg.sentences[f.sent]
    nxt = next((g.q.span.start for g in an.figs[f.i + 1:] if g.q.percent), sent.end)
    own = [g for g in an.figs[f.i + 1:] if g.q.span.start < min(nxt, sent.end)]
    return _first_plan(an, own, f, done, sent) or _first_plan(an, an.figs, f, done, sent)


def _first_plan(an: Analysis, figs: list[Fig], f: Fig, done: Fig | None, sent) -> Fig | None:  # noqa: ANN001 - a Span
    for g in figs:
        # "(8.000 tỷ đồng)" after the plan word reads as a conversion of the figure before; it is the plan
        if g is done or g is f or g.q.percent or g.label or g.delta or not sent.start <= g.q.span.start < sent.end:
            continue
        if PLAN_BEFORE.search(an.text[max(sent.start, g.q.span.start - 40):g.q.span.start]):
            if done is not None and g.unit not in (None, done.unit) and done.unit is not None:
                continue
            return g
    return None

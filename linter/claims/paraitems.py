"""A total announcing its breakdown with a colon at the end of its paragraph, the parts told in the
paragraphs after it, each ending with ';'.

"Rail freight grew 3% to 84 million tonnes, the main flows include:" then "Corridors: North line (26.9
million tonnes, +4.1%); Coast line (17.5 million tonnes, +2.2%);" and more paragraphs ending with ';':
every figure of those paragraphs counting what the total counts is a part of it, at most the total. The
colon must follow a word announcing a breakdown ("include", "as follows") and the sentence must count
that thing once only (else which figure is the total is a guess). The items may be any selection of the
total's parts (the busiest lines, the largest terminals), so only part ≤ whole is claimed, never a sum.
A figure of another time (a base "from", "last year", a year the text has not named before the total)
or an item set against a larger whole ("nationwide", "in total") is no part.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterator

from linter.claims.analysis import Analysis, Fig
from linter.core.model import Claim, Operand, Span

MIN_ITEMS = 2  # paragraphs ending with ';' after the colon: one alone is a sentence, not a run of items
ANNOUNCE_REACH = 40  # characters before the colon in which the breakdown is announced


def extract(an: Analysis) -> Iterator[Claim]:
    paras = an.seg.paragraphs
    for k, para in enumerate(paras):
        body = an.text[para.start:para.end].rstrip()
        if not body.endswith(":") or not _announces(an, para.start + len(body) - 1):
            continue
        items = _item_paragraphs(an, k + 1)
        if len(items) < MIN_ITEMS:
            continue
        colon = para.start + len(body) - 1
        sent = an.seg.sentences[an.seg.sentence(colon)]
        said = [g for g in an.figs_in(Span(sent.start, colon)) if not g.q.percent and not g.label]
        kinds = Counter((g.unit, g.q.currency) for g in said)
        for head in (g for g in said if _countable(g) or _level_reached(an, g)):
            if kinds[(head.unit, head.q.currency)] != 1:
                continue  # "grew to 84 million tonnes from 81 million tonnes": which is the total is a guess
            for item in items:
                for part in _parts(an, item, head, colon):
                    yield Claim("part_le_whole", part.q, (Operand("part", part.q), Operand("whole", head.q)), "paragraph items",
                                span=head.q.span.cover(part.q.span))


def _announces(an: Analysis, colon: int) -> bool:
    """Whether the words right before the colon announce a breakdown ("details include:", "as follows:")."""
    lead = an.lower[max(0, colon - ANNOUNCE_REACH):colon]
    return an.has_word(lead, an.lex.list_openers + an.lex.lists.colon_labels)


def _item_paragraphs(an: Analysis, first: int) -> list[Span]:
    """The run of paragraphs from `first` on that each end with ';'."""
    out: list[Span] = []
    for para in an.seg.paragraphs[first:]:
        if not an.text[para.start:para.end].rstrip().endswith(";"):
            break
        out.append(para)
    return out


def _countable(g: Fig) -> bool:
    return g.count and g.unit is not None and not g.attr


def _level_reached(an: Analysis, g: Fig) -> bool:
    """'Enrollment reached 12,480 students': a verb of change giving the level reached, not an amount of change."""
    if not g.delta or g.unit is None or g.attr or g.q.percent:
        return False
    lead = an.lower[max(0, g.q.span.start - 30):g.q.span.start].split()
    links = an.lex.changes.level_links + an.lex.changes.to_bare
    return bool(lead) and an.has_word(lead[-1], links) and not an.has_word(" ".join(lead[-3:]), an.lex.changes.amount_openers)


def _alike(g: Fig, head: Fig) -> bool:
    return g.unit == head.unit and g.q.currency == head.q.currency


def _parts(an: Analysis, item: Span, head: Fig, colon: int) -> Iterator[Fig]:
    low = an.lower[item.start:item.end]
    if an.has_word(low, an.lex.lists.larger_wholes + an.lex.total_words):
        return  # "…; nationwide 960 million tonnes;", "the project's total cost $2 billion;": set against the total, not in it
    if any(g.q.year_like and an.text.find(an.text[g.q.span.start:g.q.span.end], 0, colon) < 0 for g in an.figs_in(item)):
        return  # "…; 2009: 96 million tonnes;": a year the total was not said of
    prev_end = item.start
    for g in an.figs_in(item):
        lead, trail = an.lower[prev_end:g.q.span.start], an.lower[g.q.span.end:g.q.span.end + 30]
        prev_end = g.q.span.end
        if not _countable(g) or not _alike(g, head):
            continue
        if an.has_word(lead, an.lex.other_time + an.lex.base_before) or an.has_word(trail.split(";")[0].split(",")[0], an.lex.other_time):
            continue  # "up from 95 million tonnes", "… in the previous year": another time's level
        yield g

"""Restated figures: one quantity stated twice in a document, the two values one typing slip apart.

A lede's "gần 8.240 tỷ đồng lợi nhuận" and a later "lợi nhuận … 8.420 tỷ đồng"; "added 303,000 jobs"
and later "the gain of 330,000 jobs". Two mentions are linked only when nothing tells them apart:
the same noun, scale and written precision, the same roles (a rise is no level, an average no
total, a target no result, another year no this year), no period or name in one that the other's
sentence contradicts, and values one slip of the keys apart (`linter.figures.edits.one_slip`) that
no hedge or rounding reconciles. Any doubt leaves the pair alone: two close figures of one noun are
more often two quantities than one mistyped.

A rate is linked only from a title or lede to the one body sentence that names every word of it.
The later mention becomes the claim's stated figure, the earlier its operand "first"; R001 judges
them. The odd one out is stated instead when the counts beside the other bear it out, or when a
third mention repeats the other's value.
"""
from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from functools import lru_cache
from typing import Iterator

from linter.claims.analysis import Analysis, Fig, states_change
from linter.core import lazyre
from linter.core.model import Claim, Operand, Quantity, Span
from linter.figures.changemath import corners, matches
from linter.figures.edits import one_slip, slips
from linter.figures.context import CURRENCY_WORDS, MEASURE_WORDS, singular
from linter.lang.lexicon import Lexicon, alternation
from linter.lang.packs import phrases, words as pack_words

SENTENCE = 600  # characters either side of a figure read as its sentence: a run-on "sentence" is read no further
MIN_NAMED = 3  # a rate restated is recognised by its name: three words at least ("tỷ lệ đỗ", "graduation rate was")
MAX_BETWEEN = 20  # a lede restated past more figures of its noun than this is too far to be sure of
MAX_NEIGHBOURS = 2  # "1.234 … 1.243 … 1.244 hộ" in every paragraph is a series of values, not one restated
MIN_DIGITS = 3  # "72,000" and "71,000" are too often two quantities: a slip needs three figures that count
BEFORE_WORDS, AFTER_WORDS = 10, 6  # a mention's own words: its clause around it, not the next figure's
WORD = lazyre.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# when a figure is: a year, a month, a quarter, a half ("năm 2023", "tháng 3", "quý III", "in March", "Q3", "first half")
def _months_quarters() -> str:
    return phrases("dates", "month") + "|" + phrases("dates", "quarter")


def _month_names() -> str:
    """The months' names but those that are common words too ("May"): those only before a day or a comma."""
    homonyms = {w.lower() for w in pack_words("dates", "month_homonyms")}
    return "|".join(m.lower() for m in pack_words("dates", "month_names") if m.lower() not in homonyms)


PERIOD = lazyre.compile(lambda:
    r"(?<!\d)(?:1[6-9]|20)\d{2}(?!\d)|\b(?:" + _months_quarters() + r")\s+(?:\d{1,2}|[IVX]{1,4})\b|\b(?:" + _month_names() + r"|(?:" + phrases("dates", "month_homonyms") + r")(?=\s+\d|\s*,|\s*\.))\b"
    r"|\bQ[1-4]\b|\b(?:" + phrases("dates", "part_ordinals") + r")\s+(?:" + phrases("dates", "part_nouns") + r")\b"
    r"|\b\d{1,2}\s+(?:" + _months_quarters() + r")\s+(?:" + phrases("dates", "half_first") + "|" + phrases("dates", "half_last") + r")\s+(?:"
    + phrases("dates", "year") + r")\b|\b(?:" + phrases("dates", "span_edges") + r")\s+(?:\d{1,2}|\w+)\s+(?:" + phrases("dates", "span_units") + r")\b",
    re.I,
)
BLOCKING = frozenset({"revised"})
TAIL_ROLES = frozenset({"average", "cumulative", "now", "before", "after"})
COMMA = lazyre.compile(r"[,\u2013\u2014](?=\s)")  # a comma after the figure's noun ends what names it
ASIDE = lazyre.compile(r"\([^()]*\)")
NAME_WORD = lazyre.compile(r"[^\W\d_]+")
HEADING_WORDS = 12  # a line this short before a paragraph heads it ("Huyện Đông Anh", "Lincoln County")
BREAK = lazyre.compile(r"[;:()\[\]]")


def extract(an: Analysis) -> Iterator[Claim]:
    figs = [f for f in an.figs if _eligible(an, f)]
    doc = _Doc(an, figs)
    linked = [(a, b) for a, b in _close_pairs(figs) if _same_quantity(doc, a, b)]
    seen = Counter(f.i for pair in linked for f in pair)
    for a, b in linked:
        if seen[a.i] > 1 or seen[b.i] > 1:
            continue  # a figure close to two others: which one restates it is unknown
        stated, first = _odd_one(doc, a, b)
        yield Claim(kind="restated", stated=stated.q, operands=(Operand("first", first.q),), evidence="restated",
                    span=stated.q.span)


class _Doc:
    """The document's figures with what the pairs ask of them again and again, computed once."""

    def __init__(self, an: Analysis, figs: list[Fig]) -> None:
        self.an, self.figs = an, figs
        self.by_noun: dict[tuple, list[Fig]] = {}
        for f in figs:
            self.by_noun.setdefault((f.q.unit, f.q.currency), []).append(f)
        self.values = Counter((f.q.unit, f.q.scale, f.q.decimals, f.q.value) for f in figs)
        self.shares: dict[Span, list[Claim]] = {}
        for c in an.claims:
            if c.kind == "percent":
                self.shares.setdefault(c.stated.span, []).append(c)
        self.mentions: dict[int, _Mention] = {}
        self.words: dict[int, set[str]] = {}
        self.names: dict[int, frozenset[str]] = {}

    def mention(self, f: Fig) -> _Mention:
        if f.i not in self.mentions:
            self.mentions[f.i] = _Mention(self.an, f)
        return self.mentions[f.i]

    def sentence_words(self, sent: int) -> set[str]:
        if sent not in self.words:
            span = self.an.seg.sentences[sent]
            self.words[sent] = set(WORD.findall(self.an.lower[span.start:span.end]))
        return self.words[sent]


def _close_pairs(figs: list[Fig]) -> Iterator[tuple[Fig, Fig]]:
    """Pairs (earlier, later) written alike whose digits are one slip apart, found through an index
    of the digits: a document of thousands of figures is not searched pair by pair. A figure with
    more than MAX_NEIGHBOURS such neighbours is one of a series of close values, none a restatement."""
    index: dict[tuple, dict[str, list[Fig]]] = {}  # written alike → digits → the figures
    for f in figs:
        index.setdefault(_key(f.q), {}).setdefault(_digits(f.q), []).append(f)
    pairs = set()
    near_of: dict[tuple, list[Fig]] = {}  # (written alike, digits) → the figures one slip away: the same for every figure written so
    for f in figs:
        key = _key(f.q)
        alike = index[key]
        if len(alike) == 1:
            continue  # no other value written alike: nothing one slip away
        digits = _digits(f.q)
        near = near_of.get((key, digits))
        if near is None:
            near = near_of[key, digits] = _one_slip_away(digits, alike)
        if len(near) > MAX_NEIGHBOURS:
            continue
        pairs.update((f.i, g.i) if f.i < g.i else (g.i, f.i) for g in near)
    by_i = {f.i: f for f in figs}
    for i, j in sorted(pairs):
        yield by_i[i], by_i[j]


def _one_slip_away(digits: str, alike: dict[str, list[Fig]]) -> list[Fig]:
    """The figures of `alike` (digits → figures) whose digits are in `slips(digits)`. With few values
    written alike, each is tested with `one_slip` instead of making the ~20 slips a digit: the same
    test for ASCII digits, the only ones a slip writes (`slips` adds and changes 0-9)."""
    if len(alike) < 4 * len(digits) and all(d.isascii() for d in alike):
        return [g for d in alike if one_slip(digits, d) for g in alike[d]]
    return [g for d in slips(digits) if d in alike for g in alike[d]]


def _key(q: Quantity) -> tuple:
    return (q.unit, q.currency, q.scale, q.decimals, q.percent)


def _eligible(an: Analysis, f: Fig) -> bool:
    """A count, an amount written with its noun or a rate; neither a change, a label, a conversion nor a table cell."""
    q = f.q
    if q.percent and (f.delta or states_change(an, f)):
        return False
    return (not f.label and not f.conversion and not q.year_like and q.unit is not None
            and q.value > 0 and an.cell_of(q.span.start) is None and len(_digits(q)) <= 15)


NOT_DIGIT = re.compile(r"\D")


def _digits(q: Quantity) -> str:
    return NOT_DIGIT.sub("", q.raw)


def _slip_apart(a: Quantity, b: Quantity) -> bool:
    """Values one typing slip apart, written alike, that no hedge or rounding of either reconciles."""
    if (a.unit, a.currency, a.scale, a.decimals) != (b.unit, b.currency, b.scale, b.decimals) or a.value == b.value:
        return False
    da, db = _digits(a), _digits(b)
    if max(len(da.rstrip("0")), len(db.rstrip("0"))) < MIN_DIGITS or not one_slip(da, db):
        return False
    if _within(a, b) or _within(b, a):
        return False  # "nearly 8,240" beside "8,200", "more than 300,000" beside "303,000"
    return not (_rounds_to(a, b) or _rounds_to(b, a))


def _within(q: Quantity, other: Quantity) -> bool:
    """`other` lies in the interval a hedged `q` stands for."""
    if q.hedge is None:
        return False
    return q.low <= other.value and (q.high is None or other.value <= q.high)


def _rounds_to(q: Quantity, other: Quantity) -> bool:
    """'300,000' for an exact '303,000': a round figure is the other one rounded to its zeros."""
    digits = _digits(q)
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0 or q.decimals:
        return False
    step = Decimal(10) ** zeros * q.scale
    return (other.value / step).quantize(Decimal(1), rounding="ROUND_HALF_UP") * step == q.value


def _same_quantity(doc: _Doc, a: Fig, b: Fig) -> bool:
    an = doc.an
    if a.sent == b.sent or not _slip_apart(a.q, b.q) or (a.q.percent and (a.para > 1 or b.para == a.para)):
        return False  # two values of one noun in one sentence are set against each other, never restated
    if _companions_differ(an, a, b):
        return False  # "In 2021, 21,776 households: … 8,182 middle-income" is another breakdown than one of 18,428
    if _named_apart(doc, a, b):
        return False  # "Huyện Đông Anh … 1.234 hộ" and "Huyện Sóc Sơn … 1.243 hộ": two subjects named before
    wa, wb = doc.mention(a), doc.mention(b)
    if wa.roles != wb.roles or BLOCKING & (wa.roles | wb.roles) or not _periods_agree(wa, wb):
        return False  # a revision or an estimate names two values of one quantity on purpose
    if a.q.percent:
        named = (wb.content - _persons(an.lex)) | wb.of_words  # "thí sinh" is the rate's own population
        return not (wa.part or wb.part) and named <= wa.sentence_words and _summarised(doc, a, b, wa)
    if wa.part or wb.part or not (wb.content | wb.topic) <= wa.sentence_words:
        return False  # the later mention names something the first does not: another subgroup, place, measure
    if wa.content <= wb.sentence_words and wa.content & wb.content:
        return True  # each names only what the other's sentence names, and they share the measure noun
    return _lede(doc, a, b, wb)


def _persons(lex: Lexicon) -> frozenset[str]:
    return frozenset(w for p in lex.person_nouns for w in p.lower().split())


def _summarised(doc: _Doc, a: Fig, b: Fig, wa: _Mention) -> bool:
    """A rate in a title or lede ("Tỷ lệ đỗ tốt nghiệp đạt 85,81%") restated in the body: everything the
    lede's sentence names up to the rate, the later sentence names too, and it is the only sentence
    that does among the rates written alike (an exact twin elsewhere is the restatement, not this one)."""
    if len(wa.named) < MIN_NAMED:
        return False
    candidates = [f for f in doc.figs if f is not a and f.q.percent and f.q.decimals == a.q.decimals
                  and wa.named <= doc.sentence_words(f.sent)]
    return candidates == [b]


def _named_apart(doc: _Doc, a: Fig, b: Fig) -> bool:
    """Each mention's paragraph (and a heading line before it) names someone or somewhere the other's
    does not: a mention whose context names no one speaks of what was named before."""
    na, nb = _names(doc, a), _names(doc, b)
    return bool(na) and bool(nb) and not (na <= nb or nb <= na)


def _names(doc: _Doc, f: Fig) -> frozenset[str]:
    """Capitalised words not opening a sentence, from the paragraph's start (or a heading before it: a
    short line of one sentence without figures) to the end of the figure's sentence (built sentence by
    sentence, once per document)."""
    an = doc.an
    if f.sent in doc.names:
        return doc.names[f.sent]
    para = an.seg.paragraphs[f.para]
    sent = an.seg.sentences[f.sent]
    if sent.start > para.start and f.sent - 1 in doc.names:
        out = set(doc.names[f.sent - 1])  # the same paragraph's names so far
        first = f.sent
    else:
        out, start = set(), para.start
        if f.para > 0:
            prev = an.seg.paragraphs[f.para - 1]
            line = an.text[prev.start:prev.end]
            if len(line.split()) <= HEADING_WORDS and not any(c.isdigit() for c in line) and an.seg.sentence(prev.start) == an.seg.sentence(prev.end - 1):
                start = prev.start
        first = an.seg.sentence(start)
    for i in range(first, f.sent + 1):
        s = an.seg.sentences[i]
        words = NAME_WORD.findall(an.text[s.start:s.end])
        heading = s.start < para.start  # a heading's first word is a name too ("Lincoln County")
        out.update(w for j, w in enumerate(words) if w[0].isupper() and (j or heading and w.lower() not in _filler(an.lex)))
    doc.names[f.sent] = frozenset(out)
    return doc.names[f.sent]


def _companions_differ(an: Analysis, a: Fig, b: Fig) -> bool:
    """The other figures of the two sentences disagree: one names a figure of some noun that the
    other names with other values only (another total, another base, another change), or both
    name a year or a numbered label and none is the same ("in store 1801", "in store 3602")."""
    def others(f: Fig) -> dict[tuple, set[Decimal]]:
        out: dict[tuple, set[Decimal]] = {}
        for g in an.figs_in(_around(an, f)):
            if g is not f:
                bare = g.q.unit is None and not g.q.percent and not g.q.currency  # "store 3602": a number that names
                key = ("when",) if g.q.year_like or g.label or bare else (g.q.unit, g.q.currency, g.q.percent)
                out.setdefault(key, set()).add(g.q.value)
        return out

    oa, ob = others(a), others(b)
    return any(key in ob and not values & ob[key] for key, values in oa.items())


def _lede(doc: _Doc, a: Fig, b: Fig, wb: _Mention) -> bool:
    """The first figure of its noun in the document's first paragraphs (a lede) restated later with nothing else the
    later words could point back to: no figure of the noun in between that shares them."""
    same = doc.by_noun[(a.q.unit, a.q.currency)]
    if same[0] is not a or a.para > 1:
        return False
    between = [f for f in same[1:] if f.q.span.start < b.q.span.start]
    if not wb.content:
        return not between
    return not any(doc.mention(f).content & wb.content for f in between[:MAX_BETWEEN]) and len(between) <= MAX_BETWEEN


def _periods_agree(wa: _Mention, wb: _Mention) -> bool:
    """No period named at one mention that the other's sentence replaces by another one; a later
    mention whose sentence names no period speaks of the one before, never the first of a later one."""
    if wb.periods - wa.sentence_periods:
        return False
    for x, y in ((wa, wb), (wb, wa)):
        if x.periods - y.sentence_periods and y.sentence_periods:
            return False
    return not (wa.sentence_periods and wb.sentence_periods and not wa.sentence_periods & wb.sentence_periods)


def _around(an: Analysis, f: Fig) -> Span:
    sent = an.seg.sentences[f.sent]
    return Span(max(sent.start, f.q.span.start - SENTENCE), min(sent.end, f.q.span.end + SENTENCE))


class _Mention:
    """The words that say which quantity a figure is: its clause around it, cut at the figures beside it."""

    def __init__(self, an: Analysis, f: Fig) -> None:
        lex, text, q = an.lex, an.text, f.q
        sent = _around(an, f)  # the sentence, or as much of a run-on one as a reader takes for it
        start, end = _window(an, f, sent.start, sent.end)
        before_all = WORD.findall(an.lower[start:q.span.start])
        # what names the figure is in its own comma clause ("…/5.000 hộ dùng nước sạch, tỉ lệ hộ có nước sạch đạt");
        # its roles are read further back ("Năm trước, tỷ lệ … đạt")
        before = " ".join(WORD.findall(COMMA.split(an.lower[start:q.span.start])[-1])[-BEFORE_WORDS:])
        after = " ".join(_attached(lex, WORD.findall(COMMA.split(an.lower[q.span.end:end], 1)[0]), q))
        own = before + " # " + after
        # an average, a running total or another time named right after the noun is the figure's own too
        tail = " ".join(_before_joint(lex, WORD.findall(COMMA.split(an.lower[q.span.end:end], 1)[0])[:AFTER_WORDS]))
        everything = _roles(lex, " ".join(before_all) + " # " + after)  # a role is read however far back in the clause
        self.roles = everything | (_roles(lex, tail) & TAIL_ROLES) | {r for r in _roles(lex, tail) if ":" in r}
        self.periods = _periods(text[start:end])
        self.sentence_periods = _periods(text[sent.start:sent.end])
        self.sentence_words = set(WORD.findall(an.lower[sent.start:sent.end]))
        unit = _unit_words(lex, q)
        self.content = _content(lex, own, unit)
        # the words a preposition attaches ("tỷ lệ thất nghiệp của lao động …"): a subgroup, persons included
        self.of_words = _content(lex, " ".join(_after_of(lex, before_all)), set())
        # what the sentence is about: its words before its first figure ("Trong đó, đường bộ xảy ra …")
        lead = an.lower[sent.start:min([g.q.span.start for g in an.figs_in(Span(sent.start, q.span.start)) if not _when(g)] + [q.span.start])]
        self.topic = _content(lex, lead, unit)
        # what the sentence names up to the figure: a rate's name ("tỉ lệ đỗ tốt nghiệp THPT của tỉnh …")
        self.named = _content(lex, ASIDE.sub(" ", an.lower[sent.start:q.span.start]), unit)  # "(Dân trí) -" is no name
        # a part of something named before: "trong đó", "of which", "riêng" open the sentence or the figure's clause
        self.part = an.has_word(an.lower[sent.start:q.span.start], lex.list_openers + lex.restate_part)


def _after_of(lex: Lexicon, words: list[str]) -> list[str]:
    for i, w in enumerate(words):
        if w in lex.restate_of:
            return words[i + 1:]
    return []


def _content(lex: Lexicon, text: str, unit: set[str]) -> set[str]:
    """The words that name something: roles, hedges, fillers, periods and the figure's own unit left out."""
    plain = _phrases_rx(lex.lang).sub(" ", text)  # roles, hedges and fillers said in several words go first
    return {w for w in WORD.findall(plain) if w not in _filler(lex) and _singular(lex, w) not in unit and not PERIOD.fullmatch(w)}


def _before_joint(lex: Lexicon, words: list[str]) -> list[str]:
    """The words up to a conjunction: after "and" begins another statement."""
    for i, w in enumerate(words):
        if w in lex.restate_joints:
            return words[:i]
    return words


def _singular(lex: Lexicon, word: str) -> str:
    return singular(word) if lex.inflected else word


def _unit_words(lex: Lexicon, q: Quantity) -> set[str]:
    return {_singular(lex, w) for w in (q.unit or "").split()}


def _attached(lex: Lexicon, words: list[str], q: Quantity) -> list[str]:
    """The words after a figure that still name what it counts: past its unit, scale and currency,
    a phrase joined by a preposition, maybe behind a participle ("jobs in March", "students enrolled
    in private schools"), up to an auxiliary, a conjunction or a word of the figure's role; in a
    syllabic language the nouns that follow first ("8.240 tỷ đồng lợi nhuận của công ty"). Never a
    verb with its object ("jobs beat forecasts"); articles and other fillers inside are skipped."""
    unit, filler = _unit_words(lex, q), _filler(lex)
    i = 0
    while i < len(words) and (_singular(lex, words[i]) in unit or words[i] in lex.scales or words[i] in CURRENCY_WORDS):
        i += 1
    out: list[str] = []
    if not lex.syllabic:
        if i + 1 < len(words) and words[i] not in lex.restate_of and words[i + 1] in lex.restate_of:
            out.append(words[i])  # "students enrolled in private schools": the participle, then its phrase
            i += 1
        if i >= len(words) or words[i] not in lex.restate_of:
            return out[:1] if out else []
        for w in words[i + 1:i + AFTER_WORDS]:
            if w in lex.restate_stops or w in lex.restate_joints or w in lex.restate_roles:
                break
            if w not in filler:
                out.append(w)
        return out
    while i < len(words) and words[i] not in filler and words[i] not in lex.restate_of:
        out.append(words[i])
        i += 1
    if i < len(words) and words[i] in lex.restate_of:
        i += 1
        while i < len(words) and words[i] not in filler:
            out.append(words[i])
            i += 1
    return out[:AFTER_WORDS]


def _when(g: Fig) -> bool:
    """A year, a label or a span of time ("9 tháng", "12 months"): it says when, it does not end a mention."""
    return g.q.year_like or g.label or (g.q.unit or "") in MEASURE_WORDS


def _window(an: Analysis, f: Fig, lo: int, hi: int) -> tuple[int, int]:
    """From the previous figure (years aside) or a break to the next one, within the sentence."""
    q = f.q
    start, end = lo, hi
    for g in an.figs_in(Span(lo, q.span.start)):
        if not _when(g):
            start = max(start, g.q.span.end)
    for g in an.figs_in(Span(q.span.end, hi)):
        if not _when(g):
            end = min(end, g.q.span.start)
            break
    m = None
    for m in BREAK.finditer(an.text, start, q.span.start):
        pass
    if m is not None:
        start = m.end()
    m = BREAK.search(an.text, q.end, end)
    return start, (m.start() if m else end)


def _roles(lex: Lexicon, words: str) -> frozenset[str]:
    """The roles the words give a figure; another time and a target by their own words ("before" is no "after")."""
    found = {role for phrase, role in lex.restate_roles.items() if _has(words, phrase)}
    found.update(f"other:{p}" for p in lex.other_time if _has(words, p))
    found.update(f"target:{p}" for p in lex.target_words if _has(words, p))
    return frozenset(found)


def _has(words: str, phrase: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", words) is not None


def _periods(text: str) -> frozenset[str]:
    return frozenset(" ".join(m.group().lower().split()) for m in PERIOD.finditer(text))


def _phrase_groups(lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    return (lex.restate_filler, lex.function_words, tuple(lex.hedges_before), tuple(lex.restate_roles),
            tuple(lex.scales), lex.other_time, lex.target_words, tuple(CURRENCY_WORDS))


@lru_cache(maxsize=4)
def _phrases_rx(lang: str) -> re.Pattern[str]:
    """The phrases of more than one word among the roles, hedges and fillers."""
    from linter.lang.packs import lexicon

    phrases = {p.lower() for group in _phrase_groups(lexicon(lang)) for p in group if " " in p.strip()}
    return lazyre.eager(r"(?<!\w)(?:" + alternation(tuple(phrases)) + r")(?!\w)") if phrases else lazyre.eager(r"(?!x)x")


@lru_cache(maxsize=4)
def _filler_of(lang: str) -> frozenset[str]:
    from linter.lang.packs import lexicon

    return frozenset(p.lower() for group in _phrase_groups(lexicon(lang)) for p in group if " " not in p.strip())


def _filler(lex: Lexicon) -> frozenset[str]:
    return _filler_of(lex.lang)


def _odd_one(doc: _Doc, a: Fig, b: Fig) -> tuple[Fig, Fig]:
    """(the figure to report, the other): the later one, unless its own share checks out from the counts
    beside it and the first's does not, or a third mention repeats it and not the first."""
    held_a, held_b = _share_holds(doc, a), _share_holds(doc, b)
    if held_a != held_b and True in (held_a, held_b):
        return (a, b) if held_b else (b, a)
    backs_a = doc.values[(a.q.unit, a.q.scale, a.q.decimals, a.q.value)] - 1
    backs_b = doc.values[(b.q.unit, b.q.scale, b.q.decimals, b.q.value)] - 1
    return (a, b) if backs_b > backs_a else (b, a)


def _share_holds(doc: _Doc, f: Fig) -> bool | None:
    """Whether a share stated at `f` agrees with its part and whole (None: no share is stated there)."""
    found = None
    for c in doc.shares.get(f.q.span, ()):
        if c.operand("part") and c.operand("whole"):
            interval = corners(lambda p, w: p * 100 / w if w > 0 else None, c.operand("part"), c.operand("whole"))
            found = bool(found) or matches(f.q, interval)
    return found

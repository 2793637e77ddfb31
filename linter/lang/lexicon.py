"""The schema of a language pack: the words around figures that tell what a figure means.

Matching is done on NFC, lower-cased text. Each list is a plain tuple of phrases so that a
newsroom can see at a glance what factlint understands; `Lexicon.rx()` compiles a list once.
A pack is one `Lexicon(...)` literal (`linter/lang/vi.py`, `linter/lang/en.py`); `linter.lang.packs`
finds them, and nothing outside `linter.lang` imports a pack.
"""
from __future__ import annotations

import re
from dataclasses import field
from decimal import Decimal
from typing import Iterable

from linter.core import lazyre
from linter.core.model import Hedge
from linter.core.record import record


@record
class Lexicon:
    lang: str
    decimal_mark: str
    group_mark: str
    scales: dict[str, Decimal]
    hedges_before: dict[str, Hedge]
    hedges_after: dict[str, Hedge]
    percent_words: tuple[str, ...]
    share_markers: tuple[str, ...]  # part … MARKER P%: "chiếm", "accounting for"
    whole_markers: tuple[str, ...]  # part … MARKER whole: "trong tổng số", "out of"
    list_openers: tuple[str, ...]  # total … OPENER parts: "trong đó", "of which"
    exhaustive_openers: tuple[str, ...]  # openers that promise the whole breakdown: "gồm", "consisting of"
    total_words: tuple[str, ...]
    change_words: tuple[str, ...]
    target_words: tuple[str, ...]
    attribute_markers: tuple[str, ...]  # "với 1.251 chi bộ": a figure describing the previous item
    person_nouns: tuple[str, ...]
    compounds: tuple[str, ...]  # multi-word head nouns ("đảng viên", "hồ sơ")
    stop_nouns: tuple[str, ...]  # words after a number that are not what it counts
    year_words: tuple[str, ...]
    attributes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # overlapping ways to count people
    plural_suffixes: tuple[str, ...] = ()
    id_words: tuple[str, ...] = field(default=())  # "số", "No." before document numbers
    # phrases holding a change word that state no change: "so với" compares, "made up 35.6%", "up to 40%"
    not_changes: tuple[str, ...] = ()
    # another time, a comparison or another measure of the same figure: "(cùng kỳ năm trước: 1.557 hộ)",
    # "($4.32 billion a year earlier)", "($3.4 billion excluding one-time charges)", "(nếu tính cả … là 365 tỷ đồng)"
    other_time: tuple[str, ...] = ()
    # an election's turnout: (the rate's name, the votes cast, the electorate), as phrases
    turnout: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ())
    # words that name a day: a day.month right after one is a date, not a decimal ("Chiều 12.3", "ngày 30.4")
    day_words: tuple[str, ...] = ()
    # the weekdays' names and their index, Monday 0 ("thứ hai", "thứ 2"; "monday", "mon.")
    weekdays: dict[str, int] = field(default_factory=dict)
    # words that say which day before the date: "Sáng nay (16.6)", "Hôm qua 15.6"
    day_deictics: tuple[str, ...] = ()
    # words that make the day word a unit of time instead of a date: "mỗi ngày 2.5 tấn"
    per_day: tuple[str, ...] = ()
    # words joining two dates of one span: "từ ngày 1.6 đến 30.6", "các ngày 16.6 và 17.6"
    day_links: tuple[str, ...] = ()
    # words of time before a bare d.m: a date when a comma or another date follows ("Từ 1.7, …", "(từ 9.6 đến 15.6)")
    day_prepositions: tuple[str, ...] = ()
    # words that name a season, school, crop or fiscal year: "năm học 2023-2024", "the 2014-15 season" is one of them
    season_words: tuple[str, ...] = ()
    # the commonest short words of running text: enough of them tell a paragraph's language
    function_words: tuple[str, ...] = ()
    # right after a percentage, the words that name it a change ("a 6.1 percent increase", "40% more");
    # verbs are left out: "60% lost their jobs" is a share doing something
    change_after: tuple[str, ...] = ()
    # a word that may stand between a percentage and the change word naming it ("a 6.1% annual increase")
    change_qualifiers: tuple[str, ...] = ()
    # the weekdays' names as a message writes them, Monday first
    weekday_names: tuple[str, ...] = ()
    # letters only this language writes: a text too short for its function words is this language
    # when they make up more than 2% of its letters
    letters: str = ""
    # a numeric date is written day first ("03/04" is 3 April), else month first unless the first is above 12
    day_first: bool = False
    # nouns and verbs inflect: a head noun is singularised, and a word in -ed after a figure is a verb
    inflected: bool = False
    # a word is a syllable: the thing a sentence names is a pair of words ("doanh thu"), not a long word
    syllabic: bool = False
    # a count is written over its whole with a word: "45 of the district's 52 precincts"
    count_of_whole: bool = False
    # what the words around a figure say about which quantity it is, beyond its noun: a role each
    # ("up", "down", "average", "cumulative", "revised" …); two mentions of one quantity share their roles
    # (the other times and the targets of `other_time` and `target_words` are roles of their own)
    restate_roles: dict[str, str] = field(default_factory=dict)
    # words that say nothing about which quantity a figure is ("đạt", "reached"): a restatement may add or drop them
    restate_filler: tuple[str, ...] = ()
    # prepositions joining to a figure's noun a phrase that still names it ("jobs in March", "lợi nhuận của công ty")
    restate_of: tuple[str, ...] = ()
    # words that give a rate per 100 its own population: a sex ratio at birth is one of births only
    rate_scopes: tuple[str, ...] = ()
    # a rate per thousand (‰) by its name: the words that name its numerator's count and its denominator's
    permille_rates: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    # words that set a part apart from the whole before it ("riêng", "alone"), besides the list openers
    restate_part: tuple[str, ...] = ()
    # conjunctions after which another statement begins ("and", "và"): a figure's words stop there
    restate_joints: tuple[str, ...] = ()
    # auxiliaries that open the predicate after a figure's noun ("330,000 jobs was …"): its words stop there
    restate_stops: tuple[str, ...] = ()

    def rx(self, name: str) -> re.Pattern[str]:
        return _compile(self, name)


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, longest first (so "tổng số" wins over "tổng")."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_COMPILED: dict[tuple[str, str], re.Pattern[str]] = {}


def _compile(lex: Lexicon, name: str) -> re.Pattern[str]:
    key = (lex.lang, name)
    if key not in _COMPILED:
        words = getattr(lex, name)
        _COMPILED[key] = lazyre.eager(r"(?<![\w])(?:" + alternation(tuple(words)) + r")(?![\w])")
    return _COMPILED[key]

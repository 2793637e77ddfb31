"""The language packs: which languages factlint reads, and which language a text is written in.

`lexicon(lang)` gives a language's `Lexicon`; `available()` names them all; `detect(text)` picks one
from the words of a text. The packs are `linter/lang/vi.py` and `linter/lang/en.py`, and those an
installed distribution declares in the `factlint.languages` entry-point group (an object that is a
`Lexicon`, or a list of them); `register(lex)` adds one at run time. Nothing outside `linter.lang`
imports a pack: everyone asks this module (as sqlfluff's dialects are reached through its selector).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from linter.core import lazyre
from linter.lang import DEFAULT  # re-exported: the language of a text nothing identifies
from linter.lang.en import EN
from linter.lang.lexicon import Lexicon
from linter.lang.vi import VI

GROUP = "factlint.languages"
LEXICONS: dict[str, Lexicon] = {"vi": VI, "en": EN}
_FUNCTION_WORDS = {lang: frozenset(lex.function_words) for lang, lex in LEXICONS.items()}
_plugins_loaded = False


def register(lex: Lexicon) -> Lexicon:
    """Make `lex` a language factlint reads (a pack from a plugin, or one a test builds)."""
    LEXICONS[lex.lang] = lex
    _FUNCTION_WORDS[lex.lang] = frozenset(lex.function_words)
    _WORDS.clear()  # the words of every pack now include its own
    lazyre.rewrite()  # the patterns made of every pack's words take its words too
    return lex


def available() -> tuple[str, ...]:
    """The languages of every pack: the built-in ones first, then the installed ones."""
    _load_plugins()
    return tuple(LEXICONS)


def _load_plugins() -> None:
    """The packs of the `factlint.languages` entry-point group, looked up once, only when a
    language is asked for that no pack loaded so far has (importlib.metadata costs start-up)."""
    global _plugins_loaded
    if _plugins_loaded:
        return
    _plugins_loaded = True
    from importlib.metadata import entry_points

    for ep in entry_points(group=GROUP):
        try:
            found = ep.load()
        except Exception:  # a broken pack must not break the linter
            continue
        for lex in found if isinstance(found, (list, tuple)) else [found]:
            if isinstance(lex, Lexicon) and lex.lang not in LEXICONS:
                register(lex)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


WORD = lazyre.compile(r"[^\W\d_]+")
SAMPLE_WORDS = 20_000


def detect(text: str) -> str:
    """'vi' or 'en' from the first SAMPLE_WORDS words of the visible text.

    Words, not characters: readers blank markup with spaces (a page's `<style>` block can be
    200,000 blanks), and blanks say nothing. The language whose function words are at least twice
    the other's wins; a text with too few of them is Vietnamese when Vietnamese letters make up more
    than 2% of its letters (a pack's `letters`)."""
    found = WORD.findall(nfc(text))  # in C; lowered at once below (no word holds a space, nor gets one)
    words = " ".join(found[:SAMPLE_WORDS]).lower().split(" ") if found else []
    counts = _function_words(words)
    if max(counts.values()) >= 5 and max(counts.values()) >= 2 * min(counts.values()):
        return max(counts, key=counts.get)
    return next((lang for lang, share in _letter_shares(words).items() if share > 0.02), DEFAULT)


def text_language(text: str, least: int = 5) -> str | None:
    """'vi' or 'en' when the function words of one language outnumber the other's four to one, at
    least `least` of them; None when the text is too short or mixed to say."""
    words = WORD.findall(text.lower())
    counts = _function_words(words)
    (top, n), (_, other) = sorted(counts.items(), key=lambda kv: -kv[1])[:2]
    if n >= least and n >= 4 * other:
        return top
    return _by_letters(words, least) if n < least else None


def _by_letters(words: list[str], least: int) -> str | None:
    """A short paragraph with too few function words is in the language whose own letters make up
    more than a sixth of its letters ("Tỷ lệ hộ nghèo giảm từ 4,2% xuống 3,1%"); a few names written
    with them in another language's sentence stay far below that."""
    if len(words) < 2 * least:
        return None
    found = [lang for lang, share in _letter_shares(words).items() if share > 1 / 6]
    return found[0] if len(found) == 1 else None


def _letter_shares(words: list[str]) -> dict[str, float]:
    """For each pack with letters of its own, the share of the words' letters that are such letters."""
    letters = sum(map(len, words))
    sample = "".join(words)
    return {lang: sum(map(sample.count, set(lex.letters))) / letters for lang, lex in LEXICONS.items() if lex.letters and letters}


def _function_words(words: list[str]) -> dict[str, int]:
    """How many of `words` (lower-cased) are each language's function words."""
    seen = Counter(words)  # each distinct word looked up once, not each word once per language
    return {lang: sum(seen[w] for w in fw if w in seen) for lang, fw in _FUNCTION_WORDS.items()}


# (family, name) → (the packs it was made from, their number, every pack's words); emptied by `register`,
# and made again when the table of packs is another (a test that swaps it for its own)
_WORDS: dict[tuple[str, str], tuple[dict, int, tuple[str, ...]]] = {}


def words(family: str, name: str) -> tuple[str, ...]:
    """Every registered pack's phrases in `Lexicon.<family>.<name>` (`Lexicon.<name>` when `family` is
    ""), pack by pack, each in its own order, once each: for the patterns that read each language's
    words wherever they stand (an English sentence quoted in a Vietnamese report). Worked out once
    per field until a pack is registered (a linker asks for the same field once per figure)."""
    key = (family, name)
    found = _WORDS.get(key)
    if found is None or found[0] is not LEXICONS or found[1] != len(LEXICONS):
        made = tuple(dict.fromkeys(w for lex in LEXICONS.values() for w in getattr(getattr(lex, family) if family else lex, name)))
        found = _WORDS[key] = (LEXICONS, len(LEXICONS), made)
    return found[2]


def capitals() -> str:
    """The capital letters beyond A–Z of every registered pack, for a character class ("Đ")."""
    return re.escape("".join(dict.fromkeys("".join(lex.capitals for lex in LEXICONS.values()))))


def phrases(family: str, name: str) -> str:
    """`words(family, name)` as one pattern alternation, in that order; a pattern that matches
    nothing when no pack has any (an empty alternation would match everywhere)."""
    return "|".join(map(re.escape, words(family, name))) or "(?!)"


def lexicon(lang: str | None) -> Lexicon:
    """The pack of `lang` ("vi", "en", or a region of one: "en-GB"); English for a language no pack has."""
    key = lang or DEFAULT
    if key not in LEXICONS and key[:2] not in LEXICONS:
        _load_plugins()
    return LEXICONS.get(key) or LEXICONS.get(key[:2], EN)

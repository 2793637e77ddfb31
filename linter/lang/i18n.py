"""Message translation. Rules write English message ids; `translate` renders them in the
document's message language through gettext catalogs (linter/locale/<lang>/LC_MESSAGES/factlint.mo)."""
from __future__ import annotations

import gettext
import os
from functools import lru_cache
from pathlib import Path

LOCALE_DIR = Path(__file__).with_name("locale")


@lru_cache(maxsize=8)
def _catalog(lang: str) -> gettext.NullTranslations:
    return gettext.translation("factlint", localedir=LOCALE_DIR, languages=[lang], fallback=True)


def environment_language() -> str | None:
    """The message language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), when a loaded pack has it."""
    from linter.lang.packs import LEXICONS

    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        code = value.split(":")[0].split("_")[0].split(".")[0].lower()
        if code in LEXICONS:
            return code
    return None


def translate(message: str, lang: str | None) -> str:
    """`message` in `lang` ('vi', 'en'; None: the environment's); the English id when there is no catalog entry."""
    lang = lang or environment_language()
    if not lang or lang == "en":
        return message
    return _catalog(lang).gettext(message)


def ntranslate(singular: str, plural: str, n: int, lang: str | None) -> str:
    """The singular or plural form for `n`, in `lang` as for `translate`."""
    lang = lang or environment_language()
    if not lang or lang == "en":
        return singular if n == 1 else plural
    return _catalog(lang).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a message id for extraction without translating it here."""
    return message

"""Message translation. Rules write English message ids; `translate` renders them in the
document's message language through gettext catalogs (linter/locale/<lang>/LC_MESSAGES/factlint.mo)."""
from __future__ import annotations

import gettext
from functools import lru_cache
from pathlib import Path

LOCALE_DIR = Path(__file__).with_name("locale")


@lru_cache(maxsize=8)
def _catalog(lang: str) -> gettext.NullTranslations:
    return gettext.translation("factlint", localedir=LOCALE_DIR, languages=[lang], fallback=True)


def translate(message: str, lang: str | None) -> str:
    """`message` in `lang` ('vi', 'en'); the English id when there is no catalog entry."""
    if not lang or lang == "en":
        return message
    return _catalog(lang).gettext(message)


def N_(message: str) -> str:
    """Mark a message id for extraction without translating it here."""
    return message

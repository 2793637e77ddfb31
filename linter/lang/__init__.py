"""Languages as data: the `Lexicon` schema, one pack per language (`vi`, `en`), the registry that finds
them (`packs`: lexicon, detect, available, the `factlint.languages` entry points) and the message
catalogs (`i18n`, `locale/`). Nothing outside this package imports a pack, and no word of a language
stands outside it (`tests/test_architecture.py`)."""
from __future__ import annotations

DEFAULT = "en"  # the language of a text nothing identifies, and of the messages then

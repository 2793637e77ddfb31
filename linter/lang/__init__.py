"""Languages as data: the `Lexicon` schema, one pack per language (`vi`, `en`), the registry that finds
them (`packs`: lexicon, detect, available, the `factlint.languages` entry points), list words and
the message catalogs (`i18n`, `locale/`). Nothing outside this package imports a pack."""

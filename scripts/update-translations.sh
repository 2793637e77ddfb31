#!/bin/sh
# Refresh factlint's message catalogs: extract the message ids from linter/ and rules/,
# merge them into each language's .po (new ids arrive untranslated), and compile the .mo files
# that ship in the wheel. Translate the empty msgstr entries in the .po, then run this again.
set -eu
cd "$(dirname "$0")/.."
pybabel extract -F babel.cfg -k _ -k N_ -k ntranslate:1,2 -k n_:1,2 --project factlint \
    --msgid-bugs-address "" --no-wrap --sort-by-file -o linter/lang/locale/factlint.pot .
pybabel update -i linter/lang/locale/factlint.pot -d linter/lang/locale -D factlint --no-wrap --ignore-obsolete
pybabel compile -d linter/lang/locale -D factlint --statistics

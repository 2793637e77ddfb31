"""A language is a pack: one `Lexicon` of data in linter/lang/, reached through `linter.lang.packs`.

The pack built here (Malay, written with English number marks) is not shipped: it shows that a
third language needs its words and nothing else, and that its words are what link its figures.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from linter.lang import packs
from linter.lang.packs import available, detect, lexicon, register
from linter.run.engine import lint_text

MS_WORDS = ("dan", "yang", "di", "daripada", "untuk", "ini", "dengan", "adalah", "pada", "dalam", "tidak", "itu", "ke", "akan", "oleh")


@pytest.fixture
def fresh_packs(monkeypatch):
    """The packs as they are, given back after the test, and the patterns made of their words with them."""
    from linter.core import lazyre

    monkeypatch.setattr(packs, "LEXICONS", dict(packs.LEXICONS))
    monkeypatch.setattr(packs, "_FUNCTION_WORDS", dict(packs._FUNCTION_WORDS))
    yield
    lazyre.rewrite()  # written again at their next use, from the packs given back


@pytest.fixture
def malay(fresh_packs):
    return register(replace(
        lexicon("en"), lang="ms",
        share_markers=("iaitu", "bersamaan"), whole_markers=("daripada jumlah", "daripada"),
        list_openers=("termasuk", "iaitu", "terdiri daripada"), exhaustive_openers=("terdiri daripada",),
        total_words=("jumlah", "kesemuanya"), function_words=MS_WORDS,
    ))


def test_a_third_language_is_a_pack_and_its_words_link_its_figures(malay):
    assert "ms" in available() and lexicon("ms") is malay
    assert lint_text("Daripada 120 keluarga, 30 keluarga, iaitu 25%, tinggal di bandar.", "ms").diagnostics == ()
    [d] = lint_text("Daripada 120 keluarga, 30 keluarga, iaitu 35%, tinggal di bandar.", "ms").diagnostics
    assert (d.code, d.message, d.stated, d.computed) == ("P001", "stated 35%, computed 25%", "35%", "25%")
    assert (d.span.start, d.span.end) == (42, 45)
    # the English pack does not know these words: the same sentence links nothing
    assert lint_text("Daripada 120 keluarga, 30 keluarga, iaitu 35%, tinggal di bandar.", "en").diagnostics == ()


def test_a_third_language_is_detected_by_its_function_words(malay):
    text = "Ini adalah laporan yang dibuat oleh pejabat daerah untuk tahun ini dan tidak akan diubah pada bulan depan."
    assert detect(text) == "ms"
    assert detect("The report was made by the district office for this year and it is not going to change.") == "en"


def test_a_language_no_pack_has_reads_as_english():
    assert lexicon("zz") is lexicon("en") and lexicon("vi-VN") is lexicon("vi")


PACK = '''
from dataclasses import replace

from linter.lang.packs import lexicon

MS = replace(
    lexicon("en"), lang="ms", share_markers=("iaitu",), whole_markers=("daripada",),
    function_words=("dan", "yang", "di", "daripada", "untuk", "ini", "dengan", "adalah", "pada", "dalam"),
)
'''


def test_an_installed_pack_is_a_language_of_the_command(tmp_path):
    """A distribution that declares a Lexicon in the `factlint.languages` group adds its language."""
    import os
    import subprocess
    import sys

    (tmp_path / "factlint_test_ms.py").write_text(PACK, encoding="utf-8")
    info = tmp_path / "factlint_test_ms-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: factlint-test-ms\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[factlint.languages]\nms = factlint_test_ms:MS\n", encoding="utf-8")
    report = tmp_path / "laporan.txt"
    report.write_text("Daripada 120 keluarga, 30 keluarga, iaitu 35%, tinggal di bandar.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-m", "linter", "check", "--no-cache", "--locale", "ms", "--format", "concise", str(report)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert run.stdout.splitlines()[0] == f"{report}:1:43: P001 [warning] stated 35%, computed 25%"


def test_a_third_language_reads_figures_by_the_marks_its_pack_declares(fresh_packs):
    """The number convention is a pair of marks: a German pack writes "1.234,5" as Vietnamese does,
    and its figures read so without being Vietnamese."""
    from decimal import Decimal

    from linter.core.marks import COMMA_DECIMAL, POINT_DECIMAL
    from linter.figures.quantities import scan

    register(replace(lexicon("en"), lang="de", marks=COMMA_DECIMAL, function_words=("und", "der", "die", "das", "ist")))
    found = scan("Es wurden 12.133 Tonnen geerntet, davon 1.234,5 Tonnen Weizen.", "de")
    assert found.convention == COMMA_DECIMAL and found.conflicts == []
    assert [q.value for q in found.quantities] == [Decimal(12133), Decimal("1234.5")]
    assert scan("Es wurden 12.133 Tonnen geerntet.", "en").convention == POINT_DECIMAL


def test_a_third_language_states_a_change_with_the_change_words_of_its_pack(malay):
    """The change patterns read every registered pack's words: a pack registered after they were
    first used is read too."""
    from linter.lang.lexicon import ChangeWords

    assert lint_text("Revenue rose from 200 to 250 dollars, up 30%.", "en").diagnostics != ()  # the patterns are in use
    register(replace(malay, changes=ChangeWords(from_words=("dari",), to_words=("kepada",), change_before=("naik",))))
    text = "Pendapatan meningkat dari 200 kepada 250 ringgit, naik {}."
    assert lint_text(text.format("25%"), "ms").diagnostics == ()
    [d] = lint_text(text.format("30%"), "ms").diagnostics
    assert (d.code, d.message, text.format("30%")[d.span.start:d.span.end]) == ("C002", "stated change 30%, computed 25.0%", "30%")


def test_the_words_of_every_pack_follow_the_packs_registered(monkeypatch):
    """`words` is worked out once per field, and again when a pack comes or the table of packs is given back."""
    before = packs.words("", "share_markers")
    assert before == packs.words("", "share_markers") and "iaitu" not in before
    with monkeypatch.context() as m:
        m.setattr(packs, "LEXICONS", dict(packs.LEXICONS))
        m.setattr(packs, "_FUNCTION_WORDS", dict(packs._FUNCTION_WORDS))
        register(replace(lexicon("en"), lang="ms", share_markers=("iaitu",)))
        assert packs.words("", "share_markers") == before + ("iaitu",)
    assert packs.words("", "share_markers") == before  # the test's pack went with its table

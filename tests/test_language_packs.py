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
def malay(monkeypatch):
    monkeypatch.setattr(packs, "LEXICONS", dict(packs.LEXICONS))
    monkeypatch.setattr(packs, "_FUNCTION_WORDS", dict(packs._FUNCTION_WORDS))
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

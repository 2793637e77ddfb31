"""Word drafts read as they would be accepted, with the stories beside the body, and Word comments
that suppress a paragraph's findings."""
from __future__ import annotations

from pathlib import Path

from tests._documents import lint_source
from tests._word import add_notes, deleted, inserted, new, run, save, text_box, tracked_paragraph

GOOD = "Clinics made up 30.0% of sites (90 of 300)."
BAD = "Clinics made up 33.0% of sites (90 of 300)."


def findings(word) -> list[tuple[str, str, str | None, str]]:  # noqa: ANN001
    doc, diags = lint_source(save(word), "docx", "en")
    return [(d.code, doc.text[d.span.start:d.span.end], d.location, d.message) for d in diags]


def test_a_tracked_insertion_is_read_and_a_tracked_deletion_is_not():
    word = new()
    tracked_paragraph(word, run("Clinics made up "), deleted("30.0%"), inserted("33.0%"), run(" of sites (90 of 300)."))
    assert findings(word) == [("P001", "33.0%", "¶1", "stated 33.0%, computed 30.0%")]
    word = new()
    tracked_paragraph(word, run("Clinics made up "), deleted("33.0%"), inserted("30.0%"), run(" of sites (90 of 300)."))
    assert findings(word) == []


def test_a_deleted_sentence_gives_no_finding_and_an_inserted_one_does():
    word = new()
    tracked_paragraph(word, deleted(BAD))
    tracked_paragraph(word, run(GOOD))
    assert findings(word) == []
    word = new()
    tracked_paragraph(word, run(GOOD + " "), inserted(BAD))
    assert [f[:3] for f in findings(word)] == [("P001", "33.0%", "¶1")]


def test_headers_and_footers_are_read_and_located():
    word = new()
    word.add_paragraph(GOOD)
    header = word.sections[0].header
    header.paragraphs[0].text = "Draft for the board"
    header.add_paragraph(BAD)
    word.sections[0].footer.paragraphs[0].text = BAD
    assert [f[:3] for f in findings(word)] == [("P001", "33.0%", "header 1, ¶2"), ("P001", "33.0%", "footer 1, ¶1")]


def test_footnotes_and_endnotes_are_read_and_numbered():
    word = new()
    add_notes(word, "footnote", [GOOD, BAD])
    add_notes(word, "endnote", [BAD])
    doc, _ = lint_source(save(word), "docx", "en")
    assert doc.text.endswith(f"\n {GOOD}\n {BAD}\n {BAD}")
    assert [f[:3] for f in findings(word)] == [("P001", "33.0%", "footnote 2"), ("P001", "33.0%", "endnote 1")]


def test_a_text_box_is_read_once_although_word_saves_it_twice():
    word = new()
    word.add_paragraph("Summary")
    text_box(word, BAD)
    doc, _ = lint_source(save(word), "docx", "en")
    assert doc.text.count("33.0%") == 1
    assert [f[:3] for f in findings(word)] == [("P001", "33.0%", "text box 1, ¶1")]


def test_a_tracked_row_deletion_removes_the_row():
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    word = new()
    table = word.add_table(rows=2, cols=1)
    table.cell(0, 0).text = BAD
    table.cell(1, 0).text = GOOD
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="Ana"/>'))
    doc, diags = lint_source(save(word), "docx", "en")
    assert (doc.text, diags) == (GOOD, [])


def _commented(comment: str):  # noqa: ANN202
    word = new()
    word.add_paragraph(GOOD)
    p = word.add_paragraph(BAD)
    word.add_comment(p.runs, text=comment, author="Editor", initials="ED")
    return word


def test_a_word_comment_ignores_the_findings_of_its_paragraph():
    assert findings(_commented("factlint: ignore P001 reason=\"the board's own rounding\"")) == []
    assert findings(_commented("factlint: ignore")) == []


def test_a_word_comment_ignores_only_what_it_names_and_other_comments_do_nothing():
    assert [f[:3] for f in findings(_commented("Please check this figure"))] == [("P001", "33.0%", "¶2")]
    got = findings(_commented("factlint: ignore S001"))
    assert [f[:3] for f in got] == [("F003", BAD, "¶2"), ("P001", "33.0%", "¶2")]  # ordered by where they start
    assert "factlint: ignore S001" in got[0][3]


def test_a_word_comment_on_a_consistent_paragraph_is_reported_unused():
    word = new()
    p = word.add_paragraph(GOOD)
    word.add_comment(p.runs, text="factlint: ignore P001", author="Editor", initials="ED")
    assert [f[:3] for f in findings(word)] == [("F003", GOOD, "¶1")]


def test_a_draft_without_other_stories_reads_as_before():
    word = new()
    word.add_paragraph(GOOD)
    word.add_comment(word.add_paragraph("Closing words.").runs, text="fine", author="Editor")
    doc, _ = lint_source(save(word), "docx", "en")
    assert doc.text == GOOD + "\nClosing words."
    assert [b.location for b in doc.blocks] == ["¶1", "¶2"]


def _note_part(word, xml: bytes) -> None:  # noqa: ANN001
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    from tests._word import NOTES

    word.part.relate_to(Part(PackURI("/word/footnotes.xml"), NOTES.format("footnotes"), xml, word.part.package), RT.FOOTNOTES)
    tracked_paragraph(word, run("See the note."), '<w:r><w:footnoteReference w:id="1"/></w:r>')


def _entity_notes(entities: str, text: str) -> bytes:
    return (
        f'<?xml version="1.0"?><!DOCTYPE w:footnotes [{entities}]>'
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote></w:footnotes>'
    ).encode()


def test_a_note_with_an_external_entity_reads_no_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Clinics made up 33.0% of sites (90 of 300).", encoding="utf-8")
    word = new()
    _note_part(word, _entity_notes(f'<!ENTITY x SYSTEM "{secret.as_uri()}">', "Fees: 12 &x;"))
    doc, diags = lint_source(save(word), "docx", "en")
    assert "33.0%" not in doc.text and doc.text.endswith("\nFees: 12 ")
    assert [(d.code, d.location) for d in diags] == [("F004", "footnote 1")]


def test_a_note_part_holding_an_entity_bomb_is_reported_and_the_body_still_read():
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    word = new()
    word.add_paragraph(BAD)
    _note_part(word, _entity_notes(f'<!ENTITY l0 "lol">{laughs}', "&l9;"))
    doc, diags = lint_source(save(word), "docx", "en")
    assert "lol" not in doc.text
    assert [d.code for d in diags] == ["F004", "P001"]
    assert "footnotes of this document could not be read" in diags[0].message


def _mark_deleted(p) -> None:  # noqa: ANN001 - a python-docx Paragraph
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    p._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="5" w:author="Ana"/></w:rPr>'))


def test_a_deleted_paragraph_mark_joins_the_paragraph_with_the_next_and_a_deleted_paragraph_goes():
    word = new()
    first = tracked_paragraph(word, run("Clinics made up 33.0% of sites "))
    _mark_deleted(first)
    word.add_paragraph("(90 of 300).")
    gone = tracked_paragraph(word, deleted("An older sentence."))
    _mark_deleted(gone)
    word.add_paragraph("Closing words.")
    doc, _ = lint_source(save(word), "docx", "en")
    assert doc.text == BAD + "\nClosing words."
    assert [f[:3] for f in findings(word)] == [("P001", "33.0%", "¶1")]
    first._p.pPr.remove(first._p.pPr[-1])  # the paragraph mark kept: two paragraphs
    doc, _ = lint_source(save(word), "docx", "en")
    assert doc.text == "Clinics made up 33.0% of sites \n(90 of 300).\nClosing words."

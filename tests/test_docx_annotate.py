"""`check --annotate out.docx`: each finding as a Word comment on its figure, in a copy of the draft."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from linter.cli import cli
from linter.run.engine import lint_file
from linter.readers.wordparts import W, struck
from tests._word import add_notes, deleted, inserted, new, run, tracked_paragraph

SEED = next((Path(__file__).resolve().parent.parent / "seeds").glob("002_*.txt"))
WRONG_TOTAL = "12.133"  # the stated total of the seed's S001, typed over the correct one with Track Changes
RIGHT_TOTAL = "8.817"


def seed_as_tracked_draft(path: Path) -> None:
    """The seed's lines as paragraphs; its wrong total typed as a tracked insertion over a tracked deletion."""
    word = new()
    for line in SEED.read_text(encoding="utf-8").rstrip("\n").split("\n"):
        if WRONG_TOTAL in line:
            before, after = line.split(WRONG_TOTAL, 1)
            tracked_paragraph(word, run(before), deleted(RIGHT_TOTAL), inserted(WRONG_TOTAL), run(after))
        else:
            word.add_paragraph(line)
    word.save(path)


def check(*args: str):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(cli, ["check", "--no-cache", "--format", "concise", *args])


def findings(path: Path) -> list[tuple[str, str, str | None]]:
    return [(d.code, d.message, d.arithmetic) for d in lint_file(str(path)).diagnostics]


def commented(word) -> dict[int, str]:  # noqa: ANN001 - docx.Document
    """Each comment's id and the accepted text its range marks."""
    texts: dict[int, str] = {}
    open_: set[int] = set()
    for el in word.element.body.iter():
        key = el.get(W + "id")
        if el.tag == W + "commentRangeStart":
            open_.add(int(key))
            texts[int(key)] = ""
        elif el.tag == W + "commentRangeEnd":
            open_.discard(int(key))
        elif el.tag == W + "t" and not struck(el):
            for k in open_:
                texts[k] += el.text or ""
    return texts


def test_seed_002_as_a_tracked_word_draft_gives_the_txt_findings_and_three_comments(tmp_path):
    draft, out = tmp_path / "draft.docx", tmp_path / "reviewed.docx"
    seed_as_tracked_draft(draft)
    before = draft.read_bytes()
    assert findings(draft) == findings(SEED)
    assert [code for code, _, _ in findings(SEED)] == ["S002", "P001", "S001"]
    assert check(str(draft), "--annotate", str(out)).exit_code == 1
    assert draft.read_bytes() == before
    word = docx.Document(str(out))
    comments = {c.comment_id: c for c in word.comments}
    assert len(comments) == 3 and {c.author for c in comments.values()} == {"factlint"}
    marked = commented(word)
    got = sorted((marked[i], c.text.split(":")[0]) for i, c in comments.items())
    assert got == sorted([("443.137", "S002 error"), ("92,36%", "P001 error"), (WRONG_TOTAL, "S001 error")])
    s001 = next(c.text for c in comments.values() if c.text.startswith("S001"))
    assert "12.133" in s001 and "8.817" in s001  # the message and its arithmetic


def test_annotated_copy_reads_back_with_the_same_text_and_findings(tmp_path):
    draft, out = tmp_path / "draft.docx", tmp_path / "reviewed.docx"
    seed_as_tracked_draft(draft)
    check(str(draft), "--annotate", str(out))
    assert findings(out) == findings(draft)


def test_a_figure_inside_a_longer_formatted_run_is_split_out_keeping_its_format(tmp_path):
    word = new()
    p = word.add_paragraph()
    p.add_run("Clinics made up 33.0% of sites (90 of 300).").bold = True
    draft, out = tmp_path / "d.docx", tmp_path / "o.docx"
    word.save(draft)
    assert check(str(draft), "--annotate", str(out)).exit_code == 1
    annotated = docx.Document(str(out))
    (comment,) = annotated.comments
    assert list(commented(annotated).values()) == ["33.0%"]
    assert comment.text.startswith("P001 error: stated 33.0%, computed 30.0%") and "90 / 300 = 30.0% ≠ 33.0%" in comment.text
    runs = annotated.paragraphs[0].runs
    assert "".join(r.text for r in runs) == "Clinics made up 33.0% of sites (90 of 300)."
    assert all(r.bold for r in runs if r.text)


def part_comments(path: Path, part: str) -> dict[int, str]:
    """The comment ranges of one part of the saved package (word/footnotes.xml …), read from its raw XML."""
    import zipfile

    from docx.oxml.parser import parse_xml

    root = parse_xml(zipfile.ZipFile(path).read(part))
    texts: dict[int, str] = {}
    open_: set[int] = set()
    for el in root.iter():
        if el.tag == W + "commentRangeStart":
            open_.add(int(el.get(W + "id")))
            texts[int(el.get(W + "id"))] = ""
        elif el.tag == W + "commentRangeEnd":
            open_.discard(int(el.get(W + "id")))
        elif el.tag == W + "t":
            for k in open_:
                texts[k] += el.text or ""
    refs = {int(el.get(W + "id")) for el in root.iter(W + "commentReference")}
    assert refs == set(texts), (refs, texts)  # each range has its reference mark, where Word shows the comment
    return texts


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
def test_a_finding_in_a_note_is_commented_on_its_figure_in_the_note(tmp_path, kind):
    word = new()
    word.add_paragraph("Sites by kind.")
    add_notes(word, kind, ["Wards were counted once.", "Clinics made up 33.0% of sites (90 of 300)."])
    draft, out = tmp_path / "d.docx", tmp_path / "o.docx"
    word.save(draft)
    assert check(str(draft), "--annotate", str(out)).exit_code == 1
    (comment,) = docx.Document(str(out)).comments
    assert comment.author == "factlint" and comment.text.startswith("P001 error: stated 33.0%, computed 30.0%\n90 / 300 = 30.0%")
    assert part_comments(out, f"word/{kind}s.xml") == {comment.comment_id: "33.0%"}
    assert part_comments(out, "word/document.xml") == {}  # nothing in the body
    assert findings(out) == findings(draft)  # the note reads as it did


def test_a_finding_in_a_header_is_commented_on_the_first_paragraph_of_its_section(tmp_path):
    """Word cannot comment in a header or footer: the comment goes where that header starts to show,
    and says where the figure is."""
    from docx.enum.section import WD_SECTION

    word = new()
    word.sections[0].header.paragraphs[0].text = "Quarterly survey"
    word.add_paragraph("The first part reviews the method.")
    second = word.add_section(WD_SECTION.NEW_PAGE)
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "Turnout: 612 of 850 members, or 72.5%."
    second.footer.is_linked_to_previous = False  # the first footer of the document: "footer 1"
    second.footer.paragraphs[0].text = "The board has 30 seats (24 elected and 5 appointed)."
    word.add_paragraph("")
    word.add_paragraph("The second part gives the results.")
    word.add_paragraph("It ends with the tables.")
    draft, out = tmp_path / "d.docx", tmp_path / "o.docx"
    word.save(draft)
    assert [code for code, _, _ in findings(draft)] == ["P001", "S001"]
    assert check(str(draft), "--annotate", str(out)).exit_code == 1
    comments = {c.comment_id: c.text for c in docx.Document(str(out)).comments}
    marked = part_comments(out, "word/document.xml")
    got = sorted((marked[i], text.split(":")[0]) for i, text in comments.items())
    assert got == [("The second part gives the results.", "[footer 1, ¶1] S001 error"), ("The second part gives the results.", "[header 2, ¶1] P001 error")]
    assert any(text.startswith("[header 2, ¶1] P001 error: stated 72.5%, computed 72.0%\n612 / 850 = 72.0%") for text in comments.values())
    assert findings(out) == findings(draft)


def test_a_fix_in_a_footnote_is_written_into_the_note(tmp_path):
    word = new()
    word.add_paragraph("Sites by kind.")
    add_notes(word, "footnote", ["Clinics made up 33.0% of sites (90 of 300)."])
    draft = tmp_path / "d.docx"
    word.save(draft)
    assert check(str(draft), "--fix").exit_code == 0
    assert findings(tmp_path / "d.fixed.docx") == []
    assert "Clinics made up 30.0% of sites (90 of 300)." in lint_file(str(tmp_path / "d.fixed.docx")).text


def test_an_existing_file_is_not_replaced_unless_asked(tmp_path):
    draft, out = tmp_path / "draft.docx", tmp_path / "reviewed.docx"
    seed_as_tracked_draft(draft)
    out.write_bytes(b"keep me")
    refused = check(str(draft), "--annotate", str(out))
    assert refused.exit_code == 2 and "exists" in refused.stderr and out.read_bytes() == b"keep me"
    assert check(str(draft), "--annotate", str(out), "--annotate-overwrite").exit_code == 1
    assert len(docx.Document(str(out)).comments) == 3
    same = check(str(draft), "--annotate", str(draft), "--annotate-overwrite")
    assert same.exit_code == 2 and "draft itself" in same.stderr


@pytest.mark.parametrize("paths", [["SEED"], ["DRAFT", "DRAFT"]])
def test_annotate_needs_exactly_one_word_draft(tmp_path, paths):
    draft = tmp_path / "draft.docx"
    seed_as_tracked_draft(draft)
    names = [str(SEED) if p == "SEED" else str(draft) for p in paths]
    result = check(*names, "--annotate", str(tmp_path / "o.docx"))
    assert result.exit_code == 2 and "exactly one .docx" in result.stderr
    assert not (tmp_path / "o.docx").exists()


def test_a_draft_edited_or_damaged_after_its_check_is_neither_annotated_nor_fixed(tmp_path: Path):
    """Whatever was found would land on other words: the copy is refused, with the reason."""
    from dataclasses import replace

    from linter.readers.docxannotate import AnnotateError, annotate
    from linter.readers.docxfix import DocxFixError, fix_docx

    path = tmp_path / "draft.docx"
    seed_as_tracked_draft(path)
    result = lint_file(str(path))
    edited = replace(result, text=result.text.replace(WRONG_TOTAL, "12.134"))
    with pytest.raises(AnnotateError, match=f"^{path} changed since it was checked; run again$"):
        annotate(str(path), str(tmp_path / "out.docx"), edited)
    with pytest.raises(DocxFixError, match=f"^{path} changed since it was checked; run again$"):
        fix_docx(str(path), edited.text, ())
    path.write_bytes(b"PK\x03\x04 not a zip any more")
    with pytest.raises(DocxFixError, match=rf"^cannot read {path} again \("):
        fix_docx(str(path), result.text, ())
    assert not (tmp_path / "out.docx").exists()

"""`check --fix` on a Word draft: the fixes written into the runs of the figure, in a copy beside the
draft (draft.fixed.docx) unless the draft itself is asked for; --diff shows them as text."""
from __future__ import annotations

from pathlib import Path

import docx
from click.testing import CliRunner

from linter.cli import cli
from linter.run.engine import lint_file
from tests._word import inserted, new, run, tracked_paragraph
from tests.test_docx_annotate import seed_as_tracked_draft

# 49 / 53 = 92,45%: the share written beside its own fraction is the figure a safe fix corrects (sentences written for these tests)
INTRO = "Báo cáo tổng kết công tác năm của huyện."
BEFORE, AFTER = "Có 49/53 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, đạt ", "."


def draft(path: Path) -> Path:
    """The share typed as a bold "92," and a plain "54%" (two runs), after a paragraph that holds.
    The fix replaces the number 92,54: its first run takes it whole, bold; the '%' keeps its own run."""
    word = new()
    word.add_paragraph(INTRO)
    p = word.add_paragraph(BEFORE)
    p.add_run("92,").bold = True
    p.add_run("54%")
    p.add_run(AFTER)
    word.save(path)
    return path


def fix(*args: str):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(cli, ["check", "--no-cache", "-j", "1", "--format", "concise", *args])


def share_runs(path: Path) -> list[tuple[str, bool | None]]:
    """The runs of the share's paragraph: text and bold."""
    p = docx.Document(str(path)).paragraphs[-1]
    return [(r.text, r.bold) for r in p.runs]


def test_fix_writes_a_fixed_copy_beside_the_draft_keeping_the_figures_format(tmp_path):
    path = draft(tmp_path / "d.docx")
    original = path.read_bytes()
    result = fix("--fix", str(path))
    copy = tmp_path / "d.fixed.docx"
    assert result.stderr == f"factlint: wrote {copy}, the draft with its fixes; {path} is unchanged\nFixed 1 finding in 1 file.\n"
    assert (result.exit_code, result.stdout) == (0, "Mọi kiểm tra đều đạt.\n")  # what is left: the copy, checked again
    assert path.read_bytes() == original
    assert share_runs(copy) == [(BEFORE, None), ("92,45", True), ("%", None), (AFTER, None)]
    assert [p.text for p in docx.Document(str(copy)).paragraphs] == [INTRO, BEFORE + "92,45%" + AFTER]
    assert lint_file(str(copy)).diagnostics == ()
    again = fix("--fix", str(path))  # the copy may have been edited since: never replaced
    assert f"{path}: not fixed: {copy} exists; remove it, or pass --fix-word-in-place to fix the draft itself\n" in again.stderr
    assert again.exit_code == 1 and path.read_bytes() == original


def test_fix_word_in_place_fixes_the_draft_itself(tmp_path):
    path = draft(tmp_path / "d.docx")
    result = fix("--fix", "--fix-word-in-place", str(path))
    assert (result.exit_code, result.stderr) == (0, "Fixed 1 finding in 1 file.\n")
    assert share_runs(path) == [(BEFORE, None), ("92,45", True), ("%", None), (AFTER, None)]
    assert not (tmp_path / "d.fixed.docx").exists()


def test_diff_shows_the_fix_as_text_and_writes_nothing(tmp_path):
    path = draft(tmp_path / "d.docx")
    original = path.read_bytes()
    result = fix("--diff", str(path))
    name = str(path).lstrip("/")
    end = "\\ No newline at end of file\n"  # the text of a Word draft ends with its last paragraph
    assert result.stdout == f"--- a/{name}\n+++ b/{name}\n@@ -1,2 +1,2 @@\n {INTRO}\n-{BEFORE}92,54%{AFTER}\n{end}+{BEFORE}92,45%{AFTER}\n{end}"
    assert result.exit_code == 1 and path.read_bytes() == original and not (tmp_path / "d.fixed.docx").exists()


def test_a_figure_typed_with_track_changes_is_fixed_inside_its_insertion(tmp_path):
    path = tmp_path / "d.docx"
    word = new()
    tracked_paragraph(word, run(BEFORE), inserted("92,54%"), run(AFTER))
    word.save(path)
    assert fix("--fix", str(path)).exit_code == 0
    fixed = docx.Document(str(tmp_path / "d.fixed.docx"))
    ins = fixed.paragraphs[0]._p.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}ins")
    assert len(ins) == 1 and "".join(t.text for t in ins[0].iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")) == "92,45%"


def test_unsafe_fixes_correct_the_likely_typo_of_seed_002_as_a_word_draft(tmp_path):
    path = tmp_path / "seed.docx"
    seed_as_tracked_draft(path)
    assert [d.code for d in lint_file(str(path)).diagnostics] == ["S002", "P001", "S001"]
    result = fix("--fix", "--unsafe-fixes", str(path))
    assert "Fixed 1 finding in 1 file.\n" in result.stderr
    copy = tmp_path / "seed.fixed.docx"
    assert [d.code for d in lint_file(str(copy)).diagnostics] == ["S001"]  # 443.137 → 43.137; the total has no single-digit fix
    assert result.stdout.startswith(f"{copy}:")  # what is left is reported on the copy
    text = "\n".join(p.text for p in docx.Document(str(copy)).paragraphs)
    assert " 43.137," in text and "443.137" not in text

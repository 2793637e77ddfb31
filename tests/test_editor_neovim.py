"""`factlint server` in a real editor: Neovim's built-in LSP client, in a pseudo-terminal read by pyte.

What is asserted is the text a writer sees on the screen: each finding's message beside its line,
the arithmetic in the hover window, and a finding gone once the figure is corrected in the buffer
(unsaved: the server checks the editor's text). Debian's `neovim` (0.7) is installed by `.ci/run`.
"""
from __future__ import annotations

import os

import pytest

from tests._neovim import NVIM, Editor

# my own sentences: a breakdown one short of its total, a part larger than its whole, a share off by one slip
DRAFT = (
    "# Clinic visits\n\n"
    "The clinic treated 4,320 patients (1,870 children, 1,640 adults and 800 retirees).\n\n"
    "The clinic vaccinated 960 children, of which 1,120 were under five.\n\n"
    "Of the 650 patients surveyed, 481 were satisfied, or 74.9%.\n"
)


@pytest.fixture
def editor(tmp_path):  # noqa: ANN001, ANN201
    if NVIM is None:
        (pytest.fail if os.environ.get("CI") else pytest.skip)("needs nvim on PATH (Debian's neovim; .ci/run installs it)")
    (tmp_path / "visits.md").write_text(DRAFT, encoding="utf-8")
    with Editor(tmp_path, "visits.md", cols=150) as nvim:  # wide enough for the longest line and its message
        yield nvim


def _row(screen: list[str], text: str) -> str:
    return next(line for line in screen if text in line)


def test_neovim_shows_each_finding_beside_its_line_and_the_arithmetic_on_hover(editor: Editor) -> None:
    screen = editor.wait_for("computed 74.0%")
    assert "■ stated total 4,320, the parts add up to 4,310" in _row(screen, "The clinic treated 4,320 patients")
    assert "■ the part 1,120 exceeds its whole 960" in _row(screen, "The clinic vaccinated 960 children")
    assert "■ stated 74.9%, computed 74.0%" in _row(screen, "481 were satisfied, or 74.9%")
    # the error sign in the sign column of each of the three lines, and of no other
    assert [line[0] for line in screen if line[:1].strip() and not line.startswith("~")][:4] == ["E", "E", "E", "v"]

    editor.type("7G$hK")  # the cursor on "74.9%", then hover
    screen = editor.wait_for("481 / 650 = 74.0% ≠ 74.9%")
    assert any("P001 percent-of-total: stated 74.9%, computed 74.0%" in line for line in screen)
    assert any("factlint explain P001" in line for line in screen)


def test_a_figure_corrected_in_the_buffer_loses_its_finding_before_it_is_saved(editor: Editor) -> None:
    editor.wait_for("computed 74.0%")
    editor.type(":7s/74\\.9/79.4/\r")  # another wrong figure: a message only the server can write from the new text
    editor.wait_for("■ stated 79.4%, computed 74.0%")
    editor.type(":7s/79\\.4/74.0/\r")
    screen = editor.wait_for("computed 74.0%", gone=True)
    assert "74.0%" in _row(screen, "481 were satisfied, or")
    assert "■ stated total 4,320, the parts add up to 4,310" in _row(screen, "The clinic treated 4,320 patients")
    assert "■ the part 1,120 exceeds its whole 960" in _row(screen, "The clinic vaccinated 960 children")
    assert (editor.workdir / "visits.md").read_text(encoding="utf-8") == DRAFT  # unsaved: the server read the buffer

#!/usr/bin/env python3
"""Write the README's picture of the editor integration: Neovim's own LSP client talking to `factlint server`.

    .venv/bin/python scripts/editor-screenshot.py    # from the repository root

A short Markdown draft is opened in Neovim (Debian's `neovim`, 0.7) running in a pseudo-terminal whose
screen pyte keeps (tests/_neovim.py, the harness tests/test_editor_neovim.py uses); once the findings
are on the screen, the cursor goes to the wrong share and K asks for the hover. The screen, with its
colours, is then written as an HTML page and photographed by the headless Chromium of
tests/test_html_browser.py. Needs nvim, pyte, selenium, Debian's chromium and chromium-driver.
"""
from __future__ import annotations

import base64
import html
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from tests._neovim import Editor  # noqa: E402 - the test's editor harness
from test_html_browser import _browser  # noqa: E402 - the test's browser and flags

DEST = ROOT / "docs" / "editor-neovim.png"
COLS, ROWS = 120, 20
DRAFT = (
    "# Household survey, 2024\n\n"
    "The survey covered 2,150 people (640 children and 1,500 adults).\n\n"
    "The county reported 1,240 households, of which 1,310 were poor.\n\n"
    "Turnout at the meeting was 612 of 850 members, or 72.5%.\n"
)
BACKGROUND, FOREGROUND = "#1c1f24", "#d8dee9"
# Neovim underlines a finding in its severity's colour (SGR 58), which pyte does not keep: drawn in the error red
UNDERLINE = "#ff5f5f"
# the terminal's sixteen colours (pyte names them); a colour given as 24-bit (termguicolors) is used as it is
PALETTE = {
    "black": "#1c1f24", "red": "#e06c75", "green": "#98c379", "brown": "#e5c07b", "blue": "#61afef", "magenta": "#c678dd",
    "cyan": "#56b6c2", "white": "#d8dee9", "brightblack": "#5c6370", "brightred": "#ff7b86", "brightgreen": "#b5e890",
    "brightbrown": "#ffd68a", "brightblue": "#7cc4ff", "brightmagenta": "#de98f2", "brightcyan": "#6fd6e3", "brightwhite": "#ffffff",
}
# what a user's colour scheme would set: Neovim 0.7's defaults (a grey sign column, a magenta hover) are meant for a light terminal
THEME = """
for group, colours in pairs({
  SignColumn = { bg = "NONE" }, NormalFloat = { bg = "#2b313b", fg = "#d8dee9" }, FloatBorder = { bg = "#2b313b", fg = "#7c8595" },
  StatusLine = { bg = "#3b4252", fg = "#e5e9f0", bold = true }, NonText = { fg = "#4c566a" },
}) do vim.api.nvim_set_hl(0, group, colours) end
"""
PAGE = """<!doctype html><meta charset="utf-8"><style>
body {{ margin: 0; background: {bg}; }}
pre {{ margin: 0; padding: 10px 12px; font: 14px/20px "DejaVu Sans Mono", monospace; color: {fg}; background: {bg}; width: {cols}ch; }}
span {{ padding: 2px 0; }}  /* a cell's background fills its row, as in the terminal */
span.u {{ text-decoration: underline {under}; text-decoration-thickness: 1px; text-underline-offset: 3px; }}
</style><pre>{body}</pre>"""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "survey.md").write_text(DRAFT, encoding="utf-8")
        with Editor(work, "survey.md", cols=COLS, rows=ROWS, theme=THEME) as nvim:
            nvim.wait_for("computed 72.0%")
            nvim.type("7G$hK")  # the cursor on "72.5%": the hover shows the arithmetic
            nvim.wait_for("612 / 850")
            page = work / "screen.html"
            page.write_text(PAGE.format(bg=BACKGROUND, fg=FOREGROUND, under=UNDERLINE, cols=COLS, body=render(nvim.screen)), encoding="utf-8")
        browser = _browser(work / "profile")
        try:
            browser.get(page.as_uri())
            box = browser.execute_script("const r = document.querySelector('pre').getBoundingClientRect(); return [r.width, r.height];")
            clip = {"x": 0, "y": 0, "width": box[0], "height": box[1], "scale": 2}
            shot = browser.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "clip": clip, "captureBeyondViewport": True})
        finally:
            browser.quit()
    DEST.write_bytes(base64.b64decode(shot["data"]))
    print(f"wrote {DEST.relative_to(ROOT)}")


def render(screen) -> str:  # noqa: ANN001 - a pyte.Screen
    """The screen as HTML: each run of cells drawn alike as one span."""
    rows = []
    for y in range(screen.lines):
        line = screen.buffer[y]
        cells = [line[x] for x in range(screen.columns)]
        runs: list[tuple[tuple[str, str, bool, bool], str]] = []
        for cell in cells:
            style = _style(cell)
            if runs and runs[-1][0] == style:
                runs[-1] = (style, runs[-1][1] + cell.data)
            else:
                runs.append((style, cell.data))
        rows.append("".join(_span(style, text) for style, text in runs))
    return "\n".join(rows)


def _style(cell) -> tuple[str, str, bool, bool]:  # noqa: ANN001 - a pyte Char
    fg, bg = _colour(cell.fg, FOREGROUND), _colour(cell.bg, BACKGROUND)
    if cell.reverse:
        fg, bg = bg, fg
    return fg, bg, cell.bold, cell.underscore


def _colour(value: str, default: str) -> str:
    if value == "default":
        return default
    return PALETTE.get(value, f"#{value}" if len(value) == 6 else default)


def _span(style: tuple[str, str, bool, bool], text: str) -> str:
    fg, bg, bold, under = style
    css = f"color:{fg};" + (f"background:{bg};" if bg != BACKGROUND else "") + ("font-weight:bold;" if bold else "")
    return f'<span style="{css}"{" class=u" if under else ""}>{html.escape(text)}</span>'


if __name__ == "__main__":
    main()

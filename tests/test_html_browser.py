"""`--format html` as a reader sees it: the page opened in a real browser (headless Chromium).

Driven through Selenium and the Debian `chromium-driver` (both installed by `.ci/run`): Chromium's
own command line (`--headless --dump-dom --screenshot`) cannot show a page narrower than 500 px, so
a phone's width needs the driver's device emulation. What is asserted is what the browser laid out
and renders — visible marks, the text of a finding as rendered, where the findings sit, whether
anything runs past the right edge — not the HTML source (tests/test_html_report.py reads that).
"""
from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import cli
from linter.run.engine import lint_file

SEED = next((Path(__file__).resolve().parent.parent / "seeds").glob("002_*.txt"))
CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
# what this machine (no display, no GPU, no network for the browser) needs; a fresh profile per test
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
)
DESKTOP = {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}

# every <mark> the reader can see (laid out, not hidden), with its class and rendered text
VISIBLE_MARKS = """
return Array.from(document.querySelectorAll('mark')).filter(m => {
  const r = m.getBoundingClientRect(), s = getComputedStyle(m);
  return r.width > 0 && r.height > 0 && s.visibility === 'visible' && s.display !== 'none';
}).map(m => [m.className, m.innerText]);
"""
# elements whose right edge runs past the viewport: what a phone user would have to scroll sideways to read
OVERFLOWING = """
const w = document.documentElement.clientWidth;
return Array.from(document.querySelectorAll('body *'))
  .filter(e => e.getBoundingClientRect().right > w + 0.5)
  .map(e => e.tagName + ' ' + e.textContent.slice(0, 40));
"""
# the S001 finding's box and the box of the paragraph it belongs to
FINDING_AND_TEXT = """
const p = Array.from(document.querySelectorAll('aside p')).find(p => p.innerText.startsWith('S001'));
const text = p.closest('.para').querySelector('.text');
const box = e => { const r = e.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
return {finding: p.innerText, colour: getComputedStyle(p).borderLeftColor, p: box(p), text: box(text)};
"""


def _browser(profile: Path):  # noqa: ANN202 - selenium's webdriver.Chrome
    """Headless Chromium through the system's chromedriver; in CI a missing browser is a failure, not a skip."""
    missing = [p for p in (CHROMIUM, DRIVER) if not shutil.which(p)]
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing.append("selenium (pip install -e '.[test]')")
    if missing:
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"needs {', '.join(missing)} (.ci/run installs them)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}", "--window-size=1280,900"):
        options.add_argument(flag)
    # the driver's path given: Selenium Manager never tries to download one
    return webdriver.Chrome(options=options, service=Service(DRIVER))


@pytest.fixture
def browser(tmp_path):  # noqa: ANN001, ANN201
    driver = _browser(tmp_path / "profile")
    yield driver
    driver.quit()


@pytest.fixture
def report(tmp_path) -> str:
    """The HTML report of seed 002 written by the command, as a file:// URL."""
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["check", "--no-cache", "--format", "html", "--output-file", str(out), str(SEED)])
    assert result.exit_code == 1, result.output  # seed 002 has three findings
    return out.as_uri()


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_seed_002_in_a_desktop_browser_shows_every_checked_figure_and_the_findings_beside_them(browser, report, tmp_path):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", DESKTOP)
    browser.get(report)
    marks = browser.execute_script(VISIBLE_MARKS)
    checked = lint_file(str(SEED)).checked
    assert len(marks) == len(checked) == 16
    assert sorted(text for cls, text in marks if cls == "error") == ["12.133", "443.137", "92,36%"]
    assert sum(cls == "ok" for cls, _ in marks) == 13
    seen = browser.execute_script(FINDING_AND_TEXT)
    assert seen["finding"].split("\n") == [  # as rendered: message, arithmetic, help on their own lines
        "S001 sum-of-parts: ghi tổng 12.133, nhưng các phần cộng lại được 8.817",
        "2.206 + 1.967 + 2.334 + 2.310 = 8.817 ≠ 12.133",
        "không có cách sửa một chữ số của một số liệu nào giải thích được",
    ]
    assert seen["colour"] == "rgb(187, 0, 0)"  # an error's red rule
    assert seen["p"]["left"] >= seen["text"]["right"]  # beside its paragraph
    assert browser.execute_script(OVERFLOWING) == []
    shot = tmp_path / "desktop.png"
    assert browser.save_screenshot(str(shot))
    assert _png_size(shot) == (1280, 900)


def test_on_a_phone_nothing_runs_past_the_right_edge_and_the_findings_go_under_their_paragraph(browser, report, tmp_path):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    browser.get(report)
    # a mobile browser zooms out to fit wider content: the layout width stays the phone's only if nothing is wider
    assert browser.execute_script("return [innerWidth, document.documentElement.scrollWidth]") == [390, 390]
    assert browser.execute_script(OVERFLOWING) == []
    assert len(browser.execute_script(VISIBLE_MARKS)) == 16
    seen = browser.execute_script(FINDING_AND_TEXT)
    assert seen["p"]["top"] >= seen["text"]["bottom"] and seen["p"]["right"] <= 390  # under its paragraph, within the screen
    shot = tmp_path / "phone.png"
    assert browser.save_screenshot(str(shot))
    assert _png_size(shot) == (390 * 2, 844 * 2)


def test_printed_on_a4_nothing_is_cut_at_the_right_margin(browser, report):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 718, "height": 1047, "deviceScaleFactor": 1, "mobile": False})  # A4 less 1.5 cm margins, in CSS px
    browser.get(report)
    assert browser.execute_script("return matchMedia('print').matches") is True
    assert browser.execute_script(OVERFLOWING) == []
    assert len(browser.execute_script(VISIBLE_MARKS)) == 16

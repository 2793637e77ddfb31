#!/usr/bin/env python3
"""Write the README's pictures of the HTML report: seed 002 at a desktop width and at a phone width.

    .venv/bin/python scripts/html-report-screenshots.py    # from the repository root

Needs what tests/test_html_browser.py needs (Debian's chromium and chromium-driver, selenium from
the test extra). The page is made by the command itself, from the seed's relative path, so the
pictures show what a user gets.
"""
from __future__ import annotations

import base64
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from test_html_browser import DESKTOP, PHONE, _browser  # noqa: E402 - the test's browser, flags and sizes

# the first paragraph with a finding, at the top of the phone's screen: the finding under its paragraph is the point
TO_FIRST_FINDING = "document.querySelector('mark.error').closest('.para').scrollIntoView();"


def main() -> None:
    seed = next((ROOT / "seeds").glob("002_*.txt")).relative_to(ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        subprocess.run([sys.executable, "-m", "linter", "check", "--no-cache", "--format", "html", "-o", str(page), str(seed)], cwd=ROOT, check=False)
        browser = _browser(Path(tmp) / "profile")
        try:
            _shoot(browser, page, DESKTOP, ROOT / "docs" / "html-report-desktop.png", full=True)
            _shoot(browser, page, PHONE, ROOT / "docs" / "html-report-phone.png", full=False)
        finally:
            browser.quit()


def _shoot(browser, page: Path, metrics: dict, dest: Path, full: bool) -> None:  # noqa: ANN001 - a selenium driver
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    browser.get(page.as_uri())
    if not full:
        browser.execute_script(TO_FIRST_FINDING)
    shot = browser.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": full})
    dest.write_bytes(base64.b64decode(shot["data"]))
    print(f"wrote {dest.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

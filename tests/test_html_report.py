"""`--format html`: one self-contained page with the checked text, its figures marked, the findings beside them."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from click.testing import CliRunner

from linter.cli import cli
from linter.run.engine import lint_file

SEED = next((Path(__file__).resolve().parent.parent / "seeds").glob("002_*.txt"))


class Page(HTMLParser):
    """What a reader sees: the marks (class, text), the findings' paragraphs, every tag and attribute used."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.marks: list[list[str]] = []
        self.asides: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.lang = None
        self._in: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        self.lang = attrs.get("lang", self.lang) if tag == "html" else self.lang
        if tag == "mark":
            self.marks.append([attrs["class"], ""])
        self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._in:
            del self._in[len(self._in) - 1 - self._in[::-1].index(tag):]

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] == "mark":
            self.marks[-1][1] += data
        if "aside" in self._in:
            self.asides.append(data)


def page(*args: str) -> str:
    result = CliRunner().invoke(cli, ["check", "--no-cache", "--format", "html", *args])
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def test_seed_002_every_checked_figure_is_marked_and_the_findings_are_beside_them():
    p = Page(page(str(SEED)))
    result = lint_file(str(SEED))
    errors = sorted(text for cls, text in p.marks if cls == "error")
    assert errors == sorted(["443.137", "92,36%", "12.133"])
    assert sum(cls == "ok" for cls, _ in p.marks) == len(result.checked) - 3 > 0
    seen = " ".join(p.asides)
    assert "ghi tổng 12.133, nhưng các phần cộng lại được 8.817" in seen  # the finding in the messages' language
    assert next(d.arithmetic for d in result.diagnostics if d.code == "S001") in seen
    assert p.lang == "vi"


def test_the_page_needs_nothing_from_the_network_and_has_no_script():
    html = page(str(SEED))
    p = Page(html)
    assert not [t for t, _ in p.tags if t in ("script", "link", "img", "iframe", "object")]
    assert not [a for _, attrs in p.tags for k, a in attrs.items() if k in ("src", "href") and not str(a).startswith("#")]
    assert "url(" not in html and "@import" not in html
    assert ('meta', {'name': 'viewport', 'content': 'width=device-width, initial-scale=1'}) in p.tags  # reflows on a phone


def test_text_from_the_document_is_shown_never_obeyed(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("<script>alert(1)</script> Clinics made up 33.0% of sites (90 of 300).\n", encoding="utf-8")
    p = Page(page(str(draft)))
    assert not [t for t, _ in p.tags if t == "script"]
    assert [(c, t) for c, t in p.marks if c == "error"] == [("error", "33.0%")]


def test_a_consistent_draft_has_only_green_and_a_warning_is_amber(tmp_path):
    good = tmp_path / "good.md"
    good.write_text("# Sites\n\nClinics made up **30.0%** of sites (90 of 300).\n", encoding="utf-8")
    p = Page(page(str(good)))
    assert p.marks == [["ok", "30.0%"]] and p.lang == "en"
    good.write_text("# Sites\n\nClinics made up **30.0%** of sites (90 of 300). Fees came to 1.234,5 dollars.\n", encoding="utf-8")
    p = Page(page(str(good)))
    assert p.marks == [["ok", "30.0%"], ["warning", "1.234,5"]]
    assert any("N001" in text for text in p.asides)


def test_a_suppressed_mismatch_is_marked_grey_not_green(tmp_path):
    draft = tmp_path / "d.md"
    # 14 + 17 = 31: the stated 30 is wrong, and accepted by its comment; the 32 below is not
    draft.write_text(
        "Trường có 30 lớp học (14 lớp ở cơ sở chính, 17 lớp ở cơ sở phụ). <!-- factlint: ignore S001 -->\n\n"
        "Trường có 32 lớp học (14 lớp ở cơ sở chính, 17 lớp ở cơ sở phụ).\n",
        encoding="utf-8",
    )
    p = Page(page(str(draft)))
    assert [(c, t) for c, t in p.marks if c != "ok"] == [("suppressed", "30"), ("error", "32")]
    assert sum(c == "ok" for c, _ in p.marks) == 4  # 14 and 17 of each paragraph, within their whole


def test_a_mismatch_the_baseline_accepts_is_marked_grey_not_green(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    accepted = "Trường có 30 lớp học (14 lớp ở cơ sở chính, 17 lớp ở cơ sở phụ).\n"
    Path("d.md").write_text(accepted, encoding="utf-8")
    assert CliRunner().invoke(cli, ["check", "--isolated", "--no-cache", "--write-baseline", "b.json", "d.md"]).exit_code == 0
    Path("d.md").write_text(accepted + "\nTrường có 32 lớp học (14 lớp ở cơ sở chính, 17 lớp ở cơ sở phụ) năm sau.\n", encoding="utf-8")
    p = Page(page("--baseline", "b.json", "d.md"))
    assert [(c, t) for c, t in p.marks if c != "ok"] == [("suppressed", "30"), ("error", "32")]

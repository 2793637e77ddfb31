"""Whatever the markup, checked characters stay at their source offsets and line ends stay put."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from linter.run.config import Config
from linter.readers import read_data

MD_PIECES = [
    "# ", "## ", "> ", "- ", "1. ", "`", "```\n", "**", "_", "[", "]", "(", ")", "<", ">", "!", "|", "---", "\\",
    "&amp;", "&#7871;", "12.133", "45,5%", "đảng viên", " ", "\n", "\r\n", "\t", "<!-- x -->", "http://a.vn/1", ":",
]
HTML_PIECES = [
    "<p>", "</p>", "<b>", "</b>", "<br>", "<td>", "<tr>", "<table>", "</table>", "<th colspan=2>", "<td rowspan='x'>",
    "<script>", "</script>", "<style>", "<!-- c -->", "&amp;", "&nbsp;", "&#x2e;", "&bogus;", "&", "<", ">",
    "12.133", "45,5%", "đảng viên", " ", "\n", "\r\n", "<head>", "<body>", "<template>", "</template>", "<div class=\"a\">",
]


def pieces(options: list[str]):
    return st.lists(st.sampled_from(options), max_size=40).map("".join)


def assert_in_place(source: str, text: str, extra_breaks: str = "") -> None:
    assert len(text) == len(source)
    for i, (got, src) in enumerate(zip(text, source)):
        if src in "\r\n" or got in "\r\n":
            assert got == src, i
        else:
            assert got == src or got == " " or got in extra_breaks or src == "&", (i, got, src)


@settings(max_examples=300, deadline=None)
@given(pieces(MD_PIECES))
def test_markdown_keeps_offsets(source):
    doc = read_data(source.encode(), "a.md", "md", Config(locale="vi"))
    assert_in_place(source, doc.text)
    for table in doc.tables:
        assert all(0 <= s.start <= s.end <= len(source) for row in table.rows for s in row)


@settings(max_examples=300, deadline=None)
@given(pieces(HTML_PIECES))
def test_html_keeps_offsets(source):
    doc = read_data(source.encode(), "a.html", "html", Config(locale="vi"))
    assert_in_place(source, doc.text, "\u2029")
    for block in doc.blocks:
        assert doc.text[block.span.start:block.span.end].strip() == doc.text[block.span.start:block.span.end]

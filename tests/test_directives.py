from __future__ import annotations

from _fakerules import fake_rules  # noqa: F401 - fixture
from linter.run.config import Config
from linter.run.directives import Directive, parse
from linter.run.engine import lint_document, lint_text
from linter.core.model import Block, Document, Span


def found(text: str, config: Config = Config(), locale: str = "en") -> list[tuple[int, str, str]]:
    return [(d.line, d.code, d.message) for d in lint_text(text, locale, path="d.md", config=config).diagnostics]


def test_parse_codes_names_and_reason():
    text = '<!-- factlint: ignore P001, flag-word reason="số liệu sơ bộ, chưa chốt" -->'
    assert parse(text) == [Directive("ignore", ("P001", "flag-word"), Span(0, len(text)), "số liệu sơ bộ, chưa chốt")]
    assert parse("<!--factlint:disable-file-->") == [Directive("disable-file", (), Span(0, 28))]


def test_ignore_covers_the_next_paragraph_only(fake_rules):
    text = (
        '<!-- factlint: ignore X001 reason="số liệu sơ bộ" -->\n'
        "Đoạn một SAI.\nvẫn đoạn một SAI.\n\n"
        "Đoạn hai SAI.\n"
    )
    assert found(text) == [(5, "X001", "stated SAI, rounding nearest")]


def test_ignore_follows_reader_blocks_when_present(fake_rules):
    text = "<!-- factlint: ignore flag-word -->\n# Tiêu đề SAI\nĐoạn SAI.\n"
    heading = Span(36, 50)
    doc = Document(text=text, path="d.md", locale="vi", blocks=(Block(heading, "heading"), Block(Span(50, 60))))
    assert [(d.line, d.code) for d in lint_document(doc).diagnostics] == [(3, "X001")]


def test_disable_enable_region_by_code_prefix_and_name(fake_rules):
    text = (
        "Trước SAI 1%.\n"
        "<!-- factlint: disable X00 -->\n"
        "Trong SAI 2%.\n"
        "<!-- factlint: enable X00 -->\n"
        "<!-- factlint: disable percent-sign flag-word -->\n"
        "Giữa SAI 3%.\n"
        "<!-- factlint: enable flag-word -->\n"
        "Sau SAI 4%.\n"
    )
    assert [(line, code) for line, code, _ in found(text)] == [(1, "X001"), (1, "X002"), (8, "X001")]


def test_disable_file_with_and_without_selectors(fake_rules):
    assert found("A SAI 5%.\n<!-- factlint: disable-file X002 -->\n") == [(1, "X001", "stated SAI, rounding nearest")]
    assert found("<!-- factlint: disable-file -->\nA SAI 5%.\n") == []


def test_unused_suppression_is_reported_where_it_stands(fake_rules):
    text = "Ổn.\n\n  <!-- factlint: ignore X001 -->\nKhông có gì.\n"
    [d] = lint_text(text, "en", path="d.md").diagnostics
    assert (d.code, d.name, d.severity.value, d.line, d.column, d.end_column) == ("F003", "unused-suppression", "warning", 3, 3, 33)
    assert d.message == "suppression `factlint: ignore X001` suppresses nothing; remove it"


def test_unused_not_reported_for_deselected_rules_or_when_ignored(fake_rules):
    text = "<!-- factlint: ignore X001 -->\nA 5%.\n"
    assert found(text, Config(select=("X002",))) == [(2, "X002", "a percent sign")]
    assert found(text, Config(ignore=("unused-suppression",))) == [(2, "X002", "a percent sign")]


def test_directives_read_from_source_text_when_the_reader_blanked_comments(fake_rules):
    source = "<!-- factlint: ignore -->\nA SAI 5%.\n"
    blanked = " " * 25 + source[25:]
    doc = Document(text=blanked, path="d.md", locale="vi", meta=(("source_text", source),))
    assert lint_document(doc).diagnostics == ()


def test_lint_file_reads_suppressions_from_the_source_of_markdown(tmp_path, monkeypatch, fake_rules):
    import linter.readers

    source = "<!-- factlint: ignore X001 -->\nA SAI.\n\nB SAI.\n"
    path = tmp_path / "d.md"
    path.write_text(source, encoding="utf-8")

    def blanking_reader(p, config):  # what the Markdown reader does: comments become spaces
        return Document(text=" " * 30 + source[30:], path=p, locale="vi", fmt="md")

    monkeypatch.setattr(linter.readers, "read_path", blanking_reader)
    from linter.run.engine import lint_file

    assert [(d.line, d.code) for d in lint_file(str(path)).diagnostics] == [(4, "X001")]


def test_markdown_reader_and_real_sum_rule(tmp_path):
    row = "Đảng bộ có 30 chi bộ trực thuộc (24 chi bộ bản, 5 chi bộ trường học, 2 chi bộ trạm y tế).\n"
    path = tmp_path / "bao-cao.md"
    path.write_text(f'# Báo cáo\n\n<!-- factlint: ignore S001 reason="số liệu sơ bộ" -->\n{row}\n{row}', encoding="utf-8")
    from linter.run.engine import lint_file

    assert [(d.line, d.column, d.code) for d in lint_file(str(path)).diagnostics] == [(6, 12, "S001")]

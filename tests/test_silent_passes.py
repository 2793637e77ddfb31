"""Nothing is passed over in silence: unreadable paths, empty selectors, text the readers could not reach."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from linter.cli import cli

WRONG_SUM = "Huyện có 42 tổ chức, gồm 20 đảng bộ và 23 chi bộ.\n"


@pytest.fixture
def deny(monkeypatch):
    """Make paths unreadable: chmod 000, and (since root reads anything) the calls that open them refuse too."""
    denied: set[str] = set()
    real_open, real_scandir, real_listdir, real_access = os.open, os.scandir, os.listdir, os.access

    def refuse(path):
        if os.fspath(path) in denied:
            raise PermissionError(13, "Permission denied", os.fspath(path))

    monkeypatch.setattr(os, "open", lambda path, *a, **k: refuse(path) or real_open(path, *a, **k))
    monkeypatch.setattr(os, "scandir", lambda path=".": refuse(path) or real_scandir(path))
    monkeypatch.setattr(os, "listdir", lambda path=".": refuse(path) or real_listdir(path))
    monkeypatch.setattr(os, "access", lambda path, mode, **k: os.fspath(path) not in denied and real_access(path, mode, **k))

    def add(path):
        denied.add(str(path))
        path.chmod(0)
        return path

    yield add
    for p in denied:
        os.chmod(p, 0o755)


def _check(*paths):
    result = CliRunner().invoke(cli, ["check", "--no-cache", "-j", "1", "--format", "json", *map(str, paths)])
    return result, json.loads(result.output) if result.output.startswith("{") else None


def _found(report):
    return [(os.path.relpath(d["path"], report["_base"]), d["code"], d["message"] if d["code"].startswith("F") else "") for d in report["diagnostics"]]


def test_an_unreadable_file_named_on_the_command_line_is_its_f001(tmp_path, deny):
    (tmp_path / "good.txt").write_text(WRONG_SUM, encoding="utf-8")
    bad = tmp_path / "x.txt"
    bad.write_text(WRONG_SUM, encoding="utf-8")
    deny(bad)
    result, report = _check(bad, tmp_path / "good.txt")
    assert result.exit_code == 1, result.output
    report["_base"] = str(tmp_path)
    assert _found(report) == [("x.txt", "F001", "permission denied"), ("good.txt", "S001", "")]


def test_an_unreadable_subfolder_is_reported_not_skipped(tmp_path, deny):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(WRONG_SUM, encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.txt").write_text(WRONG_SUM, encoding="utf-8")
    deny(sub)
    result, report = _check(tmp_path)
    assert result.exit_code == 1, result.output
    report["_base"] = str(tmp_path)
    assert _found(report) == [
        ("ok/a.txt", "S001", ""),
        ("sub", "F001", "cannot list this folder (Permission denied); the files in it were not checked"),
    ]


@pytest.mark.parametrize("value", ['""', '" "', '"ALL", ""'])
@pytest.mark.parametrize("key", ["ignore", "select", "extend-select"])
def test_an_empty_selector_is_a_configuration_error(tmp_path, key, value):
    (tmp_path / "factlint.toml").write_text(f"{key} = [{value}]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(WRONG_SUM, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--no-cache", str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert f"key `{key}`: an empty rule selector would match every rule; remove it" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xef\xbb\xbfselect = [\"ALL\"]\n", "starts with a UTF-8 byte-order mark, which TOML does not allow; save it as UTF-8 without BOM"),
        (b"a = " + b"[" * 5000 + b"]" * 5000 + b"\n", "invalid TOML: nested too deeply"),
        (b"# " + b"x" * (1 << 20) + b"\n", "over 1,048,576 bytes; not a configuration file"),
    ],
)
def test_hostile_configuration_files_are_configuration_errors(tmp_path, content, message):
    (tmp_path / "factlint.toml").write_bytes(content)
    (tmp_path / "a.txt").write_text(WRONG_SUM, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--no-cache", str(tmp_path / "a.txt")])
    assert (result.exit_code, result.stderr) == (2, f"factlint: configuration error: {tmp_path / 'factlint.toml'}: {message}\n")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_as_configuration_is_a_configuration_error(tmp_path):
    (tmp_path / "a.txt").write_text(WRONG_SUM, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--no-cache", "--config", "/dev/zero", str(tmp_path / "a.txt")])
    assert (result.exit_code, result.stderr) == (2, "factlint: configuration error: /dev/zero: not a regular file\n")


def test_markdown_deeper_than_the_nesting_limit_is_reported_not_skipped(tmp_path):
    quote = "> " * 25
    text = f"Đầu kỳ đạt 10%.\n\n{quote}Tỷ lệ 50%.\n{quote}dòng hai.\n\nCuối kỳ.\n"
    (tmp_path / "deep.md").write_text(text, encoding="utf-8")
    result, report = _check(tmp_path / "deep.md")
    [d] = report["diagnostics"]
    assert (d["code"], d["severity"], d["line"], d["end_line"]) == ("F004", "warning", 3, 4)
    assert d["message"] == "this text lies deeper than Markdown's nesting limit (20 levels of quotes and lists); it was not checked"
    assert result.exit_code == 1  # a warning fails the run by default: part of the file went unchecked


def test_shallow_markdown_and_link_references_are_not_reported(tmp_path):
    text = "> " * 5 + "Tỷ lệ 50%.\n\n- a\n  - b\n    - c\n\n[ref]:\n  https://example.org/x \"title\"\n[other]: https://example.org/y\n"
    (tmp_path / "ok.md").write_text(text, encoding="utf-8")
    result, report = _check(tmp_path / "ok.md")
    assert (result.exit_code, report["diagnostics"]) == (0, [])


def _docx_with_entity() -> bytes:
    import io
    import zipfile

    docx = pytest.importorskip("docx")
    plain = io.BytesIO()
    document = docx.Document()
    for line in ("Đầu kỳ có 12 xã.", "MIDDLE", "Cuối kỳ có 14 xã."):
        document.add_paragraph(line)
    document.save(plain)
    out = io.BytesIO()
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item)
            if item.filename == "word/document.xml":
                head = body.index(b"?>") + 2
                body = body[:head] + b'<!DOCTYPE w:document [<!ENTITY unit "xa">]>' + body[head:]
                body = body.replace(b"MIDDLE", "Giữa kỳ có &unit; 13 xã.".encode())
            dst.writestr(item.filename, body)
    return out.getvalue()


def test_a_docx_paragraph_with_an_entity_reference_is_reported(tmp_path):
    (tmp_path / "e.docx").write_bytes(_docx_with_entity())
    result, report = _check(tmp_path / "e.docx")
    [d] = report["diagnostics"]
    assert (d["code"], d["location"], d["line"]) == ("F004", "¶2", 2)
    assert d["message"] == "this paragraph holds an entity reference (&unit;) that is not expanded; its text from there on was not checked"


def test_an_unknown_encoding_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(WRONG_SUM, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--no-cache", "--encoding", "nosuch", str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert "Invalid value for '--encoding': unknown encoding 'nosuch'" in result.stderr

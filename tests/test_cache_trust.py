"""The cache can only save time: an entry not written by this user's factlint for this key is a miss,
--fix never applies a fix it did not compute in this run, and a planted cache folder is not used."""
from __future__ import annotations

import json
import os

from click.testing import CliRunner

from linter.run import cache as cache_module
from linter.run.cache import ResultCache, code_fingerprint, unusable
from linter.cli import cli
from linter.run.config import Config
from linter.run.engine import lint_paths
from linter.core.signing import secret

WRONG_SUM = "Huyện có 42 tổ chức, gồm 20 đảng bộ và 23 chi bộ.\n"
FIXABLE = "Kết quả: 49/53 chi bộ đạt 95,45%.\n"


def _entries(root):
    return sorted(root.rglob("*.json"))


def _one_entry(tmp_path, text=WRONG_SUM):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    store = ResultCache.for_config(Config(), tmp_path / "cache")
    [first] = lint_paths([str(path)], cache=store)
    [entry] = _entries(tmp_path / "cache")
    return path, store, first, entry


def test_a_hand_edited_entry_is_a_miss(tmp_path):
    path, store, first, entry = _one_entry(tmp_path)
    assert [d.code for d in first.diagnostics] == ["S001"]
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["diagnostics"] = []  # a failing file made to pass
    entry.write_text(json.dumps(data), encoding="utf-8")
    [again] = lint_paths([str(path)], cache=store)
    assert [d.code for d in again.diagnostics] == ["S001"]


def test_an_entry_signed_with_another_key_or_copied_to_another_key_is_a_miss(tmp_path, monkeypatch):
    path, store, first, entry = _one_entry(tmp_path)
    data = json.loads(entry.read_text(encoding="utf-8"))
    del data["cache_mac"]
    data["diagnostics"] = []
    monkeypatch.setenv("FACTLINT_CACHE_SECRET", "the attacker's key")
    secret.cache_clear()
    try:
        data["cache_mac"] = cache_module._mac(data.pop("cache_key"), {k: v for k, v in data.items() if k != "cache_format"})
    finally:
        monkeypatch.delenv("FACTLINT_CACHE_SECRET")
        secret.cache_clear()
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert [d.code for d in lint_paths([str(path)], cache=store)[0].diagnostics] == ["S001"]
    # a genuine clean entry of another file, put under this file's key
    clean = tmp_path / "clean.txt"
    clean.write_text("Không có số liệu.\n", encoding="utf-8")
    lint_paths([str(clean)], cache=store)
    [clean_entry] = [e for e in _entries(tmp_path / "cache") if e != entry]
    entry.write_bytes(clean_entry.read_bytes())
    assert [d.code for d in lint_paths([str(path)], cache=store)[0].diagnostics] == ["S001"]


def test_results_that_may_differ_next_time_are_not_stored(tmp_path, monkeypatch):
    from linter.claims import pipeline

    def broken(text, lang, tables=()):
        raise MemoryError

    monkeypatch.setattr(pipeline, "analyse_text", broken)
    path = tmp_path / "a.txt"
    path.write_text(WRONG_SUM, encoding="utf-8")
    [result] = lint_paths([str(path)], cache=ResultCache.for_config(Config(), tmp_path / "cache"))
    assert [d.code for d in result.diagnostics] == ["F002"]
    assert _entries(tmp_path / "cache") == []


def test_fix_applies_only_fixes_computed_in_this_run(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(FIXABLE, encoding="utf-8")
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    CliRunner().invoke(cli, ["check", "-j", "1", str(path)])
    [entry] = _entries(tmp_path / "cache")
    data = json.loads(entry.read_text(encoding="utf-8"))
    key = data.pop("cache_key")
    data.pop("cache_mac"), data.pop("cache_format")
    data["diagnostics"][0]["fix"] = {"span": {"start": 0, "end": 7}, "replacement": "PLANTED", "safe": True, "display_only": False}
    signed = {**data, "cache_key": key, "cache_format": cache_module.FORMAT, "cache_mac": cache_module._mac(key, data)}
    entry.write_text(json.dumps(signed, ensure_ascii=False), encoding="utf-8")  # as valid as an entry can be
    result = CliRunner().invoke(cli, ["check", "-j", "1", "--fix", str(path)])
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == "Kết quả: 49/53 chi bộ đạt 92,45%.\n"


def test_a_symlinked_cache_folder_is_not_used(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(WRONG_SUM, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "link").symlink_to(elsewhere)
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "link"))
    result = CliRunner().invoke(cli, ["check", "-j", "1", "--format", "concise", str(path)])
    assert result.exit_code == 1
    assert "S001" in result.stdout
    assert result.stderr == f"factlint: note: not using the cache folder {tmp_path / 'link'}: it is a symbolic link\n"
    assert list(elsewhere.iterdir()) == []
    assert unusable(tmp_path / "link") == "it is a symbolic link"
    assert unusable(tmp_path / "not yet") is None


def test_a_cache_folder_of_another_user_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "getuid", lambda: os.stat(tmp_path).st_uid + 1)
    assert unusable(tmp_path) == "it belongs to another user"


def test_readers_and_message_catalogs_are_part_of_the_code_fingerprint(monkeypatch):
    from pathlib import Path

    read: list[str] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.as_posix()) or original(self))
    code_fingerprint.cache_clear()
    try:
        code_fingerprint()
    finally:
        code_fingerprint.cache_clear()
    assert any(p.endswith("linter/readers/markdown.py") for p in read)
    assert any(p.endswith("linter/readers/base.py") for p in read)
    assert any(p.endswith("/LC_MESSAGES/factlint.mo") for p in read)

"""The store of compiled patterns (linter.core.lazyre): what it gives back is what re.compile gives."""
from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linter.core import lazyre
from linter.run.engine import lint_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PATTERNS = [
    (r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})", 0),
    (r"tỷ lệ|tỉ lệ|(?i:share)", re.I),
    (r"(?<!\w)(?:và|and)(?!\w)\s*$", re.M | re.S),
    (r"(?P<n>\d+)\s*(?P=n)", 0),
    (r"(?x) (\d+) \s* % # a share", 0),
    (r"[^\W\d_]+(?:[.'’][^\W\d_]+)*", 0),
]


def _open(folder: Path) -> lazyre.PatternStore:
    store = lazyre.PatternStore.open(str(folder))
    if store is None:
        pytest.skip("this interpreter's re has no _sre programs to keep")
    return store


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)


def _matches(rx: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)]


def test_a_saved_store_gives_back_the_patterns_re_compiles(tmp_path):
    store = _open(tmp_path)
    first = [store.compile(p, int(f)) for p, f in PATTERNS]
    assert store.added
    store.save()
    again = _open(tmp_path)
    assert set(again.entries) == {(p, int(f)) for p, f in PATTERNS}
    for (p, f), made in zip(PATTERNS, first):
        rebuilt, real = again.compile(p, int(f)), re.compile(p, f)
        _same(made, real)
        _same(rebuilt, real)
        assert _matches(rebuilt, "12/05/2024 và 7 7 % Tỷ lệ SHARE o'clock 35 %") == _matches(real, "12/05/2024 và 7 7 % Tỷ lệ SHARE o'clock 35 %")
    assert not again.added  # every pattern was found: nothing to write


@given(st.text(alphabet="0123456789/ %,.và nd\nTỷlệỉ'’xyz", max_size=80))
def test_rebuilt_patterns_match_as_compiled_ones_on_any_text(text):
    store = lazyre.PatternStore.get()
    if store is None:
        return
    for p, f in PATTERNS:
        assert _matches(store.compile(p, int(f)), text) == _matches(re.compile(p, f), text)


def test_every_pattern_factlint_keeps_is_the_pattern_re_compiles():
    store = lazyre.PatternStore.get()
    if store is None:
        pytest.skip("this interpreter's re has no _sre programs to keep")
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for text in texts:
        lint_text(text)
    assert len(store.entries) >= 100  # factlint's own patterns went through the store
    sample = "\n".join(texts)
    for (pattern, flags) in list(store.entries):
        rebuilt, real = store.compile(pattern, flags), re.compile(pattern, flags)
        _same(rebuilt, real)
        assert _matches(rebuilt, sample) == _matches(real, sample), pattern


def test_a_damaged_store_is_ignored_and_a_damaged_entry_compiled_afresh(tmp_path):
    store = _open(tmp_path)
    Path(store.path).write_bytes(b"\x00not marshal at all")
    assert _open(tmp_path).entries == {}
    Path(store.path).write_bytes(marshal.dumps(["a list, not a dict"]))
    assert _open(tmp_path).entries == {}

    pattern = r"(?P<a>\d+)-(?P<b>\d+)"
    store.compile(pattern, 0)
    flags, code, groups, groupindex, indexgroup = store.entries[(pattern, 0)]
    store.entries[(pattern, 0)] = (flags, code[: len(code) // 2], groups, groupindex, indexgroup)  # a program cut short
    store.entries[("x", 0)] = (0, b"", 0, {}, ())  # an empty program
    store.added = True
    store.save()
    damaged = _open(tmp_path)
    rx = damaged.compile(pattern, 0)
    assert rx.fullmatch("12-34").groupdict() == {"a": "12", "b": "34"}
    assert damaged.entries[(pattern, 0)] != (flags, code[: len(code) // 2], groups, groupindex, indexgroup)  # replaced
    assert damaged.compile("x", 0).fullmatch("x")


def test_the_store_is_written_back_only_when_python_writes_bytecode(monkeypatch):
    import atexit
    import sys

    registered = []
    monkeypatch.setattr(atexit, "register", registered.append)
    for dont_write in (True, False):
        monkeypatch.setattr(sys, "dont_write_bytecode", dont_write)
        monkeypatch.setattr(lazyre.PatternStore, "_tried", False)
        monkeypatch.setattr(lazyre.PatternStore, "_instance", None)
        store = lazyre.PatternStore.get()
        if store is None:
            pytest.skip("this interpreter's re has no _sre programs to keep")
        from linter.core.cachedir import cache_folder

        assert Path(store.path).parent == cache_folder()  # the user's cache, never the installed package
        assert Path(lazyre.__file__).parent not in Path(store.path).parents
        assert registered == ([] if dont_write else [store.save])


def test_an_unwritable_store_is_left_alone(tmp_path):
    store = _open(tmp_path / "missing")
    store.path = str(tmp_path / "file-not-folder" / "patterns.marshal")
    (tmp_path / "file-not-folder").write_text("x")
    store.compile(r"\d+", 0)
    store.save()  # no exception: the next run compiles again
    assert store.added and not list(tmp_path.glob("**/*.tmp"))


@pytest.mark.skipif(not hasattr(__import__("os"), "getuid"), reason="no file owners and modes here")
def test_a_store_others_may_write_to_is_not_read(tmp_path):
    import os

    folder = tmp_path / "cache"
    store = _open(folder)
    store.compile(r"(?P<n>\d+)%", 0)
    store.save()
    assert os.stat(store.path).st_mode & 0o777 == 0o600  # the user's own
    assert _open(folder).entries  # read back
    os.chmod(store.path, 0o666)
    assert _open(folder).entries == {}  # anyone could have written it: compiled afresh
    os.chmod(store.path, 0o600)
    os.chmod(folder, 0o777)
    assert _open(folder).entries == {}  # nor from a folder anyone may write to

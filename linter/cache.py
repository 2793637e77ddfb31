"""A cache of lint results keyed by what decides them: factlint's code, the settings and the file.

The key hashes the file's bytes, not its modification time, so a fresh CI checkout hits the
cache too. Entries are JSON (never pickle: a cache folder is not trusted code); an entry that
cannot be read back is ignored and written again, so the cache can only save time, never change
a result. A clean file's entry stores no text: only code frames of findings need it.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import types
import typing
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from linter import __version__
from linter.config import Config
from linter.model import FileResult
from linter.record import record

CACHE_DIR_NAME = ".factlint_cache"
FORMAT = "1"  # bump when the entry layout changes


def default_root(config: Config) -> Path:
    """`.factlint_cache/` next to the configuration file, or in the working directory."""
    base = Path(config.source).resolve().parent if config.source else Path.cwd()
    return base / CACHE_DIR_NAME


def config_fingerprint(config: Config) -> str:
    """A stable hash of the settings that can change a file's result (not where they came from)."""
    values = {f.name: getattr(config, f.name) for f in dataclasses.fields(config) if f.name != "source"}
    text = json.dumps(values, sort_keys=True, default=repr, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """factlint's version, its source and the loaded rules: an edited rule must not reuse old results."""
    import linter
    import linter.rules
    from linter.registry import load_rules

    digest = hashlib.sha256(__version__.encode())
    for package in (linter, linter.rules):
        for src in sorted(Path(package.__file__).parent.glob("*.py")):
            digest.update(src.name.encode() + b"\0" + src.read_bytes())
    for r in load_rules():
        digest.update(f"{r.code}\0{r.name}\0{r.func.__module__}\n".encode())
    return digest.hexdigest()


@record
class ResultCache:
    root: Path
    namespace: str  # code and settings fingerprint: one folder per combination

    @classmethod
    def for_config(cls, config: Config, root: Path | None = None) -> ResultCache:
        space = hashlib.sha256((code_fingerprint() + config_fingerprint(config)).encode()).hexdigest()[:24]
        return cls(root=Path(root) if root else default_root(config), namespace=space)

    def lint(self, path: str, config: Config, lint_file: Callable[[str, Config], FileResult]) -> FileResult:
        """`lint_file(path, config)`, or its stored result when this file's bytes were seen before."""
        key = self._key(path, config)
        if key is None:
            return lint_file(path, config)
        hit = self.get(key)
        if hit is not None:
            return hit
        result = lint_file(path, config)
        self.put(key, result)
        return result

    def _key(self, path: str, config: Config) -> str | None:
        from linter.readers import ReadError, read_bytes

        try:
            data = read_bytes(path, config)  # a regular file within the size limit, or no key
        except ReadError:
            return None  # unreadable: lint_file says why, nothing to cache
        return hashlib.sha256(path.encode("utf-8", "surrogateescape") + b"\0" + data).hexdigest()

    def _entry(self, key: str) -> Path:
        return self.root / self.namespace / key[:2] / f"{key}.json"

    def get(self, key: str) -> FileResult | None:
        try:
            data = json.loads(self._entry(key).read_text(encoding="utf-8"))
            return _decode(FileResult, data)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None  # missing or corrupt: recompute and rewrite

    def put(self, key: str, result: FileResult) -> None:
        # the claim behind a finding is working state of this run, not part of the result
        diags = tuple(dataclasses.replace(d, claim=None) for d in result.diagnostics)
        result = dataclasses.replace(result, diagnostics=diags, text=result.text if diags else None)
        entry = self._entry(key)
        tmp = None
        try:
            payload = json.dumps(_encode(result), ensure_ascii=False)
            self._prepare()
            entry.parent.mkdir(parents=True, exist_ok=True)
            tmp = str(entry.with_name(f".tmp-{os.getpid()}-{entry.name}"))  # one writer per process and entry
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(payload)
            os.replace(tmp, entry)
        except (OSError, TypeError, ValueError):
            if tmp and os.path.exists(tmp):
                os.unlink(tmp)
            return  # a read-only checkout, a full disk, a value JSON cannot hold: run uncached rather than fail

    def _prepare(self) -> None:
        if not (self.root / ".gitignore").exists():
            self.root.mkdir(parents=True, exist_ok=True)
            (self.root / ".gitignore").write_text("# created by factlint\n*\n", encoding="utf-8")


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    return value


def _decode(tp: Any, data: Any) -> Any:
    """Rebuild a value of type `tp` from `_encode` output; raises TypeError on a shape mismatch."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        return _decode(next(a for a in typing.get_args(tp) if a is not type(None)), data)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in data)
        return tuple(_decode(a, v) for a, v in zip(args, data, strict=True))
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        return tp(**{name: _decode(hints[name], v) for name, v in data.items()})
    if isinstance(tp, type) and issubclass(tp, (Enum, Decimal)):
        return tp(data)
    if tp in (str, int, bool, float) and not isinstance(data, tp):
        raise TypeError(f"expected {tp.__name__}, got {type(data).__name__}")
    return data


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)

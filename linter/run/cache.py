"""A cache of lint results keyed by what decides them: factlint's code, the settings and the file.

The key hashes the file's bytes, not its modification time, so a fresh CI checkout hits the
cache too. Entries are JSON (never pickle: a cache folder is not trusted code); an entry that
cannot be read back, names another key or format, or does not fit the result's schema and its
own text is a miss, computed and written again. Each entry carries an HMAC made with a private
key of the user (`$XDG_CACHE_HOME/factlint/secret`, or FACTLINT_CACHE_SECRET), so an entry
written or edited by anyone else (a restored CI cache, a committed file) is a miss too. A clean file's entry stores no text: only code
frames of findings need it. `--fix` never uses the cache (a fix is applied only when this run
computed it), and a cache folder that is a symbolic link or belongs to another user is not used.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import hmac
import os
import stat
import types
import typing
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from linter.core import __version__
from linter.core.signing import secret, sign
from linter.run.config import Config
from linter.core.model import FileResult
from linter.core.record import record

CACHE_DIR_NAME = ".factlint_cache"
FORMAT = "2"  # bump when the entry layout changes


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
    """factlint's version, its source (readers and message catalogs included), the versions of the
    libraries that read documents, and the loaded rules: an edit to any must not reuse old results."""
    import linter.rules
    from linter.run.discovery import load_rules

    digest = hashlib.sha256(__version__.encode())
    engine = Path(__file__).resolve().parent.parent  # linter/, every package of it
    sources = [*engine.glob("**/*.py"), *engine.glob("lang/locale/*/LC_MESSAGES/*.mo")]
    sources += Path(linter.rules.__file__).parent.glob("*.py")
    for src in sorted(sources):
        digest.update(str(src.relative_to(src.parent.parent)).encode() + b"\0" + src.read_bytes())
    for library in ("python-docx", "pypdf", "markdown-it-py", "lxml"):
        digest.update(f"{library}\0{_version(library)}\n".encode())
    for r in load_rules():
        digest.update(f"{r.code}\0{r.name}\0{r.func.__module__}\n".encode())
    return digest.hexdigest()


def _version(library: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return "-"


def unusable(root: Path) -> str | None:
    """Why the cache folder `root` must not be used (a symbolic link, another user's, no key), or None."""
    try:
        info = os.lstat(root)
    except FileNotFoundError:
        info = None  # created on first write
    except OSError as exc:
        return f"cannot inspect it ({exc.strerror or exc})"
    if info is not None and stat.S_ISLNK(info.st_mode):
        return "it is a symbolic link"
    if info is not None and hasattr(os, "getuid") and info.st_uid != os.getuid():
        return "it belongs to another user"
    return None if secret() is not None else "no private cache key could be made ($XDG_CACHE_HOME/factlint/secret)"


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
        if hit is not None and hit.path == path:
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
            mac = data.pop("cache_mac")
            if data.pop("cache_key") != key or data.pop("cache_format") != FORMAT or not hmac.compare_digest(mac, _mac(key, data)):
                return None  # written by someone else, copied from another file's entry, or an older layout
            result = _decode(FileResult, data)
        except Exception:  # missing, corrupt or of another shape: recompute and rewrite
            return None
        return result if _consistent(result) else None

    def put(self, key: str, result: FileResult) -> None:
        if any(d.code in UNCACHED for d in result.diagnostics):
            return  # a crash or a time-budget stop may not happen next time
        # the claim behind a finding is working state of this run, not part of the result
        diags = tuple(dataclasses.replace(d, claim=None) for d in result.diagnostics)
        result = dataclasses.replace(result, diagnostics=diags, text=result.text if diags else None)
        entry = self._entry(key)
        tmp = None
        try:
            body = _encode(result)
            payload = json.dumps({**body, "cache_key": key, "cache_format": FORMAT, "cache_mac": _mac(key, body)}, ensure_ascii=False)
            self._prepare()
            if any(os.path.islink(p) for p in (self.root / self.namespace, entry.parent)):
                return  # never write through a link planted inside the cache
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


UNCACHED = ("F002", "F005")


def _mac(key: str, body: Any) -> str:
    text = json.dumps(body, sort_keys=True, ensure_ascii=False)
    mac = sign(f"{FORMAT}\0{key}\0{text}")
    if mac is None:
        raise ValueError("no private key for the cache")  # get: a miss; put: nothing written
    return mac


def _consistent(result: FileResult) -> bool:
    """A decoded entry that could be a result of this file: its findings inside its text, of its path."""
    size = len(result.text) if result.text is not None else 0  # a result without text: findings at 0 only (F001)
    for d in result.diagnostics:
        spans = [d.span, *(n.span for n in d.notes), *([d.fix.span] if d.fix else [])]
        if d.path != result.path or any(not 0 <= s.start <= s.end <= size for s in spans):
            return False
    return result.claims_checked >= 0


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

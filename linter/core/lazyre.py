"""factlint's regular expressions: compiled when first used, and compiled once per Python build.

Compiling costs about 0.3 ms a pattern in CPython, and factlint has some 130: a third of a cold
start, which for a pre-commit run of one file is most of the run. Two things cut it:

- `compile()` returns a stand-in that compiles on its first method call and then keeps the
  compiled pattern's bound methods as its own attributes, so a short document pays only for the
  patterns it needs, and later calls cost what calls on a compiled pattern cost.
- `eager()` and the stand-ins take the compiled program from a store kept in the user's cache
  folder (`$XDG_CACHE_HOME/factlint/`, as the unit table), never in the installed package, which
  may be read-only or shared by several interpreters: CPython's `re` turns a pattern into a list
  of opcodes for the `_sre` engine, and that list is what is stored, keyed by the pattern and its
  flags, in a file named for the exact interpreter build and `_sre.MAGIC`. A hit hands the stored
  opcodes to `_sre.compile`, the call `re` itself ends with, which validates them. This is the
  one private interface factlint uses: no public one keeps a compiled pattern between runs, and
  compiling them all again makes a cold check of one file about 1.3x slower (measured with
  `bench/run.py`; the README has the figures). The store is written at exit only when a pattern
  was missing, only when Python writes bytecode (not under `PYTHONDONTWRITEBYTECODE`),
  atomically, readable by the user only; it is read as plain data (marshal of strings, ints,
  bytes, dicts and tuples), and only from a file and folder the user owns that no one else may
  write to, the trust Python gives its own `.pyc` files (a signature would need `hmac`, whose
  import costs more than the store saves). If anything about it is off (another interpreter, a
  damaged, foreign or unwritable file, a missing internal), patterns are compiled by
  `re.compile` as usual: the store can save time, never change a pattern.
"""
from __future__ import annotations

import re
import sys
from typing import Any, Callable

_MAX_ENTRIES = 2000  # factlint's own patterns are ~150; a bound in case a caller builds them from data


class LazyPattern:
    """A pattern compiled on first use; its text may be a function that writes it then (a pattern
    made of a language pack's words is written once the packs a run reads are registered)."""

    def __init__(self, pattern: str | Callable[[], str], flags: int = 0) -> None:
        self._source = (pattern, flags)
        if callable(pattern):
            _WRITTEN.append(self)

    def __getattr__(self, name: str) -> Any:  # only called for names not yet set on the instance
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            pattern, flags = self._source
            compiled = self.__dict__["_compiled"] = eager(pattern() if callable(pattern) else pattern, flags)
        value = getattr(compiled, name)
        self.__dict__[name] = value  # the next lookup finds it directly
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r}, {self._source[1]!r})"


def compile(pattern: str | Callable[[], str], flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    return LazyPattern(pattern, flags)


_WRITTEN: list[LazyPattern] = []  # the patterns whose text a function writes


def rewrite() -> None:
    """Let every pattern written by a function be written again at its next use (a language pack
    was registered: its words join the patterns made of every pack's words)."""
    for p in _WRITTEN:
        p.__dict__ = {"_source": p._source}


def eager(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the store of compiled programs when it has the pattern;
    a pattern asked for again in this process is the one made the first time (as `re` keeps its
    own: a pattern built inside a function, once per sentence, was rebuilt every time)."""
    key = (pattern, int(flags))
    made = _MADE.get(key)
    if made is None:
        store = PatternStore.get()
        made = re.compile(pattern, flags) if store is None else store.compile(pattern, key[1])
        if len(_MADE) < _MAX_ENTRIES:
            _MADE[key] = made
    return made


_MADE: dict[tuple[str, int], re.Pattern[str]] = {}


class PatternStore:
    """Compiled `_sre` programs of this interpreter build, loaded once, saved at exit when grown."""

    _instance: PatternStore | None = None
    _tried = False

    def __init__(self, path: str, entries: dict, internals: tuple) -> None:
        self.path, self.entries, self.added = path, entries, False
        self._sre, self._parse, self._code = internals

    @classmethod
    def get(cls) -> PatternStore | None:
        """The store in the user's cache folder, written back at exit when Python writes bytecode."""
        if not cls._tried:
            from linter.core.cachedir import cache_folder

            cls._tried = True
            folder = cache_folder()
            cls._instance = None if folder is None else cls.open(str(folder))
            if cls._instance is not None and not sys.dont_write_bytecode:
                import atexit

                atexit.register(cls._instance.save)
        return cls._instance

    @classmethod
    def open(cls, folder: str) -> PatternStore | None:
        """The store in `folder` for this interpreter build; None where CPython's internals are not as expected."""
        import os

        try:
            import _sre
            from re import _compiler, _parser  # type: ignore[attr-defined]

            internals = (_sre.compile, _parser.parse, _compiler._code)
            magic = _sre.MAGIC
        except (ImportError, AttributeError):
            return None  # not CPython, or its internals moved: plain re.compile
        if sys.implementation.name != "cpython":
            return None
        path = os.path.join(folder, f"patterns.{sys.implementation.cache_tag}-{sys.hexversion:x}-{magic}.marshal")
        return cls(path, _read(path), internals)

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        key = (pattern, flags)
        entry = self.entries.get(key)
        if entry is not None:
            compiled = self._rebuild(pattern, flags, entry)
            if compiled is not None:
                return compiled
            del self.entries[key]
        compiled, entry = self._build(pattern, flags)
        if entry is not None and len(self.entries) < _MAX_ENTRIES:
            self.entries[key] = entry
            self.added = True
        return compiled

    def _build(self, pattern: str, flags: int) -> tuple[re.Pattern[str], tuple | None]:
        """Compile as `re._compiler.compile` does, keeping the program; any surprise gives up keeping it."""
        try:
            from array import array

            parsed = self._parse(pattern, flags)
            code = self._code(parsed, flags)
            groupindex = dict(parsed.state.groupdict)
            indexgroup = [None] * parsed.state.groups
            for name, index in groupindex.items():
                indexgroup[index] = name
            entry = (int(flags | parsed.state.flags), array("I", code).tobytes(), parsed.state.groups - 1, groupindex, tuple(indexgroup))
            compiled = self._rebuild(pattern, flags, entry)
        except Exception:  # noqa: BLE001 - an internal changed shape: the store is an optimisation only
            compiled, entry = None, None
        if compiled is None:
            return re.compile(pattern, flags), None
        return compiled, entry

    def _rebuild(self, pattern: str, flags: int, entry: tuple) -> re.Pattern[str] | None:
        try:
            from array import array

            final_flags, code, groups, groupindex, indexgroup = entry
            compiled = self._sre(pattern, final_flags, array("I", code).tolist(), groups, groupindex, indexgroup)
        except Exception:  # noqa: BLE001 - a damaged entry: compile the pattern afresh
            return None
        if compiled.pattern != pattern or compiled.groups != groups or compiled.flags != final_flags or (flags & ~final_flags):
            return None
        return compiled

    def save(self) -> None:
        if not self.added:
            return
        import marshal
        import os

        tmp = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), mode=0o700, exist_ok=True)
            with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600), "wb") as fh:
                fh.write(marshal.dumps(self.entries))
            os.replace(tmp, self.path)
            self.added = False
        except (OSError, ValueError):  # read-only install, full disk: next time compiles again
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _read(path: str) -> dict:
    import marshal
    import os

    try:
        with open(path, "rb") as fh:
            if not (_private(os.fstat(fh.fileno())) and _private(os.stat(os.path.dirname(path)))):
                return {}  # a file someone else could have written: compile afresh (and replace it)
            data = marshal.loads(fh.read())  # one read: marshal.load on a file reads it piecemeal
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if _well_formed(k, v)}


def _private(st: object) -> bool:
    """Owned by this user and writable by no one else (where the system has users and modes)."""
    import os

    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return True  # Windows: the cache folder is in the user's own profile
    return st.st_uid == getuid() and not st.st_mode & 0o022  # type: ignore[attr-defined]


def _well_formed(key: object, entry: object) -> bool:
    return (
        isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str) and isinstance(key[1], int)
        and isinstance(entry, tuple) and len(entry) == 5 and isinstance(entry[0], int) and isinstance(entry[1], bytes)
        and isinstance(entry[2], int) and isinstance(entry[3], dict) and isinstance(entry[4], tuple)
    )

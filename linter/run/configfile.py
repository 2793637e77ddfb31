"""Configuration files: `[tool.factlint]` in pyproject.toml, `factlint.toml` or `.factlint.toml`.

A file is configured by the nearest such file above it (ruff's model, so a folder of drafts can
carry its own settings). Every key is validated strictly: a typo in a newsroom's config must stop
the run (exit 2) with the file, the key and what is allowed, never be silently ignored.
"""
from __future__ import annotations

import os
import re
import stat
import sys
import typing
from dataclasses import replace
from decimal import Decimal
from typing import Any

from linter.run.config import Config
from linter.core.model import Severity

# Searched in this order in each folder; the first that configures factlint wins.
CONFIG_NAMES = (".factlint.toml", "factlint.toml", "pyproject.toml")


def _languages() -> tuple[str, ...]:
    """The languages a locale setting may name: those of the language packs."""
    from linter.lang.packs import available

    return available()


class ConfigError(Exception):
    """An invalid configuration; the message names the file and the key."""


def _toml():  # noqa: ANN202 - tomllib or tomli, same API
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    return tomllib


# Where a pyproject.toml can define tool.factlint: a [tool.factlint…] header, a bare [tool] table
# (with dotted keys under it), or a top-level dotted key or inline table "tool. …" / "tool = {…}".
# A file with none of them has no factlint settings, and is not parsed: importing a TOML parser
# costs a tenth of a cold check.
_TOOL_FACTLINT = re.compile(
    rb"""(?m)^[ \t]*\[[ \t]*["']?tool["']?[ \t]*(?:\.[ \t]*["']?factlint\b|\])|^[ \t]*["']?tool["']?[ \t]*[.=]"""
)


def read_table(path: str) -> dict[str, Any] | None:
    """The factlint settings in `path`; None for a pyproject.toml without `[tool.factlint]`."""
    pyproject = os.path.basename(path) == "pyproject.toml"
    try:
        raw = _config_bytes(path)
        if pyproject and not _TOOL_FACTLINT.search(raw):
            return None
        if raw.startswith(b"\xef\xbb\xbf"):
            raise ConfigError(f"{path}: starts with a UTF-8 byte-order mark, which TOML does not allow; save it as UTF-8 without BOM")
        data = _toml().loads(raw.decode("utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:  # tomllib.TOMLDecodeError
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    if pyproject:
        tool = data.get("tool", {})
        return tool.get("factlint") if isinstance(tool, dict) and "factlint" in tool else None
    return data


MAX_CONFIG_SIZE = 1 << 20


def _config_bytes(path: str) -> bytes:
    """A configuration file's bytes: a regular file of at most a megabyte (never /dev/zero or a FIFO)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise ConfigError(f"{path}: not a regular file")
        raw = fh.read(MAX_CONFIG_SIZE + 1)
    if len(raw) > MAX_CONFIG_SIZE:
        raise ConfigError(f"{path}: over {MAX_CONFIG_SIZE:,} bytes; not a configuration file")
    return raw


def find_config_file(directory: str) -> tuple[str, dict[str, Any]] | None:
    """The nearest configuration at or above `directory`, with its table."""
    directory = os.path.abspath(directory)
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(directory, name)
            if os.path.isfile(candidate):
                table = read_table(candidate)
                if table is not None:
                    return candidate, table
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def _fail(source: str, key: str, problem: str) -> ConfigError:
    return ConfigError(f"{source}: key `{key}`: {problem}")


def _strings(source: str, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(source, key, f"expected a list of strings, got {value!r}")
    return tuple(value)


def _selectors(source: str, key: str, value: Any) -> tuple[str, ...]:
    from linter.run.config import ENGINE_CODES, known_selector
    from linter.run.discovery import load_rules

    items = _strings(source, key, value)
    for s in items:
        if not s.strip():  # it would be a prefix of every code: `ignore = [""]` turned every rule off
            raise _fail(source, key, "an empty rule selector would match every rule; remove it")
        if not known_selector(s):
            known = ", ".join([f"{r.code} ({r.name})" for r in load_rules()] + [f"{c} ({n})" for c, (n, _) in ENGINE_CODES.items()])
            raise _fail(source, key, f"unknown rule selector {s!r}; allowed: ALL, a code, a code prefix or a rule name: {known}")
    return items


def _choice(source: str, key: str, value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise _fail(source, key, f"expected one of {', '.join(repr(a) for a in allowed)}, got {value!r}")
    return value


def _table(source: str, key: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(source, key, f"expected a table, got {value!r}")
    return value


def _per_file_ignores(source: str, key: str, value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((glob, _selectors(source, f"{key}.{glob}", codes)) for glob, codes in _table(source, key, value).items())


def _per_file_locale(source: str, key: str, value: Any) -> tuple[tuple[str, str], ...]:
    return tuple((glob, _choice(source, f"{key}.{glob}", loc, _languages())) for glob, loc in _table(source, key, value).items())


def _size(source: str, key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise _fail(source, key, f"expected a positive integer (bytes), got {value!r}")
    return value


def _seconds(source: str, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 10**9:
        raise _fail(source, key, f"expected a positive number of seconds, got {value!r}")
    return float(value)


_KEYS: dict[str, tuple[str, Any]] = {
    "select": ("select", _selectors),
    "ignore": ("ignore", _selectors),
    "extend-select": ("extend_select", _selectors),
    "per-file-ignores": ("per_file_ignores", _per_file_ignores),
    "locale": ("locale", lambda s, k, v: _choice(s, k, v, _languages())),
    "message-language": ("message_language", lambda s, k, v: _choice(s, k, v, _languages())),
    "per-file-locale": ("per_file_locale", _per_file_locale),
    "exclude": ("exclude", _strings),
    "extend-exclude": ("extend_exclude", _strings),
    "fail-on": ("fail_on", lambda s, k, v: Severity(_choice(s, k, v, ("error", "warning")))),
    "max-file-size": ("max_file_size", _size),
    "time-budget": ("time_budget", _seconds),
}


def parse_table(table: dict[str, Any], source: str, base: Config = Config()) -> Config:
    """A Config from a factlint table; `base` supplies what the table leaves out."""
    changes: dict[str, Any] = {"source": source}
    for key, value in table.items():
        if key == "rules":
            changes["rule_options"] = _rule_options(source, _table(source, key, value))
            continue
        if key not in _KEYS:
            allowed = ", ".join(sorted([*_KEYS, "rules"]))
            raise _fail(source, key, f"unknown key; allowed keys: {allowed}")
        field, convert = _KEYS[key]
        changes[field] = convert(source, key, value)
    return replace(base, **changes)


def _rule_options(source: str, table: dict[str, Any]) -> tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]:
    from linter.run.discovery import find_rule
    from linter.judge.registry import with_options

    out = []
    for selector, values in table.items():
        key = f"rules.{selector}"
        rule = find_rule(selector)
        if rule is None:
            raise _fail(source, key, "no such rule; use a rule code (P001) or name (percent-of-total) from `factlint rules`")
        values = _table(source, key, values)
        try:
            with_options(rule, values)
        except ValueError as exc:
            raise _fail(source, key, str(exc)) from None
        checked = tuple((name, _option_value(source, f"{key}.{name}", rule.options, name, v)) for name, v in values.items())
        out.append((rule.code, checked))
    return tuple(out)


def _option_value(source: str, key: str, defaults: Any, name: str, value: Any) -> Any:
    field = name.replace("-", "_")
    try:
        hint = typing.get_type_hints(type(defaults)).get(field)
    except NameError:  # an annotation naming something the rule module did not import at runtime
        hint = None
    return _typed(source, key, hint or type(getattr(defaults, field)), value)


def _typed(source: str, key: str, hint: Any, value: Any) -> Any:
    """`value` checked against an option's annotation: Literal choices, bool, int, str, Decimal, tuples."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Literal:
        return _choice(source, key, value, tuple(args))
    if origin is tuple and isinstance(value, list):
        return tuple(_typed(source, key, args[0], v) for v in value)
    if hint is Decimal and isinstance(value, (int, float, str)) and not isinstance(value, bool):
        return Decimal(str(value))
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(hint, type) and isinstance(value, hint) and not (isinstance(value, bool) and hint is not bool):
        return value
    raise _fail(source, key, f"expected {getattr(hint, '__name__', hint)}, got {value!r}")


class Resolver:
    """Finds the Config for each path: an explicit file, none (isolated), or the nearest one.

    Lookups are cached per folder, and a file's settings come from the configuration found for it.
    `overrides` (from the command line) are applied on top of whichever file applies.
    """

    def __init__(self, overrides: dict[str, Any], config_file: str | None = None, isolated: bool = False) -> None:
        self.overrides = overrides
        self.isolated = isolated
        self._by_dir: dict[str, Config] = {}
        self._explicit = None
        if config_file:
            table = read_table(config_file)
            if table is None:
                raise ConfigError(f"{config_file}: no [tool.factlint] table")
            self._explicit = self._finish(parse_table(table, config_file))

    def _finish(self, config: Config) -> Config:
        """Command-line values win; --select also drops extend-select, --ignore adds to ignore."""
        changes = {k: v for k, v in self.overrides.items() if v not in (None, ()) and k != "ignore"}
        if "select" in changes:
            changes["extend_select"] = ()
        changes["ignore"] = config.ignore + tuple(self.overrides.get("ignore", ()))
        return replace(config, **changes)

    def for_path(self, path: str) -> Config:
        if self._explicit is not None:
            return self._explicit
        if self.isolated:
            return self._finish(Config())
        directory = os.path.abspath(path if os.path.isdir(path) else os.path.dirname(path) or ".")
        if path == "-":
            directory = os.getcwd()
        if directory not in self._by_dir:
            found = find_config_file(directory)
            self._by_dir[directory] = self._finish(parse_table(found[1], found[0]) if found else Config())
        return self._by_dir[directory]


def describe(config: Config) -> str:
    """The settings `config` holds, one `key = value` a line (TOML spelling), and the rules that run: --show-settings."""
    import json
    from dataclasses import fields

    from linter.run.config import active_rules

    lines = [f"  configuration file: {config.source or 'none (defaults)'}"]
    for field in fields(config):
        if field.name == "source":
            continue
        value = getattr(config, field.name)
        value = value.value if isinstance(value, Severity) else [list(v) if isinstance(v, tuple) else v for v in value] if isinstance(value, tuple) else value
        lines.append(f"  {field.name.replace('_', '-')} = {json.dumps(value, ensure_ascii=False, default=str)}")
    lines.append(f"  rules that run: {', '.join(r.code for r in active_rules(config)) or 'none'}")
    return "\n".join(lines) + "\n"

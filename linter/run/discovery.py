"""Rule discovery: the built-in rules (`linter.rules`) and those of installed plugins.

Plugins register through the `factlint.rules` entry-point group; a plugin that fails to load is
logged and skipped, never the end of a run.
"""
from __future__ import annotations

import importlib
from typing import Iterable

from linter.judge.registry import Rule


def _warn(message: str, *args: object) -> None:
    import logging  # only when there is something to say: a cold start does without it

    logging.getLogger("factlint").warning(message, *args)


_RULES: tuple[Rule, ...] | None = None


def load_rules() -> tuple[Rule, ...]:
    """Built-in rules plus those of installed plugins; a plugin that fails to load is logged and skipped."""
    global _RULES
    if _RULES is not None:
        return _RULES
    from linter.rules import BUILTIN

    found: list[Rule] = []
    for modname in BUILTIN:
        mod = importlib.import_module(f"linter.rules.{modname}")
        found.extend(v for v in vars(mod).values() if isinstance(v, Rule))
    found.extend(_plugin_rules())
    codes: dict[str, Rule] = {}
    for r in found:
        if r.code in codes and codes[r.code] is not r:
            _warn("rule code %s is defined twice (%s, %s); keeping the first", r.code, codes[r.code].name, r.name)
            continue
        codes[r.code] = r
    _RULES = tuple(sorted(codes.values(), key=lambda r: r.code))
    return _RULES


GROUP = "factlint.rules"


def _may_have_plugins(paths: Iterable[str]) -> bool:
    """Whether an installed distribution may declare the `factlint.rules` entry-point group.

    A quick look at the `entry_points.txt` of each `*.dist-info` / `*.egg-info` folder on the
    path, so the cost of importing `importlib.metadata` (a fifth of a cold start) is only paid
    when a plugin is installed. A path entry that is not a plain folder (a zip) always says yes.
    """
    import os

    for entry in paths:
        folder = entry or "."
        if not os.path.isdir(folder):
            if os.path.exists(folder):
                return True
            continue
        try:
            names = [n for n in os.listdir(folder) if n.endswith((".dist-info", ".egg-info"))]
        except OSError:
            return True
        for name in names:
            try:
                with open(os.path.join(folder, name, "entry_points.txt"), "rb") as fh:
                    if GROUP.encode() in fh.read():
                        return True
            except OSError:
                continue
    return False


def _plugin_rules() -> list[Rule]:
    import sys

    if not _may_have_plugins(sys.path):
        return []
    from importlib.metadata import entry_points

    out: list[Rule] = []
    for ep in entry_points(group=GROUP):
        try:
            obj = ep.load()
        except Exception as exc:  # a broken plugin must not break the linter
            _warn("factlint plugin %s failed to load: %s", ep.name, exc)
            continue
        items = obj if isinstance(obj, (list, tuple)) else [obj]
        out.extend(r for r in items if isinstance(r, Rule))
    return out


def find_rule(selector: str) -> Rule | None:
    for r in load_rules():
        if r.code == selector.upper() or r.name == selector:
            return r
    return None

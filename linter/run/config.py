"""Settings for a run. Loading them from `[tool.factlint]` / `factlint.toml` lives in `configfile`."""
from __future__ import annotations

from typing import Any

from linter.core.model import Severity
from linter.core.record import record
from linter.judge.registry import Rule, with_options
from linter.run.discovery import load_rules


@record
class Config:
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    locale: str | None = None
    per_file_locale: tuple[tuple[str, str], ...] = ()
    exclude: tuple[str, ...] = ()
    extend_exclude: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    show_info: bool = False
    rule_options: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()
    max_file_size: int = 50 * 1024 * 1024
    encoding: str | None = None
    explain: bool = True  # search each finding for a likely typo and suggest the replacement
    stdin_filename: str | None = None  # the name standard input ("-") is read and reported as
    source: str | None = None  # the file these settings came from, for messages
    message_language: str | None = None  # None: each document's locale
    time_budget: float | None = 60.0  # seconds to check one file (linter.budget; None: no limit); past it, F005 and the run goes on

    def matches(self, path: str, pattern: str) -> bool:
        """`pattern` matches the path as given, its file name, or the path relative to the config's folder."""
        import fnmatch
        import os

        norm = path.replace("\\", "/")
        candidates = [norm, norm.rsplit("/", 1)[-1]]
        if self.source and path != "-":
            rel = os.path.relpath(os.path.abspath(path), os.path.dirname(os.path.abspath(self.source)))
            candidates.append(rel.replace("\\", "/"))
        return any(fnmatch.fnmatch(c, pattern) for c in candidates)

    def for_file(self, path: str) -> Config:
        """These settings with the locale that per-file-locale gives `path`, if any."""
        from dataclasses import replace

        for pattern, locale in self.per_file_locale:
            if self.matches(path, pattern):
                return replace(self, locale=locale)
        return self

    def options_for(self, rule: Rule) -> Any:
        for key, values in self.rule_options:
            if key in (rule.code, rule.name):
                return with_options(rule, dict(values))
        return rule.options


# Findings the engine reports itself, not through a registered rule: code -> (name, description).
ENGINE_CODES: dict[str, tuple[str, str]] = {
    "F001": ("unreadable-file", "The file could not be read or decoded; nothing in it was checked."),
    "F002": ("rule-crashed", "A rule or a stage of the check (analysis, typo search, suppressions) failed on this file; the rest ran. Please report it with the file."),
    "F003": ("unused-suppression", "A factlint suppression comment that suppresses no finding; remove it."),
    "F004": ("unchecked-text", "Part of the file could not be read into the checked text (too deeply nested, an entity); it was not checked."),
    "F005": ("time-budget", "Checking the file took longer than the time budget (time-budget); the rest of it was not checked."),
    "F006": ("invalid-suppression", "A `<!-- factlint: … -->` comment that is not a directive (a misspelt action) or names no rule; it suppresses nothing until fixed."),
}


def selector_matches(selector: str, code: str, name: str) -> bool:
    """A selector is a code, a code prefix ("P", "P0"), a kebab-case rule name, or ALL."""
    s = selector.strip()
    return s == name or code.startswith(s.upper()) or s.upper() == "ALL"


def known_selector(selector: str) -> bool:
    """Whether `selector` names at least one installed rule or engine finding (a blank one names none)."""
    if not selector.strip():
        return False
    pairs = [(r.code, r.name) for r in load_rules()] + [(c, n) for c, (n, _) in ENGINE_CODES.items()]
    return any(selector_matches(selector, code, name) for code, name in pairs)


def _selected(rule: Rule, selectors: tuple[str, ...]) -> bool:
    return any(rule.matches(s) for s in selectors)


def active_rules(config: Config, path: str | None = None) -> tuple[Rule, ...]:
    """The rules that run on `path`: selected, not ignored, not ignored for this file."""
    ignores = list(config.ignore)
    if path:
        for pattern, codes in config.per_file_ignores:
            if config.matches(path, pattern):
                ignores.extend(codes)
    selectors = config.select + config.extend_select
    return tuple(
        r for r in load_rules() if _selected(r, selectors) and not (ignores and _selected(r, tuple(ignores)))
    )


DEFAULT = Config()

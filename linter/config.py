"""Settings for a run. Loading them from `[tool.factlint]` / `factlint.toml` lives in `configfile`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from linter.model import Severity
from linter.registry import Rule, load_rules, with_options


@dataclass(frozen=True)
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
    source: str | None = None  # the file these settings came from, for messages

    def options_for(self, rule: Rule) -> Any:
        for key, values in self.rule_options:
            if key in (rule.code, rule.name):
                return with_options(rule, dict(values))
        return rule.options


def _selected(rule: Rule, selectors: tuple[str, ...]) -> bool:
    return any(rule.matches(s) for s in selectors)


def active_rules(config: Config, path: str | None = None) -> tuple[Rule, ...]:
    """The rules that run on `path`: selected, not ignored, not ignored for this file."""
    import fnmatch

    ignores = list(config.ignore)
    if path:
        for pattern, codes in config.per_file_ignores:
            if fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path.replace("\\", "/").split("/")[-1], pattern):
                ignores.extend(codes)
    selectors = config.select + config.extend_select
    return tuple(
        r for r in load_rules() if _selected(r, selectors) and not (ignores and _selected(r, tuple(ignores)))
    )


DEFAULT = Config()

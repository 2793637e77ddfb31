"""The `factlint` command: check, rules, explain."""
from __future__ import annotations

import os
import sys

import click

from linter import __version__

FORMAT_CHOICES = ("full", "concise", "json")


def _format_default() -> str | None:
    return os.environ.get("FACTLINT_OUTPUT_FORMAT")


class _Size(click.ParamType):
    """A size in bytes: 5000000, 500K, 50M, 2G (powers of 1024)."""

    name = "size"
    _UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}

    def convert(self, value, param, ctx):  # noqa: ANN001, ANN201 - click's interface
        if isinstance(value, int):
            return value
        text = str(value).strip().upper().removesuffix("B")
        number, unit = (text[:-1], text[-1]) if text[-1:] in self._UNITS else (text, "")
        if not number.isdigit():
            self.fail(f"{value!r} is not a size such as 5000000, 500K or 50M", param, ctx)
        return int(number) * self._UNITS[unit]


_SIZE = _Size()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factlint")
def cli() -> None:
    """factlint recomputes the percentages, totals and dates a report states and flags the ones that do not add up."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default=_format_default, help="Output format (default: full on a terminal, concise otherwise).")
@click.option("--locale", type=click.Choice(["vi", "en"]), help="Number convention and vocabulary of the documents (default: detected per file).")
@click.option("--select", multiple=True, help="Rules to run: codes, code prefixes or names (repeatable, comma-separated).")
@click.option("--ignore", multiple=True, help="Rules to skip: codes, code prefixes or names.")
@click.option("--show-info", is_flag=True, help="Also show info-level notes (unverifiable or ambiguous claims).")
@click.option("--encoding", help="Decode files with this encoding instead of detecting UTF-8/UTF-16.")
@click.option("--color/--no-color", default=None, help="Colour the full output (default: when writing to a terminal).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="all cores", help="Worker processes for checking files in parallel.")
@click.option("--no-cache", is_flag=True, help="Check every file again instead of reusing results stored in .factlint_cache/.")
@click.option("--cache-dir", type=click.Path(file_okay=False), envvar="FACTLINT_CACHE_DIR", help="Where to keep the cache (default: .factlint_cache/ next to the configuration, or in the working directory).")
@click.option("--max-file-size", type=_SIZE, help="Skip files larger than this (bytes, or with a K/M/G suffix; default 50M) with an F001 diagnostic.")
def check(paths, fmt, locale, select, ignore, show_info, encoding, color, jobs, no_cache, cache_dir, max_file_size) -> None:  # noqa: ANN001
    """Check PATHS (files, folders, or - for standard input)."""
    from linter.config import DEFAULT
    from linter.engine import lint_paths
    from linter.model import Severity

    config = DEFAULT.__class__(
        select=_split(select) or DEFAULT.select,
        ignore=_split(ignore),
        locale=locale,
        show_info=show_info,
        encoding=encoding,
        max_file_size=max_file_size or DEFAULT.max_file_size,
    )
    _validate_selectors(config.select + config.ignore)
    tty = sys.stdout.isatty()
    fmt = fmt or ("full" if tty else "concise")
    cache = None
    if not no_cache:
        from linter.cache import ResultCache

        cache = ResultCache.for_config(config, cache_dir)
    results = lint_paths(paths, config, jobs, keep_text=fmt == "full", cache=cache)
    if fmt == "full":
        from linter.terminal import render

        text = render(results, color=tty if color is None else color)
    else:
        from linter.output import FORMATS

        text = FORMATS[fmt](results)
    click.echo(text, nl=False)
    failing = {Severity.ERROR} | ({Severity.WARNING} if config.fail_on == Severity.WARNING else set())
    sys.exit(1 if any(d.severity in failing for r in results for d in r.diagnostics) else 0)


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


def _validate_selectors(selectors: tuple[str, ...]) -> None:
    from linter.registry import load_rules

    rules = load_rules()
    for s in selectors:
        if s.upper() != "ALL" and not any(r.matches(s) for r in rules):
            raise click.UsageError(f"unknown rule selector {s!r}; `factlint rules` lists the codes and names")


@cli.command("rules")
def rules_cmd() -> None:
    """List the rules: code, name and summary."""
    from linter.registry import load_rules

    for r in load_rules():
        click.echo(f"{r.code}  {r.name:<24} {r.summary}")


@cli.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Show the documentation of RULE (a code such as P001 or a name such as percent-of-total)."""
    from linter.registry import find_rule

    r = find_rule(rule)
    if r is None:
        raise click.UsageError(f"no rule {rule!r}; `factlint rules` lists them")
    click.echo(f"{r.code} {r.name} (default severity: {r.severity.value})\n\n{r.doc}")


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        sys.exit(130)

"""The `factlint` command: check, rules, explain."""
from __future__ import annotations

import os
import sys

import click

from linter import __version__

FORMAT_CHOICES = ("full", "concise", "json")
FIX_NOTE = (
    "\nFixes: `check --fix` applies only the safe fixes named above. Each finding is also searched for a\n"
    "likely typo (one digit inserted, deleted, replaced or two swapped, or a mark misplaced, in one figure,\n"
    "that makes every claim using that figure hold); when exactly one edit does, it is named in the finding\n"
    "and `check --fix --unsafe-fixes` applies it. `--diff` shows the changes without writing them."
)


def _format_default() -> str | None:
    return os.environ.get("FACTLINT_OUTPUT_FORMAT")


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
@click.option("--fix", is_flag=True, help="Apply the safe fixes (a share recomputed beside its own fraction …) and report what is left.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply the likely-typo edits that are the only explanation of a finding.")
@click.option("--diff", is_flag=True, help="Show the fixes as a unified diff instead of writing them; exit 1 when there is a change.")
def check(paths, fmt, locale, select, ignore, show_info, encoding, color, fix, unsafe_fixes, diff) -> None:  # noqa: ANN001
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
    )
    _validate_selectors(config.select + config.ignore)
    results = lint_paths(paths, config)
    if fix or diff or unsafe_fixes:
        results = _apply_fixes(results, paths, config, unsafe=unsafe_fixes, diff=diff)
    tty = sys.stdout.isatty()
    fmt = fmt or ("full" if tty else "concise")
    if fmt == "full":
        from linter.terminal import render

        text = render(results, color=tty if color is None else color)
    else:
        from linter.output import FORMATS

        text = FORMATS[fmt](results)
    click.echo(text, nl=False)
    failing = {Severity.ERROR} | ({Severity.WARNING} if config.fail_on == Severity.WARNING else set())
    sys.exit(1 if any(d.severity in failing for r in results for d in r.diagnostics) else 0)


def _apply_fixes(results, paths, config, *, unsafe: bool, diff: bool):  # noqa: ANN001, ANN202
    """Write (or, with --diff, show and exit) the fixes; the files are then checked again."""
    from linter.engine import lint_paths
    from linter.fixes import fix_results

    done = fix_results(results, unsafe=unsafe, write=not diff, encoding=config.encoding)
    for f in done:
        if f.error:
            click.echo(f"{f.path}: not fixed: {f.error}", err=True)
    if diff:
        patch = "".join(f.diff for f in done)
        click.echo(patch, nl=False)
        sys.exit(1 if patch else 0)
    count = sum(len(f.applied) for f in done)
    files = sum(1 for f in done if f.applied)
    click.echo(f"Fixed {count} finding{'s' * (count != 1)} in {files} file{'s' * (files != 1)}.", err=True)
    return lint_paths(paths, config) if count else results


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
    click.echo(FIX_NOTE if "Safe fix:" in r.doc else "\nSafe fix: none.\n" + FIX_NOTE)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        sys.exit(130)

"""The `factlint` command: check, rules, explain."""
from __future__ import annotations

import os
import sys

import click

from linter import __version__

from linter.output import FORMATS  # light: the model; formatters import json, SARIF and XML when used

FORMAT_CHOICES = ("full", *FORMATS)
FIX_NOTE = (
    "\nFixes: `check --fix` applies only the safe fixes named above. Each finding is also searched for a\n"
    "likely typo (one digit inserted, deleted, replaced or two swapped, or a mark misplaced, in one figure,\n"
    "that makes every claim using that figure hold); when exactly one edit does, it is named in the finding\n"
    "and `check --fix --unsafe-fixes` applies it. `--diff` shows the changes without writing them."
)


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
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))  # an unreadable file is its F001, not the end of the run
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default=_format_default, help="Output format (default: full on a terminal, concise otherwise; env FACTLINT_OUTPUT_FORMAT).")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False), help="Write the report to this file instead of standard output.")
@click.option("--locale", type=click.Choice(["vi", "en"]), help="Number convention and vocabulary of the documents (default: detected per file).")
@click.option("--message-language", type=click.Choice(["vi", "en"]), help="Language of the messages (default: each document's locale).")
@click.option("--select", multiple=True, help="Rules to run: codes, code prefixes or names (repeatable, comma-separated).")
@click.option("--extend-select", multiple=True, help="Rules to run in addition to the configured selection.")
@click.option("--ignore", multiple=True, help="Rules to skip: codes, code prefixes or names.")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), help="Lowest severity that makes the run fail (exit 1).")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False), help="Use this configuration file (pyproject.toml or factlint.toml) for every file.")
@click.option("--isolated", is_flag=True, help="Ignore all configuration files.")
@click.option("--show-info", is_flag=True, help="Also show info-level notes (unverifiable or ambiguous claims).")
@click.option("--encoding", help="Decode files with this encoding instead of detecting UTF-8/UTF-16.")
@click.option("--stdin-filename", help="Name for standard input (-): chooses its reader (.md, .html, .docx …) and is the path reported.")
@click.option("--color/--no-color", default=None, help="Colour the full output (default: when writing to a terminal).")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record the current findings in this baseline file and exit 0.")
@click.option("--statistics", is_flag=True, help="Also show a table of findings per rule.")
@click.option("--show-verified", is_flag=True, help="Also list every claim checked, with its verdict and arithmetic.")
@click.option("--fix", is_flag=True, help="Apply the safe fixes (a share recomputed beside its own fraction …) and report what is left.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply the likely-typo edits that are the only explanation of a finding.")
@click.option("--diff", is_flag=True, help="Show the fixes as a unified diff instead of writing them; exit 1 when there is a change.")
@click.option("--annotate", type=click.Path(dir_okay=False), help="Write a copy of the one .docx checked with each finding as a Word comment on its figure.")
@click.option("--annotate-overwrite", is_flag=True, help="Let --annotate replace an existing file.")
@click.option("-j", "--jobs", "workers", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="all cores", help="Worker processes for checking files in parallel.")
@click.option("--no-cache", is_flag=True, help="Check every file again instead of reusing results stored in .factlint_cache/.")
@click.option("--cache-dir", type=click.Path(file_okay=False), envvar="FACTLINT_CACHE_DIR", help="Where to keep the cache (default: .factlint_cache/ next to the configuration, or in the working directory).")
@click.option("--max-file-size", type=_SIZE, help="Skip files larger than this (bytes, or with a K/M/G suffix; default 50M) with an F001 diagnostic.")
@click.option("--time-budget", type=click.FloatRange(min=0, min_open=True, max=1e9), help="Seconds to check one file (default 60); a file that takes longer gets F005 and the run goes on.")
def check(paths, fmt, output_file, config_file, isolated, color, baseline, write_baseline, statistics, show_verified, fix, unsafe_fixes, diff, workers, no_cache, cache_dir, annotate, annotate_overwrite, **options) -> None:  # noqa: ANN001
    """Check PATHS (files, folders, or - for standard input)."""
    from linter.configfile import ConfigError, Resolver

    overrides = _overrides(options)
    _validate_selectors(overrides["select"] + overrides["extend_select"] + overrides["ignore"])
    _validate_encoding(overrides["encoding"])
    try:
        jobs = _plan(paths, Resolver(overrides, config_file, isolated))
    except ConfigError as exc:
        _config_exit(str(exc))
    # only code frames, baselines and fixes need each file's text back from the workers
    full = (fmt or ("full" if output_file is None and sys.stdout.isatty() else "concise")) == "full"
    keep_text = full or fmt == "html" or bool(baseline or write_baseline or fix or unsafe_fixes or diff or annotate)
    # a fix is applied only when this run computed it: --fix, --unsafe-fixes and --diff check without the cache
    fixing = bool(fix or unsafe_fixes or diff)
    results = _lint(jobs, workers, cache=None if no_cache or fixing else (cache_dir or ""), keep_text=keep_text, keep_verified=show_verified)
    if write_baseline:
        from linter.baseline import write

        click.echo(f"factlint: recorded {write(results, write_baseline)} findings in {write_baseline}", err=True)
        sys.exit(0)
    if baseline:
        results = _subtract_baseline(results, baseline)
    if annotate:
        _annotate(results, jobs, annotate, annotate_overwrite)
    if fix or unsafe_fixes or diff:
        results = _apply_fixes(results, jobs, unsafe=unsafe_fixes, diff=diff) or results
    tty = output_file is None and sys.stdout.isatty()
    fmt = fmt or ("full" if tty else "concise")
    color = tty if color is None else color
    text = _render(results, fmt, color, _summary_language(results, jobs))
    extra = _extras(results, statistics, show_verified, color and fmt in HUMAN_FORMATS)
    if fmt not in HUMAN_FORMATS:  # keep machine-readable output parseable: the extras go to stderr
        click.echo(extra, nl=False, err=True)
        extra = ""
    if output_file:
        with open(output_file, "w", encoding="utf-8", newline="") as fh:
            fh.write(text + extra)
    else:
        click.echo(text + extra, nl=False)
    sys.exit(1 if any(_fails(r, cfg) for r, (_, cfg) in zip(results, jobs)) else 0)


HUMAN_FORMATS = ("full", "concise")


def _apply_fixes(results: list, jobs: list, *, unsafe: bool, diff: bool) -> list | None:
    """Write (or, with --diff, show and exit) the fixes; the fixed files are then checked again."""
    from linter.fixes import Fixed, fix_file

    done = [
        Fixed(r.path, (), "", error="cannot fix standard input in place; pass a file") if path == "-" and r.diagnostics and any(d.fix for d in r.diagnostics)
        else fix_file(r, unsafe=unsafe, write=not diff, encoding=cfg.encoding)
        for r, (path, cfg) in zip(results, jobs)
    ]
    for f in done:
        if f.error:
            click.echo(f"{f.path}: not fixed: {f.error}", err=True)
    if diff:
        patch = "".join(f.diff for f in done)
        click.echo(patch, nl=False)
        sys.exit(1 if patch else 0)
    count, files = sum(len(f.applied) for f in done), sum(1 for f in done if f.applied)
    click.echo(f"Fixed {count} finding{'s' * (count != 1)} in {files} file{'s' * (files != 1)}.", err=True)
    return _lint(jobs) if count else None


def _annotate(results: list, jobs: list, dest: str, overwrite: bool) -> None:
    from linter.readers import kind_of
    from linter.readers.docxannotate import AnnotateError, annotate

    if len(jobs) != 1 or jobs[0][0] == "-" or kind_of(jobs[0][0]) != "docx":
        raise click.UsageError("--annotate needs exactly one .docx file to check")
    try:
        count = annotate(jobs[0][0], dest, results[0], overwrite)
    except AnnotateError as exc:
        click.echo(f"factlint: error: {exc}", err=True)
        sys.exit(2)
    click.echo(f"factlint: wrote {dest} with {count} comment{'s' * (count != 1)}", err=True)


def _subtract_baseline(results: list, baseline: str) -> list:
    from linter.baseline import BaselineError, load, subtract

    try:
        return subtract(results, baseline, load(baseline))
    except BaselineError as exc:
        click.echo(f"factlint: error: {exc}", err=True)
        sys.exit(2)


def _extras(results: list, statistics: bool, show_verified: bool, color: bool) -> str:
    from linter import report

    out = report.verified(results, color) if show_verified else ""
    return out + (report.statistics(results, color) if statistics else "")


def _overrides(options: dict) -> dict:
    from linter.model import Severity

    return {
        "select": _split(options["select"]),
        "extend_select": _split(options["extend_select"]),
        "ignore": _split(options["ignore"]),
        "locale": options["locale"],
        "message_language": options["message_language"],
        "fail_on": Severity(options["fail_on"]) if options["fail_on"] else None,
        "show_info": options["show_info"] or None,
        "encoding": options["encoding"],
        "stdin_filename": options["stdin_filename"],
        "max_file_size": options["max_file_size"],
        "time_budget": options["time_budget"],
    }


def _config_exit(message: str) -> None:
    click.echo(f"factlint: configuration error: {message}", err=True)
    sys.exit(2)


def _plan(paths: tuple[str, ...], resolver) -> list[tuple[str, object]]:  # noqa: ANN001 - configfile.Resolver
    """Each file to check with the Config that applies to it (folders searched with their own)."""
    from linter.engine import discover

    return [(f, resolver.for_path(f)) for p in paths for f in discover([p], resolver.for_path(p))]


def _lint(jobs: list, workers: int = 1, cache: str | None = None, keep_text: bool = True, keep_verified: bool = True) -> list:  # noqa: ANN001
    """Lint the files in order, consecutive ones sharing a Config together; a progress bar on a terminal.

    `workers` processes share each batch; `cache` is the cache folder ("" for the default), None for none.
    """
    from contextlib import nullcontext

    from linter.engine import lint_paths, worker_pool
    from linter.report import batches, progress

    results, noted = [], set()
    workers = min(workers, len(jobs))
    # one pool for the whole run: batches (of files sharing a Config) only pace the progress bar
    size = max(8, len(jobs) // 50) if workers <= 1 else max(8 * workers, len(jobs) // 50)
    with progress(len(jobs), sys.stderr.isatty()) as advance, (worker_pool(workers) if workers > 1 else nullcontext()) as pool:
        for config, paths in batches(jobs, size=size):
            store = _cache(config, cache, noted)
            results.extend(lint_paths(paths, config, workers, keep_text=keep_text, keep_verified=keep_verified, cache=store, pool=pool))
            advance(len(paths))
    return results


def _cache(config, folder: str | None, noted: set):  # noqa: ANN001, ANN202 - Config -> ResultCache | None
    if folder is None:
        return None
    from linter.cache import ResultCache, unusable

    store = ResultCache.for_config(config, folder or None)
    why = unusable(store.root)
    if why is None:
        return store
    if store.root not in noted:  # one note per folder and run
        noted.add(store.root)
        click.echo(f"factlint: note: not using the cache folder {store.root}: {why}", err=True)
    return None


def _fails(result, config) -> bool:  # noqa: ANN001
    return any(d.severity.rank >= config.fail_on.rank for d in result.diagnostics)


def _summary_language(results: list, jobs: list) -> str | None:
    """--message-language or the configured one, else the documents' locale when they share one, else None (the environment)."""
    configured = {config.message_language for _, config in jobs} - {None}
    locales = {r.locale for r in results} - {None}
    for choice in (configured, locales):
        if len(choice) == 1:
            return next(iter(choice))
    return None


def _render(results: list, fmt: str, color: bool, lang: str | None = None) -> str:
    if fmt == "full":
        from linter.terminal import render

        return render(results, color=color, lang=lang)
    from linter.output import FORMATS

    return FORMATS[fmt](results)


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


def _validate_encoding(encoding: str | None) -> None:
    """An unknown --encoding is a usage error, not an F001 on every file."""
    import codecs

    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="'--encoding'") from None


def _validate_selectors(selectors: tuple[str, ...]) -> None:
    from linter.config import known_selector

    for s in selectors:
        if not known_selector(s):
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


@cli.command()
def server() -> None:
    """Run the language server over standard input and output, for editors (needs factlint[lsp])."""
    try:
        from linter.lspserver import serve
    except ImportError:
        raise click.ClickException("the language server needs pygls: pip install 'factlint[lsp]'") from None
    serve()


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        sys.exit(130)

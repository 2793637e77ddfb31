"""The `factlint` command: check, rules, explain."""
from __future__ import annotations

import os
import sys

import click

from linter.core import __version__

from linter.formats.output import FORMATS  # light: the model; formatters import json, SARIF and XML when used

FORMAT_CHOICES = ("full", *FORMATS)


def N_(message: str) -> str:  # noqa: N802 - linter.lang.i18n.N_ (the extraction keyword), without importing gettext at start-up
    return message


FIX_NOTE = N_(
    "\nFixes: `check --fix` applies only the safe fixes named above. Each finding is also searched for a\n"
    "likely typo (one digit inserted, deleted, replaced or two swapped, or a mark misplaced, in one figure,\n"
    "that makes every claim using that figure hold); when exactly one edit does, it is named in the finding\n"
    "and `check --fix --unsafe-fixes` applies it. `--diff` shows the changes without writing them."
)


# click's own words in a help page (click has no Vietnamese catalog): ours translate them
CLICK_WORDS = (N_("Usage:"), N_("Options"), N_("Commands"), N_("Arguments"), N_("Show this message and exit."), N_("Show the version and exit."))


def _help_language() -> str | None:
    """The language of help pages: the environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as for messages
    when no document and no --message-language decides (click prints help before reading other options)."""
    from linter.lang.i18n import environment_language

    return environment_language()


class _Formatter(click.HelpFormatter):
    """click's formatter, with its headings in the help language."""

    lang: str | None = None

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        from linter.lang.i18n import translate

        super().write_usage(prog, args, prefix if prefix is not None else translate("Usage:", self.lang) + " ")

    def section(self, name: str):  # noqa: ANN201 - click's context manager
        from linter.lang.i18n import translate

        return super().section(translate(name, self.lang))


class _Context(click.Context):
    formatter_class = _Formatter

    def make_formatter(self) -> click.HelpFormatter:
        formatter = super().make_formatter()
        formatter.lang = _help_language()  # type: ignore[attr-defined]
        return formatter


class _Translated:
    """A click command whose help page is in the help language: its text, its options' and its subcommands' help."""

    context_class = _Context

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from linter.lang.i18n import translate

        lang = getattr(formatter, "lang", None)
        items = [self, *self.get_params(ctx), *getattr(self, "commands", {}).values()]  # type: ignore[attr-defined]
        kept = [(item, item.help) for item in items if getattr(item, "help", None)]
        try:
            for item, text in kept:
                item.help = translate(text, lang)
            super().format_help(ctx, formatter)  # type: ignore[misc]
        finally:  # the command objects are shared: English again for the next page
            for item, text in kept:
                item.help = text


class _Command(_Translated, click.Command):
    pass


class _Group(_Translated, click.Group):
    command_class = _Command


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


class _Languages(click.Choice):
    """The languages of the installed packs (`linter.lang.packs.available`), looked up only when the
    option is given or shown: a cold start does not load the packs or look for installed ones."""

    def __init__(self) -> None:
        super().__init__(())

    @property
    def choices(self) -> tuple[str, ...]:  # type: ignore[override]
        from linter.lang.packs import available

        return available()

    @choices.setter
    def choices(self, value: object) -> None:
        pass  # click sets the choices it was given: none, they are the packs'


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]}, help=N_("factlint recomputes the percentages, totals and dates a report states and flags the ones that do not add up."))
@click.version_option(__version__, prog_name="factlint")
def cli() -> None:
    pass  # the help text is given above, marked for the catalog


@cli.command(help=N_("Check PATHS (files, folders, or - for standard input; default: the current folder)."))
@click.argument("paths", nargs=-1, type=click.Path(readable=False))  # an unreadable file is its F001, not the end of the run
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default=_format_default, help=N_("Output format (default: full on a terminal, concise otherwise; env FACTLINT_OUTPUT_FORMAT)."))
@click.option("--output-file", "-o", type=click.Path(dir_okay=False), help=N_("Write the report to this file instead of standard output."))
@click.option("--locale", type=_Languages(), help=N_("Number convention and vocabulary of the documents (default: detected per file)."))
@click.option("--message-language", type=_Languages(), help=N_("Language of the messages (default: each document's locale)."))
@click.option("--select", multiple=True, help=N_("Rules to run: codes, code prefixes or names (repeatable, comma-separated)."))
@click.option("--extend-select", multiple=True, help=N_("Rules to run in addition to the configured selection."))
@click.option("--ignore", multiple=True, help=N_("Rules to skip: codes, code prefixes or names."))
@click.option("--fail-on", type=click.Choice(["error", "warning"]), help=N_("Lowest severity that makes the run fail (exit 1)."))
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False), help=N_("Use this configuration file (pyproject.toml or factlint.toml) for every file."))
@click.option("--isolated", is_flag=True, help=N_("Ignore all configuration files."))
@click.option("--show-info", is_flag=True, help=N_("Also show info-level notes (unverifiable or ambiguous claims)."))
@click.option("--encoding", help=N_("Decode files with this encoding instead of detecting UTF-8/UTF-16."))
@click.option("--stdin-filename", help=N_("Name for standard input (-): chooses its reader (.md, .html, .docx …) and is the path reported."))
@click.option("--color/--no-color", default=None, help=N_("Colour the full output (default: when writing to a terminal)."))
@click.option("--baseline", type=click.Path(dir_okay=False), help=N_("Report only findings not recorded in this baseline file."))
@click.option("--write-baseline", type=click.Path(dir_okay=False), help=N_("Record the current findings in this baseline file and exit 0."))
@click.option("--statistics", is_flag=True, help=N_("Also show a table of findings per rule."))
@click.option("--show-verified", is_flag=True, help=N_("Also list every claim checked, with its verdict and arithmetic."))
@click.option("--fix", is_flag=True, help=N_("Apply the safe fixes (a share recomputed beside its own fraction …) and report what is left."))
@click.option("--unsafe-fixes", is_flag=True, help=N_("Also apply the likely-typo edits that are the only explanation of a finding."))
@click.option("--diff", is_flag=True, help=N_("Show the fixes as a unified diff instead of writing them; exit 1 when there is a change."))
@click.option("--fix-word-in-place", is_flag=True, help=N_("With --fix, write the fixes into a .docx draft itself instead of a copy NAME.fixed.docx beside it."))
@click.option("--annotate", type=click.Path(dir_okay=False), help=N_("Write a copy of the one .docx checked with each finding as a Word comment on its figure."))
@click.option("--annotate-overwrite", is_flag=True, help=N_("Let --annotate replace an existing file."))
@click.option("-j", "--jobs", "workers", type=click.IntRange(min=1), default=os.cpu_count() or 1, help=N_("Worker processes for checking files in parallel (default: all cores)."))
@click.option("--no-cache", is_flag=True, help=N_("Check every file again instead of reusing results stored in .factlint_cache/."))
@click.option("--cache-dir", type=click.Path(file_okay=False), envvar="FACTLINT_CACHE_DIR", help=N_("Where to keep the cache (default: .factlint_cache/ next to the configuration, or in the working directory)."))
@click.option("--max-file-size", type=_SIZE, help=N_("Skip files larger than this (bytes, or with a K/M/G suffix; default 50M) with an F001 diagnostic."))
@click.option("--exit-zero", is_flag=True, help=N_("Exit 0 even when there are findings (a path that does not exist or a bad option still exits 2)."))
@click.option("--force-exclude", is_flag=True, help=N_("Apply exclude and extend-exclude to files named on the command line too (as pre-commit names them)."))
@click.option("--show-files", is_flag=True, help=N_("List the files that would be checked and exit."))
@click.option("--show-settings", is_flag=True, help=N_("Show the configuration file and settings that apply to each path and exit."))
@click.option("--quiet", "-q", is_flag=True, help=N_("Print the findings only: no summary line."))
@click.option("--watch", is_flag=True, help=N_("Check the files, then check each one again whenever it changes (new files in the folders too), until Ctrl-C."))
@click.option("--time-budget", type=click.FloatRange(min=0, min_open=True, max=1e9), help=N_("Seconds to check one file (default 60); a file that takes longer gets F005 and the run goes on."))
def check(paths, fmt, output_file, config_file, isolated, color, baseline, write_baseline, statistics, show_verified, fix, unsafe_fixes, diff, workers, no_cache, cache_dir, annotate, annotate_overwrite, exit_zero, force_exclude, show_files, show_settings, quiet, watch, fix_word_in_place, **options) -> None:  # noqa: ANN001
    from linter.run.configfile import ConfigError, Resolver

    paths = paths or (".",)  # as ruff: no path checks the current folder
    _validate_paths(paths)
    overrides = _overrides(options)
    _validate_selectors(overrides["select"] + overrides["extend_select"] + overrides["ignore"])
    _validate_encoding(overrides["encoding"])
    try:
        resolver = Resolver(overrides, config_file, isolated)
        jobs = _plan(paths, resolver, force_exclude)
    except ConfigError as exc:
        _config_exit(str(exc))
    if show_files or show_settings:
        _show(paths, jobs, resolver, show_settings)
    if not jobs:  # say so: a workflow whose selection is empty must not look like a clean pass
        click.echo(f"factlint: warning: no files to check in {', '.join(paths)}", err=True)
        if not write_baseline:  # an empty baseline is still written: the next run compares against it
            sys.exit(0)
    tty = output_file is None and sys.stdout.isatty()
    fmt = fmt or ("full" if tty else "concise")
    if watch:
        _validate_watch(paths, fmt, output_file, fix or unsafe_fixes or diff or write_baseline or annotate)
        rounds = _Rounds(fmt, _color_choice(color, tty), quiet, workers, None if no_cache else (cache_dir or ""), baseline, statistics, show_verified)
        _watch(rounds, jobs, _Replan(jobs, lambda: _plan(paths, Resolver(overrides, config_file, isolated), force_exclude)))
    # only code frames, baselines and fixes need each file's text back from the workers
    keep_text = fmt in ("full", "html") or bool(baseline or write_baseline or fix or unsafe_fixes or diff or annotate)
    # a fix is applied only when this run computed it: --fix, --unsafe-fixes and --diff check without the cache
    fixing = bool(fix or unsafe_fixes or diff)
    with _output(output_file) as stream:
        out = _Report(stream, fmt, _color_choice(color, tty), quiet, _configured_language(jobs))
        # each file's findings are printed as it is done, in the order of a serial run, unless they must all be known first
        live = fmt in STREAMED and not (baseline or write_baseline or fixing)
        results = _lint(jobs, workers, cache=None if no_cache or fixing else (cache_dir or ""), keep_text=keep_text, keep_verified=show_verified, each=out.file if live else None)
        if write_baseline:
            from linter.run.baseline import write

            click.echo(f"factlint: recorded {write(results, write_baseline)} findings in {write_baseline}", err=True)
            sys.exit(0)
        if baseline:
            results = _subtract_baseline(results, baseline)
        if annotate:
            _annotate(results, jobs, annotate, annotate_overwrite)
        if fixing:
            results = _apply_fixes(results, jobs, unsafe=unsafe_fixes, diff=diff, word_in_place=fix_word_in_place) or results
        if not live:
            out.whole(results)
        lang = _summary_language(results, jobs)
        if fmt == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
            _job_summary(os.environ["GITHUB_STEP_SUMMARY"], results, lang)
        out.finish(results, _extras(results, statistics, show_verified, out.color and fmt in HUMAN_FORMATS, lang), lang)
    sys.exit(1 if not exit_zero and any(_fails(r, cfg) for r, (_, cfg) in zip(results, jobs)) else 0)


STREAMED = ("full", "concise", "json-lines")  # a report that is a sequence of per-file blocks


def _validate_watch(paths: tuple[str, ...], fmt: str, output_file: str | None, writes: object) -> None:
    if "-" in paths:
        raise click.UsageError("--watch needs files or folders: standard input does not change")
    if fmt not in STREAMED or output_file:
        raise click.UsageError("--watch prints each changed file's findings on the terminal: use --format full, concise or json-lines, without --output-file")
    if writes:
        raise click.UsageError("--watch only reports: it cannot be used with --fix, --unsafe-fixes, --diff, --write-baseline or --annotate")


def _watch(rounds: "_Rounds", jobs: list, plan) -> None:  # noqa: ANN001 - () -> the current jobs
    """--watch: everything checked once, then each file again when it is saved, until Ctrl-C, which exits 0."""
    from linter.run.watch import changes

    try:
        watcher = changes(plan)  # the files as they are before this first check
        rounds.check(jobs)
        click.echo(f"factlint: watching {len(jobs)} file{'s' * (len(jobs) != 1)} for changes; Ctrl-C stops", err=True)
        for changed in watcher:
            rounds.check(changed)
    except KeyboardInterrupt:
        sys.exit(0)


class _Replan:
    """--watch's look at the files and their settings, with the configuration read afresh each time (a fresh
    Resolver: an edited configuration changes the next check). A configuration that cannot be read, as it
    may be halfway through an edit, is said once and the last good plan kept until it is fixed."""

    def __init__(self, jobs: list, plan) -> None:  # noqa: ANN001 - () -> the jobs, may raise ConfigError
        self.jobs, self.plan, self.said = jobs, plan, ""

    def __call__(self) -> list:
        from linter.run.configfile import ConfigError

        try:
            self.jobs, self.said = self.plan(), ""
        except ConfigError as exc:
            if str(exc) != self.said:
                click.echo(f"factlint: configuration error: {exc} (the previous settings stay until it is fixed)", err=True)
            self.said = str(exc)
        return self.jobs


class _Rounds:
    """One --watch round: the given files checked and their findings printed as `check` prints them, then the summary line."""

    def __init__(self, fmt: str, color: bool, quiet: bool, workers: int, cache: str | None, baseline: str | None, statistics: bool, show_verified: bool) -> None:
        self.fmt, self.color, self.quiet, self.workers, self.cache = fmt, color, quiet, workers, cache
        self.baseline, self.statistics, self.show_verified = baseline, statistics, show_verified

    def check(self, jobs: list) -> None:
        out = _Report(None, self.fmt, self.color, self.quiet, _configured_language(jobs))
        live = not self.baseline  # a baseline is subtracted from a file's findings before they are printed
        keep_text = self.fmt == "full" or bool(self.baseline)
        results = _lint(jobs, self.workers, cache=self.cache, keep_text=keep_text, keep_verified=self.show_verified, each=out.file if live else None)
        if self.baseline:
            results = _subtract_baseline(results, self.baseline)
            out.whole(results)
        lang = _summary_language(results, jobs)
        out.finish(results, _extras(results, self.statistics, self.show_verified, out.color and self.fmt in HUMAN_FORMATS, lang), lang)


def _job_summary(path: str, results: list, lang: str | None) -> None:
    """Append the counts per rule to the GitHub Actions job summary ($GITHUB_STEP_SUMMARY), as Markdown."""
    from collections import Counter

    from linter.lang.i18n import N_, translate
    from linter.formats.output import github_left_out
    from linter.formats.terminal import closing_line

    counts = Counter((d.code, d.name, d.severity.value) for r in results for d in r.diagnostics)
    rows = [f"## factlint\n\n{closing_line(results, lang)}"]
    if counts:
        head = [translate(word, lang) for word in (N_("Code"), N_("Rule"), N_("Severity"), N_("Count"))]
        rows += ["", "| " + " | ".join(head) + " |", "|---|---|---|---:|"]
        rows += [f"| {code} | {name} | {translate(severity, lang)} | {n} |" for (code, name, severity), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    left = github_left_out(results)
    if left:
        rows.append("\n" + ", ".join(f"{n} {level} annotation{'s' * (n != 1)}" for level, n in left.items()) + " left out of the diff view (GitHub shows 10 of each level); the job log lists every finding.")
    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("\n".join(rows) + "\n\n")
    except OSError as exc:  # the summary is a convenience: the annotations and the exit code still stand
        click.echo(f"factlint: note: could not write the job summary to {path}: {exc.strerror or exc}", err=True)


def _color_choice(flag: bool | None, tty: bool) -> bool:
    """--color/--no-color, else NO_COLOR (no-color.org), else FORCE_COLOR (force-color.org), else whether the output is a terminal.

    Each variable counts when set to a non-empty value; NO_COLOR wins over FORCE_COLOR.
    """
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return tty


def _output(output_file: str | None):  # noqa: ANN202 - a context manager giving a text stream or None (standard output)
    from contextlib import nullcontext

    return open(output_file, "w", encoding="utf-8", newline="") if output_file else nullcontext()


def _configured_language(jobs: list) -> str | None:
    configured = {config.message_language for _, config in jobs} - {None}
    return next(iter(configured)) if len(configured) == 1 else None


class _Report:
    """Writes the report as the run goes: a rich Console for `full` (width and colour from the terminal), text for the others.

    `stream` None is standard output, looked up at each write, so that a progress bar on the same
    terminal can move the findings above itself.
    """

    def __init__(self, stream, fmt: str, color: bool, quiet: bool, lang: str | None) -> None:  # noqa: ANN001 - a text stream or None
        from linter.core.model import Severity

        self.stream, self.fmt, self.color, self.quiet, self.lang = stream, fmt, color, quiet, lang
        self.counts = {s: 0 for s in Severity}
        self.claims = 0
        self._console = None

    @property
    def console(self):  # noqa: ANN201 - rich.console.Console, made on first use
        if self._console is None:
            from rich.console import Console

            self._console = Console(file=self.stream, force_terminal=self.color, no_color=not self.color, highlight=False)
        return self._console

    def write(self, text: str) -> None:
        stream = self.stream or sys.stdout
        stream.write(text)
        stream.flush()

    def file(self, result) -> None:  # noqa: ANN001 - model.FileResult
        """One file's findings, as soon as it is checked."""
        if self.fmt == "full":
            from linter.formats.terminal import print_file

            self.claims += print_file(self.console, result, self.lang, self.counts)
        else:
            self.write(_render([result], self.fmt, self.color, self.lang))

    def whole(self, results: list) -> None:
        if self.fmt in STREAMED:
            for r in results:
                self.file(r)
        else:
            self.write(_render(results, self.fmt, self.color, self.lang))

    def finish(self, results: list, extra: str, lang: str | None) -> None:
        """The statistics and verified claims asked for, then the summary line (not with --quiet)."""
        if self.fmt not in HUMAN_FORMATS:  # keep machine-readable output parseable: the extras go to stderr
            click.echo(extra, nl=False, err=True)
            return
        self.write(extra)
        if self.quiet:
            return
        if self.fmt == "full":
            from linter.formats.terminal import print_wrapped, summary_line

            print_wrapped(self.console, f"[bold]{summary_line(len(results), self.claims, self.counts, self.lang or lang)}[/]")
        else:
            from linter.formats.terminal import closing_line

            self.write(closing_line(results, self.lang or lang) + "\n")


HUMAN_FORMATS = ("full", "concise")


def _apply_fixes(results: list, jobs: list, *, unsafe: bool, diff: bool, word_in_place: bool = False) -> list | None:
    """Write (or, with --diff, show and exit) the fixes; the fixed files (a Word draft's fixed copy) are then checked again."""
    from linter.run.fixes import Fixed, fix_file

    done = [
        Fixed(r.path, (), "", error="cannot fix standard input in place; pass a file") if path == "-" and r.diagnostics and any(d.fix for d in r.diagnostics)
        else fix_file(r, unsafe=unsafe, write=not diff, encoding=cfg.encoding, word_in_place=word_in_place)
        for r, (path, cfg) in zip(results, jobs)
    ]
    for f in done:
        if f.error:
            click.echo(f"{f.path}: not fixed: {f.error}", err=True)
        elif f.written and not diff:
            click.echo(f"factlint: wrote {f.written}, the draft with its fixes; {f.path} is unchanged", err=True)
    if diff:
        patch = "".join(f.diff for f in done)
        click.echo(patch, nl=False)
        sys.exit(1 if patch else 0)
    count, files = sum(len(f.applied) for f in done), sum(1 for f in done if f.applied)
    click.echo(f"Fixed {count} finding{'s' * (count != 1)} in {files} file{'s' * (files != 1)}.", err=True)
    # what is left is reported for the files as they now are: a copy where one was written
    return _lint([(f.written or path, cfg) for f, (path, cfg) in zip(done, jobs)]) if count else None


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
    from linter.run.baseline import BaselineError, load, subtract

    try:
        return subtract(results, baseline, load(baseline))
    except BaselineError as exc:
        click.echo(f"factlint: error: {exc}", err=True)
        sys.exit(2)


def _extras(results: list, statistics: bool, show_verified: bool, color: bool, lang: str | None = None) -> str:
    from linter.formats import report

    out = report.verified(results, color, lang) if show_verified else ""
    return out + (report.statistics(results, color, lang) if statistics else "")


def _overrides(options: dict) -> dict:
    from linter.core.model import Severity

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


def _plan(paths: tuple[str, ...], resolver, force_exclude: bool = False) -> list[tuple[str, object]]:  # noqa: ANN001 - configfile.Resolver
    """Each file to check with the Config that applies to it (folders searched with their own).

    With `force_exclude` a file named on the command line is dropped when its configuration
    excludes it, as a folder search would: pre-commit always names the files.
    """
    from linter.run.engine import discover, excluded

    return [
        (f, resolver.for_path(f)) for p in paths for f in discover([p], resolver.for_path(p))
        if not (force_exclude and f == p and f != "-" and excluded(f, resolver.for_path(f)))
    ]


def _validate_paths(paths: tuple[str, ...]) -> None:
    """A path that does not exist is a usage error (exit 2), so CI tells a broken workflow from a bad draft.

    One that exists but cannot be read is still that file's F001 finding: the run goes on.
    """
    missing = [p for p in paths if p != "-" and not os.path.lexists(p)]
    if missing:
        raise click.BadParameter(", ".join(f"{p!r} does not exist" for p in missing), param_hint="'PATHS...'")


def _show(paths: tuple[str, ...], jobs: list, resolver, settings: bool) -> None:  # noqa: ANN001 - configfile.Resolver
    """--show-files: the files that would be checked; --show-settings: which configuration applies, then exit 0."""
    if not settings:
        click.echo("".join(f"{path}\n" for path, _ in jobs), nl=False)
        sys.exit(0)
    from linter.run.configfile import describe

    shown: list = []  # one block per distinct configuration: the first path it applies to names it
    for path in [*paths, *(f for f, _ in jobs)]:
        config = resolver.for_path(path)
        if config not in shown:
            shown.append(config)
            click.echo(f"Settings for {path}:\n{describe(config)}")
    sys.exit(0)


def _lint(jobs: list, workers: int = 1, cache: str | None = None, keep_text: bool = True, keep_verified: bool = True, each=None) -> list:  # noqa: ANN001
    """Lint the files in order, consecutive ones sharing a Config together; a progress bar on a terminal.

    `workers` processes share each batch; `cache` is the cache folder ("" for the default), None for none.
    `each` is called with each file's result as soon as it is there, in order.
    """
    from contextlib import nullcontext

    from linter.run.engine import lint_paths, worker_pool
    from linter.formats.report import batches, progress

    results, noted = [], set()
    workers = min(workers, len(jobs))
    # one pool for the whole run: batches (of files sharing a Config) only pace the progress bar
    size = max(8, len(jobs) // 50) if workers <= 1 else max(8 * workers, len(jobs) // 50)
    with progress(len(jobs), sys.stderr.isatty(), sys.stdout.isatty()) as advance, (worker_pool(workers) if workers > 1 else nullcontext()) as pool:
        def done(result) -> None:  # noqa: ANN001 - the bar moves with each file, as its findings are printed
            if each is not None:
                each(result)
            advance(1)

        for config, paths in batches(jobs, size=size):
            store = _cache(config, cache, noted)
            results.extend(lint_paths(paths, config, workers, keep_text=keep_text, keep_verified=keep_verified, cache=store, pool=pool, each=done))
    return results


def _cache(config, folder: str | None, noted: set):  # noqa: ANN001, ANN202 - Config -> ResultCache | None
    if folder is None:
        return None
    from linter.run.cache import ResultCache, unusable

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
        from linter.formats.terminal import render

        return render(results, color=color, lang=lang)
    from linter.formats.output import FORMATS

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
    from linter.run.config import known_selector

    for s in selectors:
        if not known_selector(s):
            raise click.UsageError(f"unknown rule selector {s!r}; `factlint rules` lists the codes and names")


def _documentation_language(option: str | None) -> str | None:
    """--message-language, else the `message-language` of the configuration that applies to the
    current folder (as `check .` would use), else None: the environment decides. A configuration
    that does not parse is left to `check` to report; the documentation is still shown."""
    if option is not None:
        return option
    from linter.run.configfile import ConfigError, Resolver

    try:
        return Resolver({}).for_path(".").message_language
    except (ConfigError, OSError):
        return None


@cli.command("rules", help=N_("List the rules: code, name and summary."))
@click.option("--message-language", type=_Languages(), help=N_("Language of the summaries (default: the environment's, LANG)."))
def rules_cmd(message_language: str | None) -> None:
    from linter.lang.ruledocs import translated
    from linter.run.discovery import load_rules

    message_language = _documentation_language(message_language)
    for r in load_rules():
        summary = translated(r.doc, message_language).split("\n", 1)[0] if r.doc else ""
        click.echo(f"{r.code}  {r.name:<24} {summary}")


@cli.command(help=N_("Show the documentation of RULE (a code such as P001 or a name such as percent-of-total)."))
@click.argument("rule")
@click.option("--message-language", type=_Languages(), help=N_("Language of the documentation (default: the environment's, LANG); the examples stay as written."))
def explain(rule: str, message_language: str | None) -> None:
    from linter.formats.report import SEVERITY_WORDS
    from linter.lang.i18n import translate
    from linter.lang.ruledocs import translated
    from linter.run.discovery import find_rule

    r = find_rule(rule)
    if r is None:
        raise click.UsageError(f"no rule {rule!r}; `factlint rules` lists them")
    lang = _documentation_language(message_language)
    severity = translate(SEVERITY_WORDS[r.severity.value], lang)
    head = translate(N_("{code} {name} (default severity: {severity})"), lang).format(code=r.code, name=r.name, severity=severity)
    click.echo(f"{head}\n\n{translated(r.doc, lang)}")
    note = translate(FIX_NOTE, lang)
    click.echo(note if "Safe fix:" in r.doc else "\n" + translate(N_("Safe fix: none."), lang) + "\n" + note)


@cli.command(help=N_("Run the language server over standard input and output, for editors (needs factlint[lsp])."))
def server() -> None:
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

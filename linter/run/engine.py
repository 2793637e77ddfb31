"""The library API: lint a text or a list of paths and get diagnostics back.

Read → analyse once (`linter.claims.pipeline`) → rules → suppressions → the typo search. Rules are
pure functions of the Document and the analysis their Context carries; the engine owns selection,
severity, crash isolation and ordering, so that one broken rule or one unreadable file never ends the run.
"""
from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from linter.core.budget import BudgetExceeded, budget, check, stop
from linter.run.config import DEFAULT, Config, active_rules
from linter.lang import DEFAULT as DEFAULT_LANGUAGE
from linter.lang.packs import detect
from linter.core.model import Diagnostic, Document, FileResult, Severity, Span
from linter.core.record import record, replace
from linter.judge.registry import Context

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from linter.claims.analysis import Analysis
    from linter.run.cache import ResultCache

READABLE = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while one document is checked, as it is during start-up
    (linter/entry.py): a check makes millions of figures, spans, operands and claims that it frees by
    reference count, none in a cycle, and each collection of the oldest generation walked all of them
    (a third of the time of a megabyte of breakdowns; nothing was ever collected). It is on again,
    as it was, after the document."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def lint_text(text: str, locale: str | None = None, *, path: str = "<text>", config: Config = DEFAULT) -> FileResult:
    """Lint a plain text; `locale` ('vi' or 'en') is detected when not given."""
    doc = Document(text=text, path=path, locale=locale or config.locale or detect(text))
    return lint_document(doc, config)


@_collector_paused()  # a context manager made with contextmanager decorates too
def lint_document(doc: Document, config: Config = DEFAULT, analysis: Analysis | None = None, *, verify: bool = True) -> FileResult:
    """Every stage of the check isolated: a stage that fails is that file's F002 naming it, one
    that runs past the time budget its F005; the findings of the stages that finished are kept.
    The document is analysed once (unless `analysis` is given) and every rule reads that analysis.
    `verify=False` skips the list of verified claims (only --show-verified prints it)."""
    run = _Stages(doc, config, analysis, verify)
    try:
        with budget(config.time_budget):
            run.check()
    except BudgetExceeded:
        stop()  # no late alarm may interrupt the bookkeeping below
        run.crashes.append(_timed_out(doc, config, run.stage))
    diags, before = run.found + run.crashes, len(run.crashes)
    diags = run.isolated("suppression comments", lambda: _suppressed(doc, diags, run.rules, config), diags) + run.crashes[before:]
    if not any(d.code == "F005" for d in run.crashes):  # a check stopped half-way has no verdicts: its unrun rules found nothing
        run.list_verified(diags)
    diags = [_located(doc, d) for d in diags]
    if not config.show_info:
        diags = [d for d in diags if d.severity != Severity.INFO]
    diags.sort(key=lambda d: (d.span.start, d.span.end, d.code))
    return FileResult(
        path=doc.path, locale=doc.locale, claims_checked=len(run.claims), diagnostics=tuple(diags), text=doc.text, verified=run.verified, verified_at=run.verified_at,
        checked=tuple(sorted({(c.stated.span.start, c.stated.span.end) for c in run.claims})), suppressed=run.suppressed,
    )


class _Stages:
    """One document's check, stage by stage; `stage` names the one running, for F002 and F005."""

    def __init__(self, doc: Document, config: Config, analysis: Analysis | None = None, verify: bool = True) -> None:
        self.doc, self.config, self.analysis, self.verify = doc, config, analysis, verify
        self.stage = "reading"
        self.found: list[Diagnostic] = []  # findings of the rules that finished
        self.crashes: list[Diagnostic] = []  # F002 and F005 of this file
        self.rules: tuple = ()
        self.claims: tuple = ()
        self.verified: tuple = ()
        self.verified_at: tuple = ()  # each verified claim's stated figure
        self.suppressed: tuple = ()  # where the findings that suppression comments hid were

    def check(self) -> None:
        doc, config = self.doc, self.config
        self.rules = active_rules(config, doc.path)
        self.found.extend(_unchecked(doc))
        an = self.isolated("analysis", lambda: self.analysis if self.analysis is not None else _analyse(doc), None)
        if an is None:
            return
        self.analysis, self.claims = an, tuple(an.claims)
        self.crashes.extend(_crash(doc, where, exc, "its claims were not checked") for where, exc in getattr(an, "failures", ()))
        for rule in self.rules:
            ctx = Context(rule=rule, doc=doc, options=config.options_for(rule), message_language=config.message_language, analysis=an)
            self.found.extend(self.isolated(f"rule {rule.code}", lambda: _inside(doc, list(rule.func(doc, ctx))), []))
        if config.explain:
            from linter.judge.explain import annotate

            active = [(r, config.options_for(r)) for r in self.rules]
            self.found = self.isolated("likely-typo search", lambda: annotate(doc, an, self.found, active, config.message_language), self.found)

    def list_verified(self, kept: list[Diagnostic]) -> None:
        """The verdict of each claim once the suppression comments are applied (`kept` is what they left);
        where the suppressed findings were is always kept (the HTML report greys them), the verdicts only
        when they will be printed or cached."""
        left = {(d.span.start, d.span.end) for d in kept}
        self.suppressed = tuple(sorted({(d.span.start, d.span.end) for d in self.found} - left))
        if not self.verify or self.analysis is None or not self.claims:
            return
        from linter.figures.numfmt import number_marks
        from linter.judge.verify import verified

        marks = number_marks(self.doc.locale or DEFAULT_LANGUAGE)
        self.verified = self.isolated("list of verified claims", lambda: verified(self.claims, self.found, marks, kept), ())
        self.verified_at = tuple((c.stated.span.start, c.stated.span.end) for c in self.claims) if self.verified else ()

    def isolated(self, stage: str, step, fallback):  # noqa: ANN001, ANN201 - () -> T, T
        """`step()`, or `fallback` and an F002 for this file when it raises (a time-budget stop goes through)."""
        self.stage = stage
        check()  # past the budget: stop before this stage (F005 names it)
        try:
            return step()
        except Exception as exc:  # isolate the stage: report it, keep what the others found
            self.crashes.append(_crash(self.doc, stage, exc, _CONSEQUENCE.get(stage, "the other rules ran")))
            return fallback


def _analyse(doc: Document) -> Analysis:
    from linter.claims.pipeline import analyse  # the linkers load with the first file checked, not for a cached run

    return analyse(doc)


_CONSEQUENCE = {
    "analysis": "no rule could check it",
    "likely-typo search": "the findings are reported without a likely typo",
    "list of verified claims": "--show-verified lists nothing for it",
    "suppression comments": "its suppression comments were not applied",
}


def _inside(doc: Document, diags: list[Diagnostic]) -> list[Diagnostic]:
    """A rule's findings, refused whole when one points outside the text: a rule bug, not a finding."""
    n = len(doc.text)
    for d in diags:
        spans = [d.span, *(note.span for note in d.notes), *([d.fix.span] if d.fix else [])]
        bad = next((s for s in spans if not 0 <= s.start <= s.end <= n), None)
        if bad is not None:
            raise IndexError(f"{d.code} gave the span {bad.start}-{bad.end} in a text of {n} characters")
    return diags


def _unchecked(doc: Document) -> list[Diagnostic]:
    """F004 for each piece of the file its reader could not put into the checked text (too deep, an entity)."""
    return [
        Diagnostic(code="F004", name="unchecked-text", severity=Severity.WARNING, message=message, span=span, path=doc.path)
        for span, message in dict(doc.meta).get("unchecked", ())
    ]


def _timed_out(doc: Document, config: Config, stage: str) -> Diagnostic:
    return Diagnostic(
        code="F005", name="time-budget", severity=Severity.ERROR, span=Span(0, 0), path=doc.path,
        message=f"checking stopped at the time budget of {config.time_budget:g} s (time-budget) during the {stage}; "
        "what was found before is reported, the rest of this file was not checked",
    )


def _suppressed(doc: Document, diags: list[Diagnostic], rules: tuple, config: Config) -> list[Diagnostic]:
    """Drop what `<!-- factlint: … -->` comments suppress; report the suppressions that were not needed."""
    from linter.run.config import selector_matches
    from linter.run.directives import INVALID, UNUSED, apply

    report_unused = not any(selector_matches(s, *UNUSED) for s in config.ignore)
    report_invalid = not any(selector_matches(s, *INVALID) for s in config.ignore)
    return apply(doc, diags, [(r.code, r.name) for r in rules], report_unused, config.message_language, report_invalid=report_invalid)


def _located(doc: Document, d: Diagnostic) -> Diagnostic:
    line, col = doc.line_col(d.span.start)
    end_line, end_col = doc.line_col(d.span.end)
    # the claim served the likely-typo search, which is done: a result does not keep the document's figures alive
    return replace(
        d, path=doc.path, location=d.location or doc.location_of(d.span.start),
        line=line, column=col, end_line=end_line, end_column=end_col, claim=None,
    )


def _crash(doc: Document, stage: str, exc: BaseException, consequence: str = "the other rules ran") -> Diagnostic:
    import traceback  # only when a stage crashed

    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return Diagnostic(
        code="F002",
        name="rule-crashed",
        severity=Severity.ERROR,
        message=f"{stage} crashed on this file ({type(exc).__name__}: {exc}{where}); {consequence}. Please report this with the file.",
        span=Span(0, 0),
        path=doc.path,
    )


def file_error(path: str, message: str) -> FileResult:
    """The result for a file that could not be read: one F001 diagnostic, no claims."""
    diag = Diagnostic(
        code="F001", name="unreadable-file", severity=Severity.ERROR, message=message, span=Span(0, 0), path=path,
        line=1, column=1, end_line=1, end_column=1,
    )
    return FileResult(path=path, locale=None, claims_checked=0, diagnostics=(diag,))


# whether lint_file makes the list of verified claims: a run that will neither print nor cache them
# sets it off around its calls (lint_file keeps its signature: callers and tests wrap it)
_LIST_VERIFIED: ContextVar[bool] = ContextVar("factlint_list_verified", default=True)


def lint_file(path: str, config: Config = DEFAULT) -> FileResult:
    """Read and check one file under its time budget; whatever goes wrong is this file's F001, F002 or F005."""
    from linter.readers import ReadError, read_path

    config = config.for_file(path)
    shown = (config.stdin_filename or path) if path == "-" else path
    try:
        with budget(config.time_budget):
            try:
                doc = _with_source(read_path(path, config), path, config)
            except ReadError as exc:
                return file_error(shown, str(exc))
            except Exception as exc:  # a reader bug on one strange file must not end the run
                return file_error(shown, f"the reader failed on this file ({type(exc).__name__}: {exc}); please report it with the file")
            return lint_document(doc, config, verify=_LIST_VERIFIED.get())
    except BudgetExceeded:  # reading alone took the whole budget (a huge PDF)
        stop()
        diag = _timed_out(Document(text="", path=shown), config, "reading")
        return FileResult(path=shown, locale=None, claims_checked=0, diagnostics=(replace(diag, line=1, column=1, end_line=1, end_column=1),))


def _with_source(doc: Document, path: str, config: Config) -> Document:
    """Markdown and HTML readers blank comments, so suppression comments are read from the decoded source."""
    if doc.fmt not in ("md", "html") or path == "-" or any(key == "source_text" for key, _ in doc.meta):
        return doc
    from linter.readers import decode, read_bytes

    source = decode(read_bytes(path, config), path, config.encoding)
    if len(source) != len(doc.text):  # offsets would not line up; suppressions then see the reader's text
        return doc
    return replace(doc, meta=doc.meta + (("source_text", source),))


def discover(paths: Iterable[str], config: Config = DEFAULT) -> Iterator[str]:
    """Files named on the command line as given; folders searched for the formats factlint reads.

    A folder that cannot be listed is yielded itself: reading it then gives its F001, so its files
    are never skipped without a word.
    """
    from linter.run.ignorefiles import IgnoreFiles, skipped_folder

    excludes = config.exclude + config.extend_exclude
    for p in paths:
        if p == "-" or not os.path.isdir(p):
            yield p
            continue
        unlisted: list[str] = []
        ignored = IgnoreFiles.above(p)  # .gitignore and .ignore, from the repository's top down
        for root, dirs, files in os.walk(p, onerror=lambda exc: unlisted.append(exc.filename or p)):
            yield from _drain(unlisted)
            ignored.enter(root)
            dirs[:] = sorted(
                d for d in dirs
                if not skipped_folder(root, d) and not _excluded(os.path.join(root, d), excludes, config) and not ignored(os.path.join(root, d), folder=True)
            )
            for name in sorted(files):
                full = os.path.normpath(os.path.join(root, name))  # "a.md", not "./a.md", for a search of "."
                if name.lower().endswith(READABLE) and not _excluded(full, excludes, config) and not ignored(full):
                    yield full
        yield from _drain(unlisted)


def _drain(items: list[str]) -> Iterator[str]:
    while items:
        yield items.pop(0)


def excluded(path: str, config: Config) -> bool:
    """Whether the configuration's exclude or extend-exclude covers `path` (for --force-exclude)."""
    return _excluded(path, config.exclude + config.extend_exclude, config)


def _excluded(path: str, patterns: tuple[str, ...], config: Config) -> bool:
    norm = path.replace("\\", "/")
    return any(config.matches(path, pat) or f"/{pat.strip('/')}/" in f"/{norm}/" for pat in patterns)


def lint_paths(
    paths: Iterable[str], config: Config = DEFAULT, jobs: int = 1, *, keep_text: bool = True, keep_verified: bool = True,
    cache: ResultCache | None = None, pool: Executor | None = None, each: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Lint files and folders; results come in the order the files were found, whatever `jobs` is.

    `jobs` > 1 spreads the files over that many worker processes. `keep_text=False` drops each
    result's text (only the `full` format's code frames need it), so less travels between processes;
    `keep_verified=False` drops the arithmetic of every claim (only --show-verified prints it), so a
    run over thousands of files holds little more than its findings.
    A `pool` (from `worker_pool`) is used instead of starting one, so several calls share its workers.
    With a `cache` (linter.run.cache.ResultCache), unchanged files are not linted again; a cached clean
    file comes back without its text.
    """
    files = list(discover(paths, config))
    check = _FileCheck(config, keep_text, cache, keep_verified)
    results = []
    for result in _checked(files, check, jobs, pool):
        results.append(result)
        if each is not None:  # the caller prints it now, while the other files are being checked
            each(result)
    return results


def _checked(files: list[str], check: _FileCheck, jobs: int, pool: Executor | None) -> Iterator[FileResult]:
    """Each file's result in the order of `files`, as soon as it and those before it are done."""
    if len(files) <= 1 or (jobs <= 1 and pool is None):
        yield from map(check, files)
    elif pool is not None:
        yield from _parallel(pool, check, files, jobs)
    else:
        with worker_pool(min(jobs, len(files))) as own:
            yield from _parallel(own, check, files, jobs)


@record
class _FileCheck:
    """Lint one path; a picklable callable so worker processes get the settings with each chunk."""

    config: Config
    keep_text: bool
    cache: ResultCache | None
    keep_verified: bool = True

    def __call__(self, path: str) -> FileResult:
        if self.cache is None or path == "-":  # the verified claims are made only to be printed (a cache keeps them)
            token = _LIST_VERIFIED.set(self.keep_verified)
            try:
                result = lint_file(path, self.config)
            finally:
                _LIST_VERIFIED.reset(token)
        else:
            try:
                result = self.cache.lint(path, self.config, lint_file)
            except Exception:  # the cache can only save time: on any failure of its own, check without it
                result = lint_file(path, self.config)
        if not self.keep_text and result.text is not None:
            result = replace(result, text=None)
        return result if self.keep_verified or not result.verified else replace(result, verified=(), verified_at=())


def worker_pool(jobs: int) -> Executor:
    """A process pool of `jobs` workers, to lint many batches of files without starting one per batch."""
    import multiprocessing
    import sys
    from concurrent.futures import ProcessPoolExecutor

    # fork lets workers inherit the loaded modules and rules instead of importing them again;
    # elsewhere (macOS, Windows) fork is unsafe or missing and the platform default is used.
    ctx = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx)


def _parallel(pool: Executor, check: _FileCheck, files: list[str], jobs: int) -> Iterator[FileResult]:
    # chunks small enough that the workers finish together, large enough to keep the traffic low
    chunksize = max(1, min(16, len(files) // (max(1, jobs) * 8)))
    return pool.map(check, files, chunksize=chunksize)

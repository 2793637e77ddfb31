"""What the run did, beside the findings: statistics per rule, the claims verified, progress."""
from __future__ import annotations

import io
from collections import Counter
from contextlib import contextmanager
from itertools import groupby
from typing import Callable, Iterator, Sequence, TypeVar

from linter.core.model import FileResult

T = TypeVar("T")
PROGRESS_MIN_FILES = 20  # below this a run is quick enough that a bar is only noise


def _console(color: bool):  # noqa: ANN202 - rich.console.Console
    from rich.console import Console

    return Console(file=io.StringIO(), force_terminal=color, no_color=not color, width=110, highlight=False)


def statistics(results: Sequence[FileResult], color: bool = False, lang: str | None = None) -> str:
    """A table of findings per rule, most frequent first, in the messages' language."""
    from rich.table import Table

    from linter.lang.i18n import ntranslate, translate

    counts = Counter((d.code, d.name, d.severity.value) for r in results for d in r.diagnostics)
    table = Table(title=translate(N_("factlint: findings per rule"), lang), title_justify="left")
    for column, justify in ((N_("Count"), "right"), (N_("Code"), "left"), (N_("Rule"), "left"), (N_("Severity"), "left")):
        table.add_column(translate(column, lang), justify=justify)  # type: ignore[arg-type]
    for (code, name, severity), n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        table.add_row(str(n), code, name, translate(SEVERITY_WORDS[severity], lang))
    files = sum(1 for r in results if r.diagnostics)
    found = ntranslate("{n} finding", "{n} findings", sum(counts.values()), lang).format(n=sum(counts.values()))
    table.caption = found + " " + translate(N_("in {files} of {total} files"), lang).format(files=files, total=len(results))
    console = _console(color)
    console.print(table)
    return _trimmed(console.file.getvalue())


def _trimmed(text: str) -> str:
    """No line ending in blanks: rich pads a table's centred title and caption out to the table's width
    (the blanks may stand before the colour's closing code)."""
    import re

    return re.sub(r" +((?:\x1b\[[0-9;]*m)*)$", r"\1", text, flags=re.MULTILINE)


def N_(message: str) -> str:  # noqa: N802 - linter.lang.i18n.N_ (the extraction keyword), without importing gettext before it is needed
    return message


# What a reader calls each kind of claim and each verdict (the internal names stay in the JSON).
KIND_WORDS = {
    "percent": N_("share of a total"), "sum": N_("total of its parts"), "shares_total": N_("shares that add up"),
    "part_le_whole": N_("part within its whole"), "change_pct": N_("change in percent"), "diff": N_("difference"),
    "target": N_("result against the plan"), "restates": N_("figure repeated from a table"), "unit": N_("unit conversion"),
    "date_range": N_("date range"), "invalid_date": N_("date"),
}
VERDICT_WORDS = {
    "consistent": N_("consistent"), "ok": N_("consistent"), "flagged": N_("flagged"), "suppressed": N_("suppressed"),
    "baselined": N_("in the baseline"),
}
VERDICT_STYLES = {"consistent": "green", "ok": "green", "suppressed": "yellow", "baselined": "yellow"}  # anything else is a mismatch: red
SEVERITY_WORDS = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}
# the operands' roles that a claim's arithmetic names when no formula writes it (linter/judge/verify.py)
ROLE_WORDS = {
    "start": N_("first year"), "count": N_("number of years"), "listed": N_("year listed"), "delta": N_("change"),
    "value": N_("converted from"), "date": N_("date"), "first": N_("stated before as"), "part": N_("part"), "whole": N_("whole"),
    "from": N_("from"), "to": N_("to"), "total": N_("total"), "share": N_("share"), "plan": N_("plan"), "result": N_("result"),
}
ROLES = None  # the pattern of those roles, made on first use


def _arithmetic_words(arithmetic: str, lang: str | None) -> str:
    """The few English words of a claim's arithmetic (which stays English in the data: JSON, SARIF) in
    the messages' language: "stated X", "X against the table's Y (row, column)", "stated X with role v, …"."""
    import re

    from linter.lang.i18n import translate

    global ROLES
    table = re.fullmatch(r"(\S+) against the table's (\S+) \((.*)\)", arithmetic)
    if table:
        return translate(N_("{stated} against the table's {cell} ({where})"), lang).format(stated=table[1], cell=table[2], where=table[3])
    named = re.fullmatch(r"stated (\S+) with (.+)", arithmetic)
    if named:
        ROLES = ROLES or re.compile(r"(?:^|, )(" + "|".join(ROLE_WORDS) + r") ")
        pieces = ROLES.split(named[2])[1:]  # role, value, role, value …
        roles = [f"{translate(ROLE_WORDS[r], lang)} {v}" for r, v in zip(pieces[::2], pieces[1::2])]
        arithmetic = f"stated {named[1]} ({'; '.join(roles)})"
    return re.sub(r"\bstated (\S+)", lambda m: translate(N_("stated {stated}"), lang).format(stated=m.group(1)), arithmetic)


def verified(results: Sequence[FileResult], color: bool = False, lang: str | None = None) -> str:
    """Every claim each file's checks verified: kind, verdict and the arithmetic done, in the messages' language."""
    from rich.markup import escape

    from linter.lang.i18n import ntranslate, translate
    from linter.formats.output import visible  # figures and file names quoted from the input: shown, never obeyed

    console = _console(color)
    for r in results:
        said = lang or r.locale
        count = ntranslate("{n} claim verified", "{n} claims verified", len(r.verified), said).format(n=len(r.verified))
        console.print(f"[bold]{escape(visible(r.path))}[/]: {escape(count)}")
        for kind, verdict, arithmetic in r.verified:
            style = VERDICT_STYLES.get(verdict, "red")
            kind_words = translate(KIND_WORDS[kind], said) if kind in KIND_WORDS else kind.replace("_", " ")
            verdict_words = translate(VERDICT_WORDS[verdict], said) if verdict in VERDICT_WORDS else verdict
            arithmetic = _arithmetic_words(arithmetic, said)
            console.print(f"  [{style}]{escape(verdict_words)}[/] {escape(kind_words)}: {escape(visible(arithmetic))}", soft_wrap=True)
    return _trimmed(console.file.getvalue())


@contextmanager
def progress(total: int, show: bool, above: bool = False) -> Iterator[Callable[[int], None]]:
    """An `advance(n)` callable driving a rich progress bar on stderr, or doing nothing when not `show`.

    With `above` (standard output is the same terminal) what is printed meanwhile goes above the bar;
    otherwise standard output is left alone, so a redirected report never lands on stderr.
    """
    if not show or total < PROGRESS_MIN_FILES:
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True, redirect_stdout=above, redirect_stderr=False) as bar:
        task = bar.add_task("factlint", total=total)
        yield lambda n: bar.advance(task, n)


def batches(jobs: Sequence[tuple[str, T]], size: int = 8) -> Iterator[tuple[T, list[str]]]:
    """Consecutive paths sharing a settings object, in order, at most `size` at a time."""
    for settings, group in groupby(jobs, key=lambda job: job[1]):
        paths = [path for path, _ in group]
        for i in range(0, len(paths), size):
            yield settings, paths[i:i + size]

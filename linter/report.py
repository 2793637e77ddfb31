"""What the run did, beside the findings: statistics per rule, the claims verified, progress."""
from __future__ import annotations

import io
from collections import Counter
from contextlib import contextmanager
from itertools import groupby
from typing import Callable, Iterator, Sequence, TypeVar

from linter.model import FileResult

T = TypeVar("T")
PROGRESS_MIN_FILES = 20  # below this a run is quick enough that a bar is only noise


def _console(color: bool):  # noqa: ANN202 - rich.console.Console
    from rich.console import Console

    return Console(file=io.StringIO(), force_terminal=color, no_color=not color, width=110, highlight=False)


def statistics(results: Sequence[FileResult], color: bool = False) -> str:
    """A table of findings per rule, most frequent first."""
    from rich.table import Table

    counts = Counter((d.code, d.name, d.severity.value) for r in results for d in r.diagnostics)
    table = Table(title="factlint: findings per rule", title_justify="left")
    for column, justify in (("Count", "right"), ("Code", "left"), ("Rule", "left"), ("Severity", "left")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for (code, name, severity), n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        table.add_row(str(n), code, name, severity)
    files = sum(1 for r in results if r.diagnostics)
    table.caption = f"{sum(counts.values())} findings in {files} of {len(results)} files"
    console = _console(color)
    console.print(table)
    return console.file.getvalue()


def verified(results: Sequence[FileResult], color: bool = False) -> str:
    """Every claim each file's checks verified: kind, verdict and the arithmetic done."""
    from rich.markup import escape

    from linter.output import visible  # figures and file names quoted from the input: shown, never obeyed

    console = _console(color)
    for r in results:
        console.print(f"[bold]{escape(visible(r.path))}[/]: {len(r.verified)} claim{'s' * (len(r.verified) != 1)} verified")
        for kind, verdict, arithmetic in r.verified:
            style = "green" if verdict in ("ok", "consistent") else "red"
            console.print(f"  [{style}]{escape(verdict)}[/] {escape(kind)}: {escape(visible(arithmetic))}", soft_wrap=True)
    return console.file.getvalue()


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

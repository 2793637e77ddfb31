"""The `full` format: a code frame per finding, the figure underlined and the operands labelled."""
from __future__ import annotations

from typing import Sequence

from linter.core.model import Diagnostic, FileResult, Severity
from linter.formats.output import visible

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold blue"}
WIDTH = 110  # characters of source shown around a finding


def _cells(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


GUTTER = 8  # "12345 │ " in front of every source, caret and label row


def _window(line: str, lo: int, hi: int, room: int = WIDTH) -> tuple[int, int]:
    """A slice of `line` containing [lo, hi) with some context, cut at word edges, at most `room` cells wide."""
    if _cells(line) <= room:
        return 0, len(line)
    span = max(0, room - (hi - lo))
    start = max(0, lo - min(30, span // 2))
    end = min(len(line), max(hi + 10, start + room))
    while start > 0 and not line[start - 1].isspace() and lo - start < 45:
        start -= 1
    while end < len(line) and not line[end].isspace() and end - hi < 20:
        end += 1
    # wide characters (CJK, emoji) take two cells: trim the side away from the figure until it fits
    while end - start > 1 and _cells(line[start:end]) + 2 > room:
        if end > hi and (end - hi >= lo - start or start >= lo):
            end -= 1
        else:
            start += 1
    return start, end


def _frame(text: str, d: Diagnostic, lang: str | None = None, width: int = WIDTH + GUTTER) -> list[str]:
    """The rows under a finding: its source line cut to fit `width` cells, carets and labelled operands under their figures."""
    from rich.markup import escape

    from linter.lang.i18n import N_, translate

    room = max(20, width - GUTTER)
    line_start = text.rfind("\n", 0, d.span.start) + 1
    line_end = text.find("\n", d.span.start)
    line_end = len(text) if line_end < 0 else line_end
    line = visible(text[line_start:line_end].replace("\t", " "))
    lo, hi = d.span.start - line_start, min(d.span.end, line_end) - line_start
    near = [n for n in d.notes if line_start <= n.span.start < line_end]
    w_lo, w_hi = _window(line, *_cover(line, lo, hi, [(n.span.start - line_start, n.span.end - line_start) for n in near], room), room)
    prefix = "…" if w_lo > 0 else ""
    out = ["      │", f"{d.line:>5} │ {escape(prefix + line[w_lo:w_hi])}{'…' if w_hi < len(line) else ''}"]

    def mark(a: int, b: int, ch: str, label: str, style: str) -> list[str]:
        if a < w_lo or a >= w_hi:
            return []
        pad = _cells(prefix + line[w_lo:a])
        return _marked(pad, max(1, _cells(line[a:min(b, w_hi)])), ch, visible(label), style, room)

    out += mark(lo, hi, "^", translate(N_("stated {stated}"), lang).format(stated=d.stated) if d.stated else "", STYLE[d.severity])
    for n in d.notes:
        rows = mark(n.span.start - line_start, n.span.end - line_start, "─", n.message, "cyan") if n in near else []
        if not rows:
            snippet = visible(text[n.span.start:n.span.end].replace("\n", " "))
            where = translate(N_("line {line}"), lang).format(line=text.count(chr(10), 0, n.span.start) + 1)
            rows = [f"      │ [cyan]{escape(visible(n.message))}[/]: {escape(snippet)} ({where})"]
        out += rows
    return out


def _cover(line: str, lo: int, hi: int, operands: list[tuple[int, int]], room: int) -> tuple[int, int]:
    """The stretch of `line` to show: the figure and as many of its operands as fit in `room` cells, nearest first."""
    for a, b in sorted(operands, key=lambda ab: min(abs(ab[0] - hi), abs(lo - ab[1]))):
        new_lo, new_hi = min(lo, a), max(hi, min(b, len(line)))
        if _cells(line[new_lo:new_hi]) + 2 <= room:
            lo, hi = new_lo, new_hi
    return lo, hi


def _marked(pad: int, width: int, ch: str, label: str, style: str, room: int) -> list[str]:
    """The marks under a figure and their label: after the marks when it fits, else before them, else on the next row.

    A label never makes the row wider than the terminal, so the terminal never wraps it to column 0.
    """
    from rich.markup import escape

    need = _cells(label)
    marks = ch * width
    if not label or pad + width + 1 + need <= room:
        return [f"      │ {' ' * pad}[{style}]{marks}{' ' + escape(label) if label else ''}[/]"]
    if need + 1 <= pad:
        return [f"      │ {' ' * (pad - need - 1)}[{style}]{escape(label)} {marks}[/]"]
    start = max(0, min(pad, room - need))
    return [f"      │ {' ' * pad}[{style}]{marks}[/]", f"      │ {' ' * start}[{style}]{escape(label)}[/]"]


def summary_line(files: int, claims: int, counts: dict[Severity, int], lang: str | None = None) -> str:
    from linter.lang.i18n import ntranslate

    def n_(singular: str, plural: str, n: int) -> str:
        return ntranslate(singular, plural, n, lang).format(n=n)

    summary = n_("{n} file checked", "{n} files checked", files) + ", " + n_("{n} claim verified", "{n} claims verified", claims)
    summary += ": " + n_("{n} error", "{n} errors", counts[Severity.ERROR]) + ", " + n_("{n} warning", "{n} warnings", counts[Severity.WARNING])
    if counts[Severity.INFO]:
        summary += ", " + n_("{n} info", "{n} info", counts[Severity.INFO])
    return summary


def render(results: Sequence[FileResult], color: bool | None = None, width: int | None = None, lang: str | None = None) -> str:
    """The whole `full` report as text, `width` cells wide (default 100)."""
    import io

    from rich.console import Console

    console = Console(file=io.StringIO(), force_terminal=bool(color), no_color=not color, width=width or 100, highlight=False)
    counts = {s: 0 for s in Severity}
    claims = sum(print_file(console, r, lang, counts) for r in results)
    print_wrapped(console, f"[bold]{summary_line(len(results), claims, counts, lang)}[/]")
    return console.file.getvalue()


def print_file(console, r: FileResult, lang: str | None, counts: dict[Severity, int]) -> int:  # noqa: ANN001 - rich.console.Console
    """Print one file's findings in the `full` format, laid out for the console's width; count them into `counts`.

    Returns the number of claims the file had checked, for the summary line.
    """
    from rich.markup import escape

    from linter.lang.i18n import N_, translate

    said = lang or r.locale  # the labels speak the findings' language

    def label(message: str, **values: str) -> str:
        return escape(visible(translate(message, said).format(**values)))

    def prose(markup: str, indent: int) -> None:
        print_wrapped(console, markup, indent)

    for d in r.diagnostics:
        counts[d.severity] += 1
        where = f"{d.path}:{d.line}:{d.column}" + (f" ({d.location})" if d.location else "")
        # the location is copied and clicked: never broken, however long the path
        console.print(f"[bold]{escape(visible(where))}[/]: [{STYLE[d.severity]}]{d.severity.value}[/] [bold]{d.code}[/] {d.name}", soft_wrap=True)
        prose(escape(visible(d.message)), 2)
        if r.text is not None and d.span.end > d.span.start:
            for row in _frame(r.text, d, said, console.width):
                console.print(row, no_wrap=True, overflow="ellipsis", crop=True)
        if d.arithmetic:
            prose(f"= {escape(visible(d.arithmetic))}", 6)
        elsewhere = _fixed_elsewhere(r.text, d)
        if elsewhere is not None:  # the likely typo is another figure: that figure is what should change
            should = label(N_("{figure} should be {value}"), figure=elsewhere, value=d.fix.replacement)
            prose(f"= [green]{should}[/]", 6)
        elif d.computed is not None:
            should = label(N_("should be {value}"), value=d.computed)
            prose(f"= [green]{should}[/]" if d.stated else "= " + label(N_("computed {value}"), value=d.computed), 6)
        if d.help:
            prose("= " + label(N_("help: {help}"), help=d.help), 6)
        console.print()
    return r.claims_checked


def print_wrapped(console, markup: str, indent: int = 0) -> None:  # noqa: ANN001 - rich.console.Console
    """`markup` wrapped by rich at word edges, every line indented by `indent`, none ending in blanks (a
    Padding, or rich's own wrapping, leaves them, and a copy of the report or a diff of two runs carries them)."""
    from rich.text import Text

    for line in Text.from_markup(markup).wrap(console, max(20, console.width - indent)):
        line.rstrip()
        console.print(Text(" " * indent) + line, soft_wrap=True)


def _fixed_elsewhere(text: str | None, d: Diagnostic) -> str | None:
    """The figure a finding's fix edits when that is not the stated figure ("443.137" for a share
    computed from it): the value to write belongs to that figure, not to the share."""
    fix = d.fix
    if text is None or fix is None or fix.display_only or d.span.start <= fix.span.start < d.span.end:
        return None
    return text[fix.span.start:fix.span.end]


def closing_line(results: Sequence[FileResult], lang: str | None = None) -> str:
    """The `concise` format's last line: "Found 3 errors in 1 file." or "All checks passed."."""
    from linter.lang.i18n import N_, ntranslate, translate

    counts = {s: sum(d.severity == s for r in results for d in r.diagnostics) for s in Severity}
    if not any(counts.values()):
        return translate(N_("All checks passed."), lang)

    def n_(singular: str, plural: str, n: int) -> str:
        return ntranslate(singular, plural, n, lang).format(n=n)

    parts = [n_("{n} error", "{n} errors", counts[Severity.ERROR])] if counts[Severity.ERROR] else []
    parts += [n_("{n} warning", "{n} warnings", counts[Severity.WARNING])] if counts[Severity.WARNING] else []
    parts += [n_("{n} info", "{n} info", counts[Severity.INFO])] if counts[Severity.INFO] else []
    files = n_("{n} file", "{n} files", sum(1 for r in results if r.diagnostics))
    return translate(N_("Found {findings} in {files}."), lang).format(findings=", ".join(parts), files=files)

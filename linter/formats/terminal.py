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


def _window(line: str, lo: int, hi: int) -> tuple[int, int]:
    """A slice of `line` containing [lo, hi) with some context, cut at word edges."""
    if len(line) <= WIDTH:
        return 0, len(line)
    room = max(0, WIDTH - (hi - lo))
    start = max(0, lo - min(30, room // 2))
    end = min(len(line), max(hi + 10, start + WIDTH))
    while start > 0 and not line[start - 1].isspace() and lo - start < 45:
        start -= 1
    while end < len(line) and not line[end].isspace() and end - hi < 20:
        end += 1
    return start, end


def _frame(text: str, d: Diagnostic, lang: str | None = None) -> list[str]:
    from rich.markup import escape

    from linter.lang.i18n import N_, translate

    line_start = text.rfind("\n", 0, d.span.start) + 1
    line_end = text.find("\n", d.span.start)
    line_end = len(text) if line_end < 0 else line_end
    line = visible(text[line_start:line_end].replace("\t", " "))
    lo, hi = d.span.start - line_start, min(d.span.end, line_end) - line_start
    near = [n for n in d.notes if line_start <= n.span.start < line_end]
    cover_lo = min([lo] + [n.span.start - line_start for n in near])
    cover_hi = max([hi] + [n.span.end - line_start for n in near])
    w_lo, w_hi = _window(line, cover_lo, cover_hi) if cover_hi - cover_lo <= WIDTH + 40 else _window(line, lo, hi)
    prefix = "…" if w_lo > 0 else ""
    out = ["      │", f"{d.line:>5} │ {escape(prefix + line[w_lo:w_hi])}{'…' if w_hi < len(line) else ''}"]

    def mark(a: int, b: int, ch: str, label: str, style: str) -> str | None:
        if a < w_lo or a >= w_hi:
            return None
        pad = _cells(prefix + line[w_lo:a])
        width = max(1, _cells(line[a:min(b, w_hi)]))
        return f"      │ {' ' * pad}[{style}]{ch * width} {escape(visible(label))}[/]"

    primary = mark(lo, hi, "^", translate(N_("stated {stated}"), lang).format(stated=d.stated) if d.stated else "", STYLE[d.severity])
    if primary:
        out.append(primary)
    for n in d.notes:
        row = mark(n.span.start - line_start, n.span.end - line_start, "─", n.message, "cyan") if n in near else None
        if row is None:
            snippet = visible(text[n.span.start:n.span.end].replace("\n", " "))
            where = translate(N_("line {line}"), lang).format(line=text.count(chr(10), 0, n.span.start) + 1)
            row = f"      │ [cyan]{escape(visible(n.message))}[/]: {escape(snippet)} ({where})"
        out.append(row)
    return out


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
    import io

    from rich.console import Console
    from rich.markup import escape

    from linter.lang.i18n import N_, translate

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=bool(color), no_color=not color, width=width or 140, highlight=False, soft_wrap=True)
    counts = {s: 0 for s in Severity}
    claims = 0
    for r in results:
        claims += r.claims_checked
        said = lang or r.locale  # the labels speak the findings' language

        def label(message: str, **values: str) -> str:
            return escape(visible(translate(message, said).format(**values)))

        for d in r.diagnostics:
            counts[d.severity] += 1
            where = f"{d.path}:{d.line}:{d.column}" + (f" ({d.location})" if d.location else "")
            console.print(f"[bold]{escape(visible(where))}[/]: [{STYLE[d.severity]}]{d.severity.value}[/] [bold]{d.code}[/] {d.name}")
            console.print(f"  {escape(visible(d.message))}")
            if r.text is not None and d.span.end > d.span.start:
                for row in _frame(r.text, d, said):
                    console.print(row, overflow="ignore", crop=False)
            if d.arithmetic:
                console.print(f"      = {escape(visible(d.arithmetic))}")
            if d.computed is not None:
                should = label(N_("should be {value}"), value=d.computed)
                console.print(f"      = [green]{should}[/]" if d.stated else "      = " + label(N_("computed {value}"), value=d.computed))
            if d.help:
                console.print("      = " + label(N_("help: {help}"), help=d.help))
            console.print()
    summary = summary_line(len(results), claims, counts, lang)
    console.print(f"[bold]{summary}[/]")
    return buf.getvalue()

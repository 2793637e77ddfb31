"""Output formats: one function per format, each taking the results and returning text."""
from __future__ import annotations

import json
from typing import Callable, Sequence

from linter import __version__
from linter.model import Diagnostic, FileResult

Formatter = Callable[[Sequence[FileResult]], str]


def diagnostics(results: Sequence[FileResult]) -> list[Diagnostic]:
    return [d for r in results for d in r.diagnostics]


def concise(results: Sequence[FileResult]) -> str:
    lines = []
    for d in diagnostics(results):
        where = f"{d.path}:{d.line}:{d.column}"
        if d.location:
            where += f" ({d.location})"
        lines.append(f"{where}: {d.code} [{d.severity.value}] {d.message}")
    return "\n".join(lines) + ("\n" if lines else "")


def diagnostic_dict(d: Diagnostic) -> dict:
    out = {
        "path": d.path,
        "code": d.code,
        "name": d.name,
        "severity": d.severity.value,
        "message": d.message,
        "start": d.span.start,
        "end": d.span.end,
        "line": d.line,
        "column": d.column,
        "end_line": d.end_line,
        "end_column": d.end_column,
        "related": [{"start": n.span.start, "end": n.span.end, "message": n.message} for n in d.notes],
        "stated": d.stated,
        "computed": d.computed,
    }
    if d.arithmetic:
        out["arithmetic"] = d.arithmetic
    if d.location:
        out["location"] = d.location
    if d.help:
        out["help"] = d.help
    if d.fix:
        out["fix"] = {"start": d.fix.span.start, "end": d.fix.span.end, "replacement": d.fix.replacement, "safe": d.fix.safe}
        out["fix"]["applicability"] = "safe" if d.fix.safe else "display-only" if d.fix.display_only else "unsafe"
    return out


def json_report(results: Sequence[FileResult]) -> str:
    report = {
        "version": 1,
        "tool": "factlint",
        "tool_version": __version__,
        "files": [{"path": r.path, "locale": r.locale, "claims_checked": r.claims_checked} for r in results],
        "diagnostics": [diagnostic_dict(d) for d in diagnostics(results)],
    }
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Formatter] = {"concise": concise, "json": json_report}

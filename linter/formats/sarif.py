"""SARIF 2.1.0 output, for GitHub code scanning and other static-analysis dashboards.

Columns are code points (`columnKind: unicodeCodePoints`), as everywhere in factlint, and every
region also carries `charOffset`/`charLength` into the decoded source.
"""
from __future__ import annotations

import json
from pathlib import PurePath
from typing import Sequence
from urllib.parse import quote

from linter.core import __version__
from linter.core.model import Diagnostic, FileResult, Severity, Span

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}



def _uri(path: str) -> str:
    p = PurePath(path)
    return p.as_uri() if p.is_absolute() else quote(p.as_posix())


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _region(span: Span, text: str | None, line: int = 0, col: int = 0, end_line: int = 0, end_col: int = 0) -> dict:
    if text is not None and not line:
        (line, col), (end_line, end_col) = _line_col(text, span.start), _line_col(text, span.end)
    region: dict = {"charOffset": span.start, "charLength": span.end - span.start}
    if line >= 1:
        region.update(startLine=line, startColumn=max(col, 1), endLine=max(end_line, line), endColumn=max(end_col, 1))
    return region


def _location(path: str, region: dict) -> dict:
    return {"physicalLocation": {"artifactLocation": {"uri": _uri(path)}, "region": region}}


def _rules(codes: list[str]) -> list[dict]:
    from linter.run.config import ENGINE_CODES
    from linter.run.discovery import load_rules

    known = {r.code: r for r in load_rules()}
    out = []
    for code in codes:
        if code in known:
            r = known[code]
            name, short, full, level = r.name, r.summary or r.name, r.doc or r.name, _LEVEL[r.severity]
        else:
            name, full = ENGINE_CODES.get(code, (code.lower(), code))
            short, level = full, "warning" if code in ("F003", "F004", "F006") else "error"  # as the engine reports them
        out.append({
            "id": code, "name": name, "shortDescription": {"text": short}, "fullDescription": {"text": full},
            "help": {"text": full}, "defaultConfiguration": {"level": level},
        })
    return out


def _result(d: Diagnostic, text: str | None, rule_index: int, fingerprint: str) -> dict:
    message = "\n".join(x for x in (d.message, d.arithmetic and f"= {d.arithmetic}", d.help and f"help: {d.help}") if x)
    result = {
        "ruleId": d.code, "ruleIndex": rule_index, "level": _LEVEL[d.severity], "message": {"text": message},
        "locations": [_location(d.path, _region(d.span, text, d.line, d.column, d.end_line, d.end_column))],
        "partialFingerprints": {"factlint/v1": fingerprint},
    }
    if d.notes:
        result["relatedLocations"] = [
            {"id": i, **_location(d.path, _region(n.span, text)), "message": {"text": n.message or "operand"}}
            for i, n in enumerate(d.notes)
        ]
    if d.fix is not None:
        kind = "safe" if d.fix.safe else "display-only" if d.fix.display_only else "unsafe"
        result["fixes"] = [{
            "description": {"text": f"write {d.fix.replacement} ({kind} fix)"},
            "artifactChanges": [{
                "artifactLocation": {"uri": _uri(d.path)},
                "replacements": [{"deletedRegion": _region(d.fix.span, text), "insertedContent": {"text": d.fix.replacement}}],
            }],
        }]
    return result


def sarif(results: Sequence[FileResult]) -> str:
    """A SARIF 2.1.0 log with one run: the rules that ran and every finding."""
    from linter.run.fingerprint import fingerprint
    from linter.run.discovery import load_rules

    codes = sorted({r.code for r in load_rules()} | {d.code for r in results for d in r.diagnostics})
    index = {code: i for i, code in enumerate(codes)}
    run = {
        "tool": {"driver": {"name": "factlint", "version": __version__, "rules": _rules(codes)}},  # no informationUri until there is a published page
        "columnKind": "unicodeCodePoints",
        "results": [_result(d, r.text, index[d.code], fingerprint(d, r.text)) for r in results for d in r.diagnostics],
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2) + "\n"

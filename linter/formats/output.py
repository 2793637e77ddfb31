"""Output formats: one function per format, each taking the results and returning text."""
from __future__ import annotations

from typing import Callable, Sequence

from linter.core import __version__
from linter.core.model import Diagnostic, FileResult, Severity

Formatter = Callable[[Sequence[FileResult]], str]


# Control characters from a document (or a file name) would be obeyed by the terminal: ESC ] sets
# the window title, ESC [2J clears the screen. The human formats print each as one visible
# character of the same width (the C0 controls as their Control Pictures, ␛ for ESC), so columns
# and underlines still line up; C1 controls and the bidirectional overrides that reorder a line
# ("Trojan source") become U+FFFD.
_VISIBLE = {c: 0x2400 + c for c in range(0x20)} | {0x7F: 0x2421} | {c: 0xFFFD for c in range(0x80, 0xA0)}
_VISIBLE |= {c: 0xFFFD for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def visible(text: str) -> str:
    """`text` with every control character shown instead of obeyed (one character for one)."""
    return text.translate(_VISIBLE)


def diagnostics(results: Sequence[FileResult]) -> list[Diagnostic]:
    return [d for r in results for d in r.diagnostics]


def concise(results: Sequence[FileResult]) -> str:
    lines = []
    for d in diagnostics(results):
        where = f"{d.path}:{d.line}:{d.column}"
        if d.location:
            where += f" ({d.location})"
        lines.append(visible(f"{where}: {d.code} [{d.severity.value}] {d.message}"))
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
    import json

    report = {
        "version": 1,
        "tool": "factlint",
        "tool_version": __version__,
        "files": [{"path": r.path, "locale": r.locale, "claims_checked": r.claims_checked} for r in results],
        "diagnostics": [diagnostic_dict(d) for d in diagnostics(results)],
    }
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def json_lines(results: Sequence[FileResult]) -> str:
    import json

    return "".join(json.dumps(diagnostic_dict(d), ensure_ascii=False) + "\n" for d in diagnostics(results))


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


_GH_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


GITHUB_SHOWN = 10  # annotations of each level GitHub shows per step; the rest are only in the job log


def github_left_out(results: Sequence[FileResult]) -> dict[str, int]:
    """How many annotations of each level ("error", "warning", "notice") GitHub will not show."""
    counts: dict[str, int] = {}
    for d in diagnostics(results):
        counts[_GH_COMMAND[d.severity]] = counts.get(_GH_COMMAND[d.severity], 0) + 1
    return {level: n - GITHUB_SHOWN for level, n in counts.items() if n > GITHUB_SHOWN}


def github(results: Sequence[FileResult]) -> str:
    """GitHub Actions workflow commands: each finding becomes an annotation on the diff.

    GitHub shows 10 annotations of each level per step: when more would be shown, a first notice
    says how many of each level were left out (first, so that it is never the one left out).
    """
    left = github_left_out(results)
    lines = []
    if left:
        what = ", ".join(f"{n} {level}{'s' * (n != 1)}" for level, n in left.items())
        lines.append(f"::notice title=factlint::{_gh_data(f'GitHub shows {GITHUB_SHOWN} annotations of each level per step: {what} left out. The job log lists every finding.')}")
    for d in diagnostics(results):
        props = {
            "file": d.path, "line": d.line, "col": d.column, "endLine": d.end_line, "endColumn": d.end_column,
            "title": f"{d.code} {d.name}",
        }
        body = "\n".join(x for x in (d.message, d.arithmetic and f"= {d.arithmetic}", d.help and f"help: {d.help}") if x)
        prop_text = ",".join(f"{k}={_gh_property(str(v))}" for k, v in props.items())
        lines.append(f"::{_GH_COMMAND[d.severity]} {prop_text}::{_gh_data(body)}")
    return "\n".join(lines) + ("\n" if lines else "")


def _fingerprinted(results: Sequence[FileResult]) -> list[tuple[Diagnostic, str]]:
    """Each diagnostic with its fingerprint, repeats numbered so every value is unique in the report."""
    import hashlib

    from linter.run.fingerprint import fingerprint

    seen: dict[str, int] = {}
    out = []
    for r in results:
        for d in r.diagnostics:
            base = f"{r.path}\x1f{fingerprint(d, r.text)}"
            seen[base] = seen.get(base, 0) + 1
            out.append((d, hashlib.sha256(f"{base}\x1f{seen[base]}".encode("utf-8")).hexdigest()))
    return out


_GITLAB_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def gitlab(results: Sequence[FileResult]) -> str:
    """A GitLab Code Quality report (the `codequality` artifact shown on merge requests)."""
    import json

    report = [
        {
            "description": f"{d.code} {d.message}",
            "check_name": d.name,
            "fingerprint": fp,
            "severity": _GITLAB_SEVERITY[d.severity],
            "location": {"path": d.path, "lines": {"begin": max(d.line, 1)}},
        }
        for d, fp in _fingerprinted(results)
    ]
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def junit(results: Sequence[FileResult]) -> str:
    """JUnit XML: a testsuite per file, a failing testcase per finding (a passing one for a clean file)."""
    import xml.etree.ElementTree as ET

    total = sum(len(r.diagnostics) for r in results)
    root = ET.Element("testsuites", name="factlint", tests=str(total + sum(not r.diagnostics for r in results)), failures=str(total))
    for r in results:
        suite = ET.SubElement(root, "testsuite", name=r.path, tests=str(len(r.diagnostics) or 1), failures=str(len(r.diagnostics)), errors="0")
        if not r.diagnostics:
            ET.SubElement(suite, "testcase", name="no findings", classname=r.path)
        for d in r.diagnostics:
            case = ET.SubElement(suite, "testcase", name=f"{d.code} {d.name} at line {d.line}, column {d.column}", classname=r.path)
            failure = ET.SubElement(case, "failure", message=d.message, type=d.severity.value)
            failure.text = "\n".join(x for x in (f"{d.path}:{d.line}:{d.column}: {d.code} {d.message}", d.arithmetic, d.help) if x)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def sarif(results: Sequence[FileResult]) -> str:
    """SARIF 2.1.0 (`linter.formats.sarif`, imported only for this format, as json is only for the JSON ones)."""
    from linter.formats.sarif import sarif as report

    return report(results)


def html(results: Sequence[FileResult]) -> str:
    """One self-contained page for readers of the report, not of terminals (`linter.htmlreport`)."""
    from linter.formats.htmlreport import render

    return render(results)


FORMATS: dict[str, Formatter] = {
    "concise": concise,
    "json": json_report,
    "json-lines": json_lines,
    "github": github,
    "gitlab": gitlab,
    "junit": junit,
    "sarif": sarif,
    "html": html,
}

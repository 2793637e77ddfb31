"""Baselines: accept the findings a draft already carries and report only new ones.

A baseline file lists each finding's path, code and fingerprint (see `linter.run.fingerprint`), and
no line numbers, so editing other paragraphs does not resurrect accepted findings. Paths are
stored relative to the baseline file, so it works from any working directory.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import replace
from typing import Sequence

from linter.run.fingerprint import fingerprint
from linter.core.model import FileResult

Key = tuple[str, str, str]  # path relative to the baseline, code, fingerprint


class BaselineError(Exception):
    """A baseline that cannot be read; the message names the file."""


def _relative(path: str, baseline: str) -> str:
    if path == "-":
        return path
    return os.path.relpath(os.path.abspath(path), os.path.dirname(os.path.abspath(baseline))).replace(os.sep, "/")


def write(results: Sequence[FileResult], baseline: str) -> int:
    """Record every finding of `results` in `baseline`; returns how many."""
    findings = [
        {"path": _relative(r.path, baseline), "code": d.code, "fingerprint": fingerprint(d, r.text), "message": d.message}
        for r in results
        for d in r.diagnostics
    ]
    with open(baseline, "w", encoding="utf-8") as fh:
        json.dump({"version": 1, "tool": "factlint", "findings": findings}, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return len(findings)


def load(baseline: str) -> Counter[Key]:
    try:
        with open(baseline, encoding="utf-8") as fh:
            data = json.load(fh)
        return Counter((f["path"], f["code"], f["fingerprint"]) for f in data["findings"])
    except OSError as exc:
        raise BaselineError(f"{baseline}: cannot read baseline: {exc.strerror or exc}") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise BaselineError(f"{baseline}: not a factlint baseline (written by --write-baseline): {exc!r}") from None


def subtract(results: Sequence[FileResult], baseline: str, accepted: Counter[Key]) -> list[FileResult]:
    """`results` without the findings the baseline accepts; each entry absorbs one finding."""
    left = Counter(accepted)
    out = []
    for r in results:
        kept, taken = [], []
        for d in r.diagnostics:
            key = (_relative(r.path, baseline), d.code, fingerprint(d, r.text))
            if left[key] > 0:
                left[key] -= 1
                taken.append(d)
            else:
                kept.append(d)
        out.append(_accepted(replace(r, diagnostics=tuple(kept)), kept, taken))
    return out


def _accepted(r: FileResult, kept: list, taken: list) -> FileResult:
    """`r` with the figures whose findings the baseline all accepted marked as accepted, not as holding:
    grey in the HTML report (with the suppressed ones), "baselined" in --show-verified."""
    if not taken:
        return r
    kept_at = {(d.span.start, d.span.end) for d in kept}
    taken_at = {(d.span.start, d.span.end) for d in taken} - kept_at
    return replace(r, verified=_verdicts(r, taken_at), suppressed=tuple(sorted(set(r.suppressed) | taken_at)))


def _verdicts(r: FileResult, taken_at: set) -> tuple:
    """--show-verified's verdicts once the baseline is applied: a claim whose findings it all accepted is
    "baselined", as one whose findings a suppression comment hid is "suppressed" (the mismatch is
    accepted, the figure does not hold); one with a finding left stays "flagged"."""
    if len(r.verified_at) != len(r.verified):
        return r.verified
    return tuple(
        (kind, "baselined", arithmetic) if verdict == "flagged" and at in taken_at else (kind, verdict, arithmetic)
        for (kind, verdict, arithmetic), at in zip(r.verified, r.verified_at)
    )

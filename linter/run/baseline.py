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
        kept = []
        for d in r.diagnostics:
            key = (_relative(r.path, baseline), d.code, fingerprint(d, r.text))
            if left[key] > 0:
                left[key] -= 1
            else:
                kept.append(d)
        out.append(replace(r, diagnostics=tuple(kept)))
    return out

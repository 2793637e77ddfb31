"""A pre-commit run on one plain-text file must not pay for modules it does not use."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
HEAVY = {"pint", "docx", "markdown_it", "pypdf", "rich", "jsonschema", "lxml"}


# -X importtime misses modules loaded by importlib.import_module (the rules): ask sys.modules at exit
_PROBE = (
    "import atexit, sys\n"
    "atexit.register(lambda: sys.stderr.write('\\nMODULES ' + ' '.join(sorted({m.split('.')[0] for m in sys.modules})) + '\\n'))\n"
    "sys.argv[0] = 'factlint'\n"
    "from linter.entry import main\n"
    "main()\n"
)


def _imported(args: list[str], cwd: Path) -> tuple[set[str], subprocess.CompletedProcess]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=60)
    lines = [line for line in proc.stderr.splitlines() if line.startswith("MODULES ")]
    return (set(lines[-1].split()[1:]) if lines else set()), proc


# seed 000 states no measured quantities (no km, ha, tấn, currency), so pint has no reason to load
@pytest.mark.parametrize("fmt", ["json", "concise"])
def test_plain_text_check_loads_no_heavy_module(tmp_path, fmt):
    names, proc = _imported(["check", str(SEEDS / "000_f6e167442dc09125.txt"), "--format", fmt, "--no-cache", "--jobs", "1"], tmp_path)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert "linter" in names and "click" in names  # the measurement itself works
    assert names & HEAVY == set()
    if fmt == "json":
        assert [f["path"] for f in json.loads(proc.stdout)["files"]] == [str(SEEDS / "000_f6e167442dc09125.txt")]


def test_default_parallel_cached_run_loads_no_heavy_module(tmp_path):
    names, proc = _imported(["check", str(SEEDS), "--format", "json", "--cache-dir", str(tmp_path / "c")], tmp_path)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert names & HEAVY == set()


def test_full_format_does_load_rich(tmp_path):
    names, proc = _imported(["check", str(SEEDS / "000_f6e167442dc09125.txt"), "--format", "full", "--no-cache"], tmp_path)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert "rich" in names


def test_a_lazy_pattern_compiles_once_on_first_use_and_then_behaves_as_the_compiled_one(monkeypatch):
    import re

    from linter.core import lazyre

    made = []
    real = lazyre.eager
    monkeypatch.setattr(lazyre, "eager", lambda *a: made.append(a) or real(*a))
    rx = lazyre.compile(r"(?P<n>\d+)%", re.I)
    assert made == []  # nothing compiled until the pattern is used
    assert rx.search("đạt 92%").group("n") == "92"
    assert [m.group() for m in rx.finditer("5% và 7%")] == ["5%", "7%"]
    assert rx.sub("x", "1% 2%") == "x x" and rx.pattern == r"(?P<n>\d+)%"
    assert made == [(r"(?P<n>\d+)%", re.I)]  # once, whichever methods are used
    assert rx.search is rx.search  # kept on the instance: later calls skip the stand-in

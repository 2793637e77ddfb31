from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.run import engine
from linter.run.cache import CACHE_DIR_NAME, ResultCache, config_fingerprint, default_root
from linter.cli import cli
from linter.run.config import Config
from linter.run.engine import lint_paths
from linter.formats.output import json_report


def _corpus(tmp_path, n=12):
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(n):
        body = f"Báo cáo số {i}: tỷ lệ đạt {i}% kế hoạch, tăng {i + 1},5% so với năm 2022.\n" * (i % 3 + 1)
        (folder / f"r{i:02d}.txt").write_text(body, encoding="utf-8")
    return folder


def _entries(root):
    return sorted(p for p in root.rglob("*.json"))


def test_parallel_results_equal_serial_and_keep_order(tmp_path, percent_rule):
    folder = _corpus(tmp_path)
    serial = lint_paths([str(folder)], jobs=1)
    parallel = lint_paths([str(folder)], jobs=2)
    assert parallel == serial
    assert [r.path for r in parallel] == [str(folder / f"r{i:02d}.txt") for i in range(12)]
    assert [d.stated for d in parallel[4].diagnostics] == ["4%", "5,5%", "4%", "5,5%"]


def test_keep_text_false_drops_text_only(tmp_path, percent_rule):
    folder = _corpus(tmp_path, n=3)
    with_text = lint_paths([str(folder)], jobs=2)
    without = lint_paths([str(folder)], jobs=2, keep_text=False)
    assert [r.text for r in with_text] == [(folder / f"r{i:02d}.txt").read_text(encoding="utf-8") for i in range(3)]
    assert [r.text for r in without] == [None, None, None]
    assert [r.diagnostics for r in without] == [r.diagnostics for r in with_text]


def test_keep_verified_false_drops_the_claims_arithmetic_only(tmp_path):
    for i in range(3):
        (tmp_path / f"r{i}.txt").write_text(f"Có 49/53 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, đạt 92,4{5 + i}%.\n", encoding="utf-8")
    folder = tmp_path
    full = lint_paths([str(folder)], jobs=2)
    slim = lint_paths([str(folder)], jobs=2, keep_verified=False)
    assert [r.verified for r in full] == [
        (("part_le_whole", "consistent", "49 ≤ 53"), ("percent", "consistent", "49 / 53 = 92,45%, stated 92,45%")),
        (("part_le_whole", "consistent", "49 ≤ 53"), ("percent", "flagged", "49 / 53 = 92,45%, stated 92,46%")),
        (("part_le_whole", "consistent", "49 ≤ 53"), ("percent", "flagged", "49 / 53 = 92,45%, stated 92,47%")),
    ]
    assert [r.verified for r in slim] == [(), (), ()]
    assert [(r.diagnostics, r.claims_checked, r.text) for r in slim] == [(r.diagnostics, r.claims_checked, r.text) for r in full]


def test_the_verified_claims_are_not_made_when_none_will_be_printed(tmp_path, monkeypatch):
    from linter.judge import verify

    (tmp_path / "r.txt").write_text("Có 49/53 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, đạt 92,46%.\n", encoding="utf-8")
    made = []
    real = verify.verified
    monkeypatch.setattr(verify, "verified", lambda *a: made.append(a) or real(*a))
    [slim] = lint_paths([str(tmp_path)], keep_verified=False)
    assert made == [] and slim.verified == () and [d.code for d in slim.diagnostics] == ["P001"]
    [full] = lint_paths([str(tmp_path)])
    assert len(made) == 1 and full.verified and full.diagnostics == slim.diagnostics


def test_one_file_or_one_job_uses_no_pool(tmp_path, percent_rule, monkeypatch):
    folder = _corpus(tmp_path, n=2)

    def no_pool(*args):
        raise AssertionError("a process pool was started")

    monkeypatch.setattr(engine, "_parallel", no_pool)
    assert len(lint_paths([str(folder / "r00.txt")], jobs=4)) == 1
    assert len(lint_paths([str(folder)], jobs=1)) == 2


def _counting(monkeypatch):
    calls = []
    real = engine.lint_file

    def counted(path, config=engine.DEFAULT):
        calls.append(path)
        return real(path, config)

    monkeypatch.setattr(engine, "lint_file", counted)
    return calls


def test_cache_hit_gives_identical_output_without_linting(tmp_path, percent_rule, monkeypatch):
    folder = _corpus(tmp_path, n=4)
    cache = ResultCache.for_config(Config(), tmp_path / "cache")
    uncached = lint_paths([str(folder)], keep_text=False)
    calls = _counting(monkeypatch)
    first = lint_paths([str(folder)], keep_text=False, cache=cache)
    second = lint_paths([str(folder)], keep_text=False, cache=cache)
    assert len(calls) == 4  # the second run came entirely from the cache
    assert json_report(first) == json_report(second) == json_report(uncached)
    assert second == uncached
    assert len(_entries(tmp_path / "cache")) == 4
    assert (tmp_path / "cache" / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert not [p for p in (tmp_path / "cache").rglob(".tmp-*")]


def test_cache_keeps_text_for_files_with_findings(tmp_path, percent_rule):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Đạt 50% kế hoạch.", encoding="utf-8")
    (folder / "b.txt").write_text("Không có số liệu.", encoding="utf-8")
    cache = ResultCache.for_config(Config(), tmp_path / "cache")
    lint_paths([str(folder)], cache=cache)
    a, b = lint_paths([str(folder)], cache=cache)
    assert (a.text, b.text) == ("Đạt 50% kế hoạch.", None)


def test_cache_key_is_content_not_mtime(tmp_path, percent_rule, monkeypatch):
    folder = _corpus(tmp_path, n=2)
    cache = ResultCache.for_config(Config(), tmp_path / "cache")
    lint_paths([str(folder)], cache=cache)
    calls = _counting(monkeypatch)
    os.utime(folder / "r00.txt", (1_000_000_000, 1_000_000_000))
    (folder / "r01.txt").write_text("Tỷ lệ 7% mới.", encoding="utf-8")
    results = lint_paths([str(folder)], cache=cache)
    assert calls == [str(folder / "r01.txt")]
    assert [d.stated for d in results[1].diagnostics] == ["7%"]


def test_corrupt_entries_are_ignored_and_rewritten(tmp_path, percent_rule):
    folder = _corpus(tmp_path, n=3)
    cache = ResultCache.for_config(Config(), tmp_path / "cache")
    expected = lint_paths([str(folder)], keep_text=False, cache=cache)
    garbage = [b"", b"{not json", b'{"path": 1, "unknown_field": 2}']
    for entry, junk in zip(_entries(tmp_path / "cache"), garbage):
        entry.write_bytes(junk)
    assert lint_paths([str(folder)], keep_text=False, cache=cache) == expected
    for entry in _entries(tmp_path / "cache"):
        assert json.loads(entry.read_text(encoding="utf-8"))["path"].startswith(str(folder))


def test_settings_change_the_namespace_but_not_their_source():
    assert config_fingerprint(Config(ignore=("P",))) != config_fingerprint(Config())
    assert config_fingerprint(Config(source="/a/pyproject.toml")) == config_fingerprint(Config())


def test_cache_folder_sits_next_to_the_config_or_in_cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert default_root(Config()) == tmp_path / CACHE_DIR_NAME
    assert default_root(Config(source=str(tmp_path / "proj" / "factlint.toml"))) == tmp_path / "proj" / CACHE_DIR_NAME


def test_cli_jobs_and_cache_give_the_same_json(tmp_path, percent_rule, monkeypatch):
    folder = _corpus(tmp_path, n=6)
    cache_dir = tmp_path / "clicache"
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(cache_dir))
    runs = [
        CliRunner().invoke(cli, ["check", "--format", "json", *args, str(folder)])
        for args in (["--no-cache", "--jobs", "1"], ["--no-cache", "--jobs", "2"], ["--jobs", "2"], ["--jobs", "1"])
    ]
    assert [r.exit_code for r in runs] == [1, 1, 1, 1]
    assert runs[0].output == runs[1].output == runs[2].output == runs[3].output
    assert len(json.loads(runs[0].output)["diagnostics"]) == 24  # 12 lines, two figures each
    assert len(_entries(cache_dir)) == 6


def test_no_cache_writes_nothing(tmp_path, percent_rule, monkeypatch):
    folder = _corpus(tmp_path, n=2)
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "never"))
    result = CliRunner().invoke(cli, ["check", "--no-cache", "--format", "concise", str(folder)])
    assert result.exit_code == 1
    assert not (tmp_path / "never").exists()


@pytest.mark.parametrize("size", ["100", "1K", "1k", "2M", "1GB"])
def test_max_file_size_option(tmp_path, size):
    big = tmp_path / "big.txt"
    big.write_text("x" * 1500, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--no-cache", "--format", "concise", "--max-file-size", size, str(big)])
    limit = {"100": 100, "1K": 1024, "1k": 1024, "2M": 2 * 1024**2, "1GB": 1024**3}[size]
    if limit < 1500:
        assert result.exit_code == 1
        assert result.output == f"{big}:1:1: F001 [error] file is 1,500 bytes, over the size limit of {limit:,} (max-file-size)\nFound 1 error in 1 file.\n"
    else:
        assert (result.exit_code, result.output) == (0, "All checks passed.\n")


def test_a_run_over_folders_with_different_configs_starts_one_pool(tmp_path, monkeypatch):
    for name, select in (("a", "P001"), ("b", "S001")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "factlint.toml").write_text(f'select = ["{select}"]\n', encoding="utf-8")
        for i in range(20):
            (folder / f"r{i:02d}.txt").write_text(f"Có 40 đảng viên, trong đó 10 đảng viên nữ, chiếm 2{i % 10}%.\n", encoding="utf-8")
    started = []
    real = engine.worker_pool

    def counted(jobs):
        started.append(jobs)
        return real(jobs)

    monkeypatch.setattr(engine, "worker_pool", counted)
    args = ["check", "--no-cache", "--format", "json", str(tmp_path / "a"), str(tmp_path / "b")]
    parallel = CliRunner().invoke(cli, [*args, "--jobs", "2"])
    serial = CliRunner().invoke(cli, [*args, "--jobs", "1"])
    assert started == [2]
    assert parallel.output == serial.output
    report = json.loads(parallel.output)
    assert len(report["files"]) == 40
    # 10 of 40 is 25%: the files stating 25% hold; folder b checks sums only
    assert sorted(Path(d["path"]).name for d in report["diagnostics"]) == [f"r{i:02d}.txt" for i in range(20) if i % 10 != 5]
    assert {d["code"] for d in report["diagnostics"]} == {"P001"}

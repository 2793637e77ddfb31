from __future__ import annotations

import json

from click.testing import CliRunner

from linter.cli import cli


def test_missing_file_is_a_per_file_diagnostic_and_run_goes_on(tmp_path):
    ok = tmp_path / "ok.txt"
    ok.write_text("Năm 2023 xã có 12 chi bộ.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--format", "json", str(tmp_path / "missing.txt"), str(ok)])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert [f["path"] for f in report["files"]] == [str(tmp_path / "missing.txt"), str(ok)]
    [diag] = report["diagnostics"]
    assert (diag["code"], diag["name"], diag["message"]) == ("F001", "unreadable-file", "no such file")


def test_unknown_selector_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["check", "--select", "Z999", str(tmp_path)])
    assert result.exit_code == 2
    assert "unknown rule selector 'Z999'" in result.output

from __future__ import annotations

import json

from click.testing import CliRunner

from linter.cli import cli


def test_missing_path_is_a_usage_error_not_a_finding(tmp_path):
    ok = tmp_path / "ok.txt"
    ok.write_text("Năm 2023 xã có 12 chi bộ.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--format", "json", str(tmp_path / "missing.txt"), str(ok)])
    assert result.exit_code == 2  # a broken workflow, told apart from an inconsistent draft (exit 1)
    assert f"{str(tmp_path / 'missing.txt')!r} does not exist" in result.output
    assert '"diagnostics"' not in result.output


def test_existing_file_that_cannot_be_read_is_still_its_f001_and_the_run_goes_on(tmp_path):
    dangling = tmp_path / "gone.md"
    dangling.symlink_to(tmp_path / "nowhere.md")  # the name exists, its file does not
    ok = tmp_path / "ok.txt"
    ok.write_text("Năm 2023 xã có 12 chi bộ.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--format", "json", str(dangling), str(ok)])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert [f["path"] for f in report["files"]] == [str(dangling), str(ok)]
    [diag] = report["diagnostics"]
    assert (diag["code"], diag["name"]) == ("F001", "unreadable-file")


def test_unknown_selector_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["check", "--select", "Z999", str(tmp_path)])
    assert result.exit_code == 2
    assert "unknown rule selector 'Z999'" in result.output

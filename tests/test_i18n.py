from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from click.testing import CliRunner

from linter.cli import cli
from linter.lang.i18n import LOCALE_DIR, environment_language, ntranslate, translate

ROOT = Path(__file__).resolve().parents[1]
KEYWORDS = {"_": None, "N_": None, "ntranslate": (1, 2), "n_": (1, 2)}  # as in scripts/update-translations.sh
PO = LOCALE_DIR / "vi" / "LC_MESSAGES" / "factlint.po"


def used_msgids() -> set[str | tuple[str, ...]]:
    """What babel.cfg extracts: the keyword calls in linter/ and rules/, and the rules' documentation paragraphs."""
    ids: set = set()
    for folder, method in (("linter", "python"), ("rules", "linter.lang.ruledocs:extract")):
        for _file, _line, message, _comments, _context in extract_from_dir(ROOT / folder, [("**.py", method)], KEYWORDS):
            ids.add(message)
    return ids


def catalog():
    with open(PO, "rb") as fh:
        return read_po(fh)


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def test_every_message_used_has_a_vietnamese_translation():
    cat = catalog()
    missing = []
    for msgid in sorted(used_msgids(), key=str):
        entry = cat.get(msgid[0] if isinstance(msgid, tuple) else msgid)
        strings = () if entry is None else (entry.string if isinstance(entry.string, tuple) else (entry.string,))
        if entry is None or entry.fuzzy or not all(strings):
            missing.append(msgid)
    assert missing == [], "untranslated msgids (run scripts/update-translations.sh, translate, run it again):\n" + "\n".join(map(repr, missing))


def test_translations_keep_the_placeholders():
    for msg in catalog():
        if msg.id:
            ids = msg.id if isinstance(msg.id, tuple) else (msg.id,)
            strings = msg.string if isinstance(msg.string, tuple) else (msg.string,)
            assert all(_placeholders(s) == _placeholders(ids[0]) for s in strings), msg.id


def test_compiled_catalog_matches_the_po():
    with open(LOCALE_DIR / "vi" / "LC_MESSAGES" / "factlint.mo", "rb") as fh:
        mo = gettext.GNUTranslations(fh)
    for msg in catalog():
        if not msg.id:
            continue
        if isinstance(msg.id, tuple):
            assert mo.ngettext(msg.id[0], msg.id[1], 2) == msg.string[0], msg.id
        else:
            assert mo.gettext(msg.id) == msg.string, msg.id


def test_template_lists_every_message_used():
    with open(LOCALE_DIR / "factlint.pot", "rb") as fh:
        pot = read_po(fh)
    assert {m if isinstance(m, str) else m[0] for m in used_msgids()} <= {m.id if isinstance(m.id, str) else m.id[0] for m in pot if m.id}


def test_language_falls_back_to_the_environment(monkeypatch):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    assert environment_language() == "vi"
    assert translate("part", None) == "phần"
    assert translate("part", "en") == "part"
    assert ntranslate("{n} error", "{n} errors", 3, None) == "{n} lỗi"
    monkeypatch.setenv("LANGUAGE", "en_GB:vi")
    assert environment_language() == "en"


DRAFT = "<!-- factlint: ignore P001 -->\nBáo cáo năm nay của xã không có số liệu nào.\n"


@pytest.fixture
def draft(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    (tmp_path / "bao-cao.md").write_text(DRAFT, encoding="utf-8")
    return "bao-cao.md"


def test_a_vietnamese_document_gets_vietnamese_messages(draft):
    result = CliRunner().invoke(cli, ["check", "--isolated", "--format", "full", "--no-color", draft])
    assert "  chỉ thị `factlint: ignore P001` không bỏ qua lỗi nào; hãy xóa nó\n" in result.stdout
    assert result.stdout.endswith("đã kiểm tra 1 tệp, đã đối chiếu 0 nhận định: 0 lỗi, 1 cảnh báo\n")


def test_message_language_en_switches(draft):
    result = CliRunner().invoke(cli, ["check", "--isolated", "--format", "full", "--no-color", "--message-language", "en", draft])
    assert "  suppression `factlint: ignore P001` suppresses nothing; remove it\n" in result.stdout
    assert result.stdout.endswith("1 file checked, 0 claims verified: 0 errors, 1 warning\n")


def test_the_code_frame_and_the_typo_note_speak_the_findings_language(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("COLUMNS", "160")  # wide enough that rich keeps each prose line whole
    (tmp_path / "d.txt").write_text("Toàn Đảng bộ có 46.706 đảng viên, trong đó có 443.137 đảng viên là người dân tộc thiểu số, chiếm 92,36%.\n", encoding="utf-8")
    vi = CliRunner().invoke(cli, ["check", "--isolated", "--format", "full", "--no-color", "d.txt"]).stdout
    assert "^^^^^^^ ghi 443.137" in vi
    assert "      = gợi ý: 443.137 có lẽ là 43.137: khi đó 43.137 / 46.706 = 92,36%, đúng như đã ghi\n" in vi
    en = CliRunner().invoke(cli, ["check", "--isolated", "--format", "full", "--no-color", "--message-language", "en", "d.txt"]).stdout
    assert "^^^^^^^ stated 443.137" in en
    assert "      = help: 443.137 is probably 43.137: then 43.137 / 46.706 = 92,36%, as stated\n" in en


VI_ENV = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "vi_VN.UTF-8"}
EN_ENV = {**VI_ENV, "LANG": "C.UTF-8"}


def test_help_pages_follow_the_environments_language():
    top = CliRunner().invoke(cli, ["--help"], env=VI_ENV, prog_name="factlint").stdout
    assert top.startswith("Cách dùng: factlint [OPTIONS] COMMAND [ARGS]...\n")
    assert "\nTùy chọn:\n" in top and "\nLệnh:\n" in top
    assert "  rules    Liệt kê các quy tắc: mã, tên và tóm tắt.\n" in top
    assert "Hiện hướng dẫn này rồi thoát." in top and "Show this message" not in top
    check = CliRunner().invoke(cli, ["check", "--help"], env=VI_ENV, prog_name="factlint").stdout
    helps = " ".join(check.split())  # click wraps the help column: compare the words
    assert "Kiểm tra PATHS (tệp, thư mục, hoặc - cho đầu vào chuẩn; mặc định: thư mục hiện tại)." in helps
    assert "Số tiến trình kiểm tra tệp song song (mặc định: tất cả các lõi)." in helps
    from linter.cli import check as command

    english = [p.help for p in command.params if p.help]
    assert len(english) > 30 and not [h for h in english if " ".join(h.split()) in helps]  # no option left in English
    # the shared command objects are English again for the next page
    en = CliRunner().invoke(cli, ["check", "--help"], env=EN_ENV, prog_name="factlint").stdout
    assert en.startswith("Usage: factlint check [OPTIONS] [PATHS]...\n") and "Worker processes for checking files in parallel (default: all cores)." in " ".join(en.split())


def test_explain_in_vietnamese_translates_the_prose_and_keeps_the_examples():
    from linter.run.discovery import find_rule

    out = CliRunner().invoke(cli, ["explain", "--message-language", "vi", "S001"], env=EN_ENV).stdout
    assert out.startswith("S001 sum-of-parts (mức độ mặc định: lỗi)\n\nMột tổng đã ghi phải bằng tổng các phần được liệt kê của nó.\n\n    Phần liệt kê là")
    assert "    Sửa an toàn: không có (chưa biết số liệu nào sai); xem ghi chú về lỗi gõ có khả năng xảy ra.\n" in out
    examples = [line for line in find_rule("S001").doc.splitlines() if line.strip().startswith(("Okay:", "S001:"))]
    assert examples and all(line + "\n" in out for line in examples)  # examples are the documents' own sentences
    assert "\nSửa: `check --fix` chỉ áp dụng các cách sửa an toàn" in out
    assert max(len(line) for line in out.splitlines() if not line.strip().startswith(("Okay:", "S001:"))) <= 110
    # the environment decides when no option does; English is the docstring as written
    assert CliRunner().invoke(cli, ["explain", "S001"], env=VI_ENV).stdout == out
    en = CliRunner().invoke(cli, ["explain", "S001"], env=EN_ENV).stdout
    assert en.startswith(f"S001 sum-of-parts (default severity: error)\n\n{find_rule('S001').doc}\n")


def test_rules_lists_whole_summaries_in_the_messages_language():
    out = CliRunner().invoke(cli, ["rules", "--message-language", "vi"], env=EN_ENV).stdout.splitlines()
    assert "C003  target-attainment        Một mức đạt kế hoạch hoặc chỉ tiêu đã ghi phải bằng kết quả / kế hoạch (hoặc phần vượt so với kế hoạch)." in out
    assert len(out) == 18 and all(line.endswith(".") for line in out)

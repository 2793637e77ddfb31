from __future__ import annotations

from linter.run.engine import lint_text


def test_every_claim_is_listed_with_verdict_and_arithmetic():
    text = "Huyện có 42 tổ chức cơ sở đảng, gồm 20 đảng bộ và 23 chi bộ cơ sở; 49/53 tổ chức hoàn thành tốt nhiệm vụ, đạt 92,45%."
    result = lint_text(text, "vi")
    # đảng bộ and chi bộ are kinds of tổ chức cơ sở đảng: a breakdown, but not the same noun, so no part ≤ whole claim
    assert sorted(result.verified) == sorted([
        ("sum", "flagged", "20 + 23 = 43, stated 42"),
        ("percent", "consistent", "49 / 53 = 92,45%, stated 92,45%"),
        ("part_le_whole", "consistent", "49 ≤ 53"),  # a count written over its whole
    ])


# 14 + 17 = 31: a stated total of 31 holds, 30 is S001 (sentences written for these tests)
TOTAL = "Trường có {total} lớp học (14 lớp ở cơ sở chính, 17 lớp ở cơ sở phụ).{tail}\n"


def _show_verified(text: str, *args: str):  # noqa: ANN202 - click's Result; run in the test's own folder
    from click.testing import CliRunner

    from linter.cli import cli

    with open("d.md", "w", encoding="utf-8") as fh:
        fh.write(text)
    return CliRunner().invoke(cli, ["check", "--isolated", "--no-cache", "--show-verified", *args, "d.md"])


def test_a_suppressed_mismatch_is_listed_as_suppressed_not_consistent_nor_flagged(tmp_path):
    from linter.run.engine import lint_file

    text = TOTAL.format(total=30, tail=" <!-- factlint: ignore S001 -->") + "\n" + TOTAL.format(total=32, tail="") + "\n" + TOTAL.format(total=31, tail="")
    (tmp_path / "d.md").write_text(text, encoding="utf-8")  # suppression comments are Markdown (HTML) comments
    result = lint_file(str(tmp_path / "d.md"))
    assert [d.code for d in result.diagnostics] == ["S001"]  # the second paragraph's 32 only
    assert [(k, v, a) for k, v, a in result.verified if k == "sum"] == [
        ("sum", "suppressed", "14 + 17 = 31, stated 30"),
        ("sum", "flagged", "14 + 17 = 31, stated 32"),
        ("sum", "consistent", "14 + 17 = 31, stated 31"),
    ]
    assert len(result.suppressed) == 1 and result.text[slice(*result.suppressed[0])] == "30"


def test_show_verified_words_the_suppressed_verdict_in_the_messages_language(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = TOTAL.format(total=30, tail=" <!-- factlint: ignore S001 -->")
    vi = _show_verified(text, "--format", "concise")
    assert (vi.exit_code, vi.stdout) == (0, (
        "d.md: đã đối chiếu 3 nhận định\n  khớp phần không vượt tổng thể: 14 ≤ 30\n  khớp phần không vượt tổng thể: 17 ≤ 30\n"
        "  đã bỏ qua tổng các phần: 14 + 17 = 31, ghi 30\nMọi kiểm tra đều đạt.\n"
    ))
    en = _show_verified(text, "--format", "concise", "--message-language", "en")
    assert "  suppressed total of its parts: 14 + 17 = 31, stated 30\n" in en.stdout
    full = _show_verified(text, "--format", "full")
    assert "  đã bỏ qua tổng các phần: 14 + 17 = 31, ghi 30\n" in full.stdout
    # machine-readable formats keep stdout parseable: the list goes to stderr, with the same verdict
    js = _show_verified(text, "--format", "json")
    assert "  đã bỏ qua tổng các phần: 14 + 17 = 31, ghi 30\n" in js.stderr


def test_the_verified_list_writes_the_arithmetic_words_in_the_messages_language():
    """The data keeps one English wording (JSON, SARIF); the list printed for a reader translates it."""
    from linter.formats.report import _arithmetic_words

    assert _arithmetic_words("stated 2014 with start 2011, listed 2011, listed 2012", "vi") == (
        "ghi 2014 (năm đầu 2011; năm được liệt kê 2011; năm được liệt kê 2012)")
    assert _arithmetic_words("stated 2014 with start 2011, listed 2011, listed 2012", "en") == (
        "stated 2014 (first year 2011; year listed 2011; year listed 2012)")
    assert _arithmetic_words("stated 6,66% with delta 12.308, to 197.028", "vi") == "ghi 6,66% (mức thay đổi 12.308; đến 197.028)"
    assert _arithmetic_words("stated Tuesday with date Sept. 20, 2025", "en") == "stated Tuesday (date Sept. 20, 2025)"
    assert _arithmetic_words("12.183 against the table's 12.133 (Số đảng viên, Năm 2023)", "vi") == (
        "12.183 so với ô 12.133 của bảng (Số đảng viên, Năm 2023)")
    assert _arithmetic_words("11.360 / 12.133 = 93,63%, stated 93,63%", "vi") == "11.360 / 12.133 = 93,63%, ghi 93,63%"


def test_a_share_of_a_whole_in_another_scale_is_written_in_one_scale():
    text = "Revenue was $1.24 billion. The Consumer segment contributed $420 million (34%)."
    assert ("percent", "consistent", "420 / 1,240 = 34%, stated 34%") in lint_text(text, "en").verified


def test_a_change_stated_with_its_amount_and_new_value_shows_its_base():
    text = "Toàn tỉnh xảy ra 1.170 vụ tai nạn, giảm 130 vụ (-10%). Giá cổ phiếu đóng cửa ở 118,40 USD, tăng 2,35 USD, tương đương 2,0%."
    assert [a for k, _, a in lint_text(text, "vi").verified if k == "change_pct"] == [
        "−130 / (1.170 + 130) = -10%, stated -10%",
        "2,35 / (118,40 − 2,35) = 2,0%, stated 2,0%",
    ]
def test_a_mismatch_the_baseline_accepts_is_listed_as_in_the_baseline_not_flagged(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    old = TOTAL.format(total=30, tail="")
    assert _show_verified(old, "--write-baseline", "base.json").exit_code == 0
    text = old + "\n" + TOTAL.format(total=32, tail=" Năm sau cũng vậy.") + "\n" + TOTAL.format(total=31, tail=" Năm nay đủ.")
    en = _show_verified(text, "--format", "concise", "--baseline", "base.json", "--message-language", "en")
    assert en.exit_code == 1
    sums = [line for line in en.stdout.splitlines() if "total of its parts" in line]
    assert sums == [
        "  in the baseline total of its parts: 14 + 17 = 31, stated 30",
        "  flagged total of its parts: 14 + 17 = 31, stated 32",
        "  consistent total of its parts: 14 + 17 = 31, stated 31",
    ]
    assert en.stdout.count("S001") == 1  # the new paragraph's finding only
    vi = _show_verified(text, "--format", "concise", "--baseline", "base.json")
    assert "  có trong baseline tổng các phần: 14 + 17 = 31, ghi 30\n" in vi.stdout
    assert "  có lỗi tổng các phần: 14 + 17 = 31, ghi 32\n" in vi.stdout

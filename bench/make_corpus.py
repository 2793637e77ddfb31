"""Generate the benchmark corpus: report-like documents in Vietnamese and English.

Each document mixes prose (paragraphs of the seeds, with their figures varied) with templated
statements whose shares and totals are recomputed so they agree, and injects an inconsistency
into about one claim in twenty. Deterministic for a given --seed. Usage:

    python bench/make_corpus.py [--files 2000] [--out bench/corpus] [--seed 7]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
MARKS = {"vi": (",", "."), "en": (".", ",")}  # (decimal mark, group mark)
ERROR_RATE = 0.05

VI_UNITS = ("đảng viên", "hộ", "học sinh", "cán bộ", "hồ sơ", "chi bộ", "lao động")
EN_UNITS = ("members", "households", "students", "staff", "applications", "voters", "workers")
VI_PLACES = ("xã Công Sơn", "huyện Mường Khương", "phường Hòa Bình", "thị trấn Bắc Hà", "xã Tân Lập")
EN_PLACES = ("Northfield district", "the eastern ward", "Lakeside county", "the river commune", "Hillcrest town")
EN_PROSE = (
    "The committee reviewed the results of the year and set the priorities for the next term.",
    "Progress was uneven across the wards, and the report notes where the targets were missed.",
    "Training sessions were held in every village, with local staff leading most of them.",
    "The figures below come from the annual survey carried out by the district office in the spring.",
    "Several programmes were merged during the year to reduce the administrative burden on the communes.",
    "Turnout at the public meetings rose again, which the authors attribute to the new evening schedule.",
)


def fmt(value: Decimal, decimals: int, lang: str) -> str:
    dec, group = MARKS[lang]
    q = Decimal(1).scaleb(-decimals) if decimals else Decimal(1)
    whole, _, frac = f"{value.quantize(q, rounding=ROUND_HALF_UP):f}".partition(".")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    return group.join([whole, *parts]) + (dec + frac if frac else "")


class Writer:
    """Builds one document's claims, keeping count of the inconsistencies it injects."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng, self.lang, self.injected = rng, lang, 0

    def wrong(self) -> bool:
        if self.rng.random() < ERROR_RATE:
            self.injected += 1
            return True
        return False

    def share(self) -> str:
        rng, lang = self.rng, self.lang
        whole = rng.randint(40, 90_000)
        part = rng.randint(1, whole)
        pct = Decimal(part) * 100 / whole
        if self.wrong():
            pct += rng.choice((-1, 1)) * Decimal(rng.randint(2, 9))
        p, w, unit = fmt(pct, 2, lang), fmt(Decimal(whole), 0, lang), rng.choice(VI_UNITS if lang == "vi" else EN_UNITS)
        place = rng.choice(VI_PLACES if lang == "vi" else EN_PLACES)
        if lang == "vi":
            return f"Toàn {place} có {w} {unit}, trong đó {fmt(Decimal(part), 0, lang)} {unit} nữ, chiếm {p}%."
        return f"Of the {w} {unit} in {place}, {fmt(Decimal(part), 0, lang)} are women, accounting for {p}%."

    def total(self) -> str:
        rng, lang = self.rng, self.lang
        parts = [rng.randint(10, 9_000) for _ in range(rng.randint(2, 5))]
        total = sum(parts) + (rng.randint(3, 400) if self.wrong() else 0)
        items = [fmt(Decimal(v), 0, lang) for v in parts]
        if lang == "vi":
            kinds = ("hộ nghèo", "hộ cận nghèo", "hộ khá", "hộ giàu", "hộ mới tách")[: len(parts)]
            listed = ", ".join(f"{v} {k}" for v, k in zip(items, kinds))
            return f"Năm {rng.randint(2015, 2024)}, tổng số {fmt(Decimal(total), 0, lang)} hộ, gồm {listed}."
        kinds = ("poor", "near-poor", "middle-income", "well-off", "newly formed")[: len(parts)]
        listed = ", ".join(f"{v} {k}" for v, k in zip(items, kinds))
        return f"In {rng.randint(2015, 2024)}, a total of {fmt(Decimal(total), 0, lang)} households: {listed}."

    def change(self) -> str:
        rng, lang = self.rng, self.lang
        before = rng.randint(100, 50_000)
        after = before + rng.randint(-before // 3, before // 2)
        pct = (Decimal(after) - before) * 100 / before
        if self.wrong():
            pct += Decimal(rng.randint(3, 12))
        word = ("tăng" if pct >= 0 else "giảm") if lang == "vi" else ("up" if pct >= 0 else "down")
        a, b, p = fmt(Decimal(after), 0, lang), fmt(Decimal(before), 0, lang), fmt(abs(pct), 1, lang)
        if lang == "vi":
            return f"Số lượt khám bệnh đạt {a} lượt, {word} {p}% so với năm trước ({b} lượt)."
        return f"Clinic visits reached {a}, {word} {p}% from the previous year ({b})."


    def table(self, section: int) -> tuple[str, str]:
        """A pipe table of places by two counts and their share, with a totals row, and a sentence
        restating one of its cells by row and column (what a statistical yearbook is made of)."""
        rng, lang = self.rng, self.lang
        places = [f"{'Khu vực' if lang == 'vi' else 'Area'} {section}-{i}" for i in range(rng.randint(3, 6))]
        heads = ("Đơn vị", "Đảng viên", "Nữ", "Tỷ lệ nữ (%)") if lang == "vi" else ("Area", "Members", "Women", "Share of women (%)")
        rows, members, women = [], 0, 0
        for place in places:
            m = rng.randint(200, 9_000)
            w = rng.randint(10, m)
            members, women = members + m, women + w
            rows.append((place, m, w))
        rows.append(("Tổng cộng" if lang == "vi" else "Total", members, women))
        lines = ["| " + " | ".join(heads) + " |", "|" + " --- |" * len(heads)]
        for label, m, w in rows:
            share = fmt(Decimal(w) * 100 / m, 1, lang)
            lines.append(f"| {label} | {fmt(Decimal(m), 0, lang)} | {fmt(Decimal(w), 0, lang)} | {share} |")
        place, m, _ = rng.choice(rows[:-1])
        said = fmt(Decimal(m) + (rng.choice((-9, 9)) if self.wrong() else 0), 0, lang)
        if lang == "vi":
            return "\n".join(lines), f"{place} có {said} đảng viên."
        return "\n".join(lines), f"{place} reported {said} members."


def seed_paragraphs() -> list[str]:
    paras: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        paras.extend(p.strip() for p in path.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 80)
    return paras


def vary_figures(text: str, rng: random.Random) -> str:
    """Scale the integers of a prose paragraph, leaving years alone, so no two documents repeat."""

    def scaled(m: re.Match[str]) -> str:
        raw = m.group()
        if re.fullmatch(r"(19|20)\d\d", raw) or len(raw) > 6:
            return raw
        return str(max(1, int(int(raw) * rng.uniform(0.5, 1.8))))

    return re.sub(r"(?<![\d.,])\d+(?![\d.,])", scaled, text)


def document(rng: random.Random, lang: str, prose: list[str], target: int) -> tuple[str, int]:
    writer = Writer(rng, lang)
    makers = (writer.share, writer.total, writer.change)
    paras: list[str] = []
    size = 0
    while size < target:
        body = vary_figures(rng.choice(prose), rng) if lang == "vi" else " ".join(rng.sample(EN_PROSE, 3))
        claims = " ".join(rng.choice(makers)() for _ in range(rng.randint(1, 3)))
        para = f"{body} {claims}"
        paras.append(para)
        size += len(para.encode("utf-8")) + 2
    return "\n\n".join(paras) + "\n", writer.injected


def dense_document(rng: random.Random, lang: str, sections: int) -> str:
    """A dense statistical document: per section a table with a totals row, a sentence restating
    one of its cells, and a paragraph of eight shares, breakdowns and changes."""
    writer = Writer(rng, lang)
    makers = (writer.share, writer.total, writer.change)
    out: list[str] = []
    for i in range(sections):
        grid, restated = writer.table(i)
        out += [grid, restated + " " + " ".join(rng.choice(makers)() for _ in range(8))]
    return "\n\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--out", type=Path, default=HERE / "corpus")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    prose = seed_paragraphs()
    shutil.rmtree(args.out, ignore_errors=True)
    args.out.mkdir(parents=True)
    manifest: dict[str, int] = {}
    total = 0
    for i in range(args.files):
        lang = "vi" if i % 3 else "en"  # two Vietnamese documents for one English
        text, injected = document(rng, lang, prose, target=int(rng.lognormvariate(9.6, 0.6)))
        name = f"{lang}/{i:04d}.txt"
        (args.out / lang).mkdir(exist_ok=True)
        (args.out / name).write_text(text, encoding="utf-8")
        manifest[name] = injected
        total += len(text.encode("utf-8"))
    (args.out.parent / "out").mkdir(exist_ok=True)
    (args.out.parent / "out" / "corpus_manifest.json").write_text(json.dumps(manifest, indent=0), encoding="utf-8")
    print(f"{args.files} files, {total / 1e6:.1f} MB, {sum(manifest.values())} injected inconsistencies in {args.out}")


if __name__ == "__main__":
    main()

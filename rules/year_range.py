from __future__ import annotations

from typing import Iterator

from linter.core.model import Claim, Diagnostic, Document, Note
from linter.judge.registry import Context, rule


@rule("D001", "year-range", claims=("date_range",))
def year_range(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A year range must run forward, and what the text says about it must fit it.

    A worded range ("từ năm 2011 đến năm 2014", "from 2011 to 2014") starts no later than it ends;
    a season "1997-98" ends the year after it starts; per-year figures listed for a range ("(2011
    kết nạp 2.206 …, năm 2012 là 1.967 …)") cover it exactly, no year missing or extra, when at
    least three consecutive years are listed; and a count stated with it matches it. Counting is
    inclusive: 2011–2014 is four years (2011, 2012, 2013, 2014); a count of years may also be the
    time elapsed (a term 2015–2020 lasts five years), but seasons, "straight", "consecutive",
    "liên tiếp" and ordinals ("his 10th … (2006, 2008-2016)") count inclusively only. A season,
    school, crop or fiscal year ("2011-12", "the 2014-15 season", "năm học 2023-2024", "FY 2020-21")
    is one period, not a range whose years are listed or counted.

    Okay: Từ năm 2011 đến năm 2014, xã kết nạp 40 đảng viên (2011 kết nạp 9, năm 2012 là 10, năm 2013 là 11 và 2014 kết nạp 10).
    D001: Từ năm 2011 đến năm 2015, xã kết nạp 40 đảng viên (2011 kết nạp 9, năm 2012 là 10, năm 2013 là 11 và 2014 kết nạp 10).
    Okay: Trong 4 năm, từ năm 2011 đến năm 2014, huyện mở 12 lớp.
    D001: Trong 5 năm, từ năm 2011 đến năm 2014, huyện mở 12 lớp.
    D001: Giai đoạn từ năm 2016 đến năm 2012 có nhiều thay đổi.
    Okay: He scored 25 points in 11 straight seasons from 1987-88 to 1997-98.
    D001: He scored 25 points in 11 straight seasons from 1987-88 to 1998-98.
    Okay: It was his 10th title (2006, 2008-2016) and ninth straight.
    D001: It was his 10th title (2006, 2008-2017).
    Okay: In his third season in the league (2011-12), he averaged 8.5 points.
    """
    seen: set[int] = set()
    for claim in ctx.claims_of("date_range"):
        found = _judge(claim, ctx)
        if found is None or claim.stated.span.start in seen:
            continue
        seen.add(claim.stated.span.start)
        message, notes, computed = found
        yield ctx.report(claim.stated.span, message, notes=notes, stated=claim.stated.raw, computed=computed)


def _judge(claim: Claim, ctx: Context) -> tuple[str, tuple[Note, ...], str] | None:
    check = claim.get("check")
    end, start = int(claim.stated.value), claim.operand("start")
    first = int(start.value) if start else end
    if check == "order" and first > end:
        return ctx._("the range {first}–{end} ends before it starts", first=first, end=end), (Note(start.span, ctx._("start")),), str(first)
    if check == "season":
        expected = f"{claim.get('expected'):02d}"
        return ctx._("the season {start}-{stated} should end in {expected}: a season runs into the next year", start=start.raw, stated=claim.stated.raw, expected=expected), (), expected
    if check == "cover":
        return _cover(claim, ctx, first, end)
    if check in ("count", "list_count"):
        return _count(claim, ctx, first, end)
    return None


def _cover(claim: Claim, ctx: Context, first: int, end: int) -> tuple[str, tuple[Note, ...], str] | None:
    years = list(claim.get("years", ()))
    if years == list(range(first, end + 1)):
        return None
    listed = f"{years[0]}–{years[-1]}"
    notes = tuple(Note(q.span, ctx._("listed")) for q in claim.operands_of("listed"))
    return ctx._("the range {first}–{end} has {n} years, but the figures listed cover {listed}", first=first, end=end, n=end - first + 1, listed=listed), notes, listed


def _count(claim: Claim, ctx: Context, first: int, end: int) -> tuple[str, tuple[Note, ...], str] | None:
    count = claim.operand("count")
    n = int(count.value)
    if claim.get("check") == "list_count":
        years = claim.get("years", ())
        if len(years) == n:
            return None
        return ctx._("{count} does not match the {n} years listed", count=count.raw, n=len(years)), (Note(count.span, ctx._("count")),), str(len(years))
    inclusive = end - first + 1
    if n == inclusive or (n == end - first and not claim.get("inclusive_only")):
        return None
    return ctx._("{first}–{end} is {inclusive} years counted inclusively, not {count}", first=first, end=end, inclusive=inclusive, count=count.raw), (Note(count.span, ctx._("count")),), str(inclusive)

from __future__ import annotations

from typing import Iterator

from linter.judge import verdicts
from linter.core.model import Diagnostic, Document
from linter.judge.registry import Context, rule


@rule("S001", "sum-of-parts", claims=("sum",), source="prose")
def sum_of_parts(doc: Document, ctx: Context) -> Iterator[Diagnostic]:
    """A stated total must equal the sum of its breakdown.

    The breakdown is a parenthesised list right after the total, a list after gồm / bao gồm /
    consisting of, per-year figures covering the stated period, a "trong đó" or "of which" list, or
    parts given with shares of the total that add up to 100% (… đúng hạn 51.072 hồ sơ, đạt 98,63%;
    quá hạn 708 hồ sơ, chiếm 1,37%); totals rows and columns of tables are T001's. Lists that may
    be partial or overlap ("trong đó" with categories such as nữ and dân tộc thiểu số) are only
    checked when they miss the total narrowly (one mistyped digit, or within 2%); overlapping
    shares adding to over 100% are never summed. Years in a list ("2011 kết nạp 2.206") are labels, not parts.
    A hedged total or part is an interval: "hơn 6.420" is at least 6.420 and below the next step of
    its rounding (6.430), so parts that are each "hơn" may add up past the figure of a "hơn" total.

    Safe fix: none (which figure is wrong is not known); see the likely-typo note.

    Okay: Đảng bộ có 30 chi bộ trực thuộc (24 chi bộ bản, 5 chi bộ trường học, 1 chi bộ trạm y tế).
    S001: Đảng bộ có 30 chi bộ trực thuộc (24 chi bộ bản, 5 chi bộ trường học, 2 chi bộ trạm y tế).
    Okay: Huyện có 42 tổ chức cơ sở đảng, gồm 20 đảng bộ và 22 chi bộ cơ sở.
    S001: Huyện có 42 tổ chức cơ sở đảng, gồm 20 đảng bộ và 23 chi bộ cơ sở.
    Okay: Sở đã giải quyết 51.780 hồ sơ, đúng hạn 51.072 hồ sơ, đạt 98,63%; quá hạn 708 hồ sơ, chiếm 1,37%.
    S001: Sở đã giải quyết 51.783 hồ sơ, đúng hạn 51.072 hồ sơ, đạt 98,63%; quá hạn 708 hồ sơ, chiếm 1,37%.
    Okay: Sản lượng đạt hơn 6.420 tấn, trong đó lúa hơn 4.280 tấn, ngô hơn 2.141 tấn.
    S001: Sản lượng đạt hơn 6.420 tấn, trong đó lúa hơn 4.280 tấn, ngô hơn 2.191 tấn.
    Okay: The pantry served 5,482 people, of which 3,120 were adults and 2,362 children.
    S001: The pantry served 5,482 people, of which 3,120 were adults and 2,326 children.
    """
    yield from verdicts.totals(ctx, ctx.claims_of("sum"))  # tables are T001's

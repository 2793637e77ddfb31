"""The words that tell a breakdown's parts from what only stands beside them, per language.

Kept apart from `linter.lang.lexicon.Lexicon` while that module is being reworked; each field is meant
to become a Lexicon field (`list_words(lang)` then reads it from there). Matching is on NFC,
lower-cased text, each phrase as whole words.
"""
from __future__ import annotations

from linter.core.record import record


@record
class ListWords:
    # a figure right after these is a share of the whole, never a count part ("cử nhân chiếm 86,66")
    share_before: tuple[str, ...]
    # a plan, goal or campaign target: a figure after these is what is aimed at, not part of what was done
    plan_before: tuple[str, ...]
    # "Trong số hồ sơ đang giải quyết gồm 7.100 hồ sơ, …": a figure after these names the whole
    whole_before: tuple[str, ...]
    # "kỷ luật 1.093 đảng viên, với hình thức: khiển trách …": a colon after these opens the breakdown
    # of the total a few words before it
    colon_labels: tuple[str, ...]
    # "increased in 2,826 of the 3,143 counties": after these a figure counts where, not a change
    where_before: tuple[str, ...]
    # "tỷ lệ 60/40", "a 60/40 split": a ratio over a slash, not a count over its whole
    ratio_before: tuple[str, ...]
    # "tỷ lệ … là 1,46%, tương đương với 4.375 người": after these a count restates the share before it
    # (an item's part), though "với" usually introduces a figure describing the item
    equivalent_before: tuple[str, ...]
    # "led by Texas with 42,000", "dẫn đầu là huyện A với 18.000": a figure with no noun of its own after
    # these describes what its item names, not a member of the whole
    with_before: tuple[str, ...]
    # a sentence opening with these names parts of the group the sentence before counted last
    # ("… 9.310 em đỗ. Trong số này, 1.862 em …"): a share of them is of that count
    refer_back: tuple[str, ...]
    # "số 45/12 đường …", "hẻm 120/15": after these (and the Lexicon's id words) a slash writes an address
    address_before: tuple[str, ...]
    # "134 thí sinh đạt giải; trong đó 3 giải Nhất …": each winner holds one prize, so prizes are
    # counted among the people who won them
    prize_nouns: tuple[str, ...]
    # whether "a/b <noun>" is a count over its whole ("45/52 xã"); English writes that "45 of 52"
    slash_counts: bool
    # "35 học sinh mỗi lớp", "35 students per class" (and, in any language, "35 học sinh/lớp"): after the
    # figure's noun these make it a rate per unit, not a count of part of the whole
    per_after: tuple[str, ...]
    # openers that name some of the parts only ("including"): parts falling short of the total are no slip
    partial_openers: tuple[str, ...]
    # "…, together 44.9% of the total", "cộng lại chiếm 44,9%": a share of all the parts at once
    together_words: tuple[str, ...]
    # ways of counting people that cut across one another: a list naming two of them is no partition
    # (added to the Lexicon's `attributes`, dimension by dimension)
    attributes: dict[str, tuple[str, ...]]


VI = ListWords(
    share_before=("chiếm tỷ lệ", "chiếm tỉ lệ", "chiếm", "đạt tỷ lệ", "đạt tỉ lệ", "tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng"),
    plan_before=("phấn đấu", "kế hoạch", "mục tiêu", "chỉ tiêu", "dự kiến", "dự toán", "nhằm đạt", "đặt ra", "đề ra"),
    whole_before=("gồm", "gồm có", "bao gồm", "là", "tổng cộng", "tổng số", "tổng số là", "có tổng số", "có tổng cộng", "tổng cộng là"),
    colon_labels=("hình thức", "như sau", "cụ thể", "cụ thể như sau", "phân theo", "chia theo", "theo loại", "theo lĩnh vực"),
    where_before=("trong", "tại", "ở"),
    equivalent_before=("tương đương với", "tương đương", "tương ứng với", "tương ứng", "tức là", "tức"),
    with_before=("với",),
    refer_back=("trong số này", "trong số đó", "trong đó", "trong số những người này", "trong số các em này"),
    address_before=("nhà", "số nhà", "hẻm", "ngõ", "ngách", "kiệt", "lô", "căn hộ", "tổ", "khu phố", "địa chỉ"),
    prize_nouns=("giải", "huy chương"),
    slash_counts=True,
    per_after=("mỗi", "trên mỗi"),
    partial_openers=(),  # "trong đó có" opens complete lists as often as partial ones
    together_words=("cộng lại", "gộp lại", "tính chung", "tổng cộng", "cả hai", "cả ba"),
    ratio_before=("tỷ lệ", "tỉ lệ", "tỷ số", "tỉ số", "cơ cấu", "theo tỷ lệ", "theo tỉ lệ", "chia"),
    attributes={
        "ethnicity": ("thiểu số", "dân tộc"),
        "age": ("trẻ tuổi", "dưới 30 tuổi", "dưới 35 tuổi", "dưới 40 tuổi", "trên 60 tuổi", "cao tuổi"),
        "religion": ("tôn giáo", "chức sắc"),
        "party": ("ngoài đảng",),
        "incumbency": ("tái cử", "tái đắc cử", "lần đầu"),
        "nomination": ("tự ứng cử",),
        "schooling": ("trên đại học", "lý luận chính trị"),
    },
)

EN = ListWords(
    share_before=("accounting for", "accounted for", "account for", "accounts for", "a share of", "a rate of", "making up", "made up", "representing"),
    plan_before=("aims to", "aim to", "aiming to", "target of", "targets", "targeting", "goal of", "plans to", "plan to",
                 "seeks to", "hopes to", "strives to", "expects to", "expected to"),
    whole_before=("totaling", "totalling", "numbering", "in all", "in total", "a total of", "which total", "which number"),
    colon_labels=("as follows", "by type", "by category", "broken down", "namely", "in detail"),
    where_before=("in", "across", "at"),
    equivalent_before=("equivalent to", "equal to", "or", "i.e.", "that is"),
    with_before=("with",),
    refer_back=("of these", "of those", "of them", "among these", "among those", "among them"),
    address_before=("apt", "apartment", "unit", "suite", "flat", "lot"),
    prize_nouns=("prize", "medal", "award"),
    slash_counts=False,
    per_after=("per", "a head", "apiece", "each"),
    partial_openers=("including", "includes", "include", "among them", "among whom"),
    together_words=("together", "combined", "jointly", "between them", "in all", "altogether", "taken together"),
    ratio_before=("ratio", "ratio of", "split", "a", "score", "scored", "won", "lost", "beat"),
    attributes={
        "ethnicity": ("native", "indigenous", "latino", "latina", "african american"),
        "age": ("under 35", "under 30", "over 65", "young", "older", "aged"),
        "religion": ("religious", "catholic", "muslim", "buddhist"),
        "incumbency": ("incumbent", "incumbents", "re-elected", "first-time", "newcomers"),
        "party": ("independent", "independents", "non-party"),
    },
)

LIST_WORDS = {"vi": VI, "en": EN}


def list_words(lang: str | None) -> ListWords:
    return LIST_WORDS.get((lang or "en")[:2], EN)

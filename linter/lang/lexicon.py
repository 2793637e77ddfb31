"""The schema of a language pack: the words around figures that tell what a figure means.

Matching is done on NFC, lower-cased text. Each list is a plain tuple of phrases so that a
newsroom can see at a glance what factlint understands; `Lexicon.rx()` compiles a list once.
`ShareGrammar`, `ListWords`, `ChangeWords` and `DateWords` are the words of claim families and of the
date grammar, kept as sub-records (`Lexicon.shares`, `Lexicon.lists`, `Lexicon.changes`, `Lexicon.dates`). A pack is one `Lexicon(...)` literal (`linter/lang/vi.py`,
`linter/lang/en.py`); `linter.lang.packs` finds them, and nothing outside `linter.lang` imports a pack.
"""
from __future__ import annotations

import re
from dataclasses import field
from decimal import Decimal
from typing import Iterable

from linter.core import lazyre
from linter.core.marks import NumberMarks
from linter.core.model import Hedge
from linter.core.record import record


@record(keywords=True)
class ShareGrammar:
    """How a percentage is read when the words around it say it is no share of the figure beside it
    (linter/claims/shares/readings.py)."""
    # a share verb joins a part to its share ("chiếm", "accounting for"): a hedge after it is a hedge
    share_verbs: tuple[str, ...] = ()
    # words opening a clause on the counted noun ("xã có …", "precincts where …")
    relative_openers: tuple[str, ...] = ()
    # openers that qualify the noun only when a rate noun follows ("có tỷ lệ …", "with a pass rate of")
    rate_openers: tuple[str, ...] = ()
    rate_nouns: tuple[str, ...] = ()
    # after a percentage, the words that make it a share of a named whole ("95% số hộ", "60% of voters")
    of_whole: tuple[str, ...] = ()
    # a sentence opening with one of these is about a subgroup: "Riêng khối chuyên có …"
    subgroup_openers: tuple[str, ...] = ()
    # a subject holding a group noun, then one of these right before the part, names the part's own
    # group: "Trường chuyên có 640 em", "Magnet schools had 640 students"
    having: tuple[str, ...] = ()
    group_nouns: tuple[str, ...] = ()
    # a sentence opening with one of these, not referring back, sets the part in its own place or time
    locatives: tuple[str, ...] = ()
    # the words around a share and its whole that linter/claims/shares/links.py reads, from every pack at once
    compare_words: tuple[str, ...] = ()  # "so với", "than": after a percentage, a change against another time
    period_starts: tuple[str, ...] = ()  # what that other time opens with: "cùng kỳ", "the previous"
    from_to: tuple[str, ...] = ()  # right before a percentage, the end of a range or a change: "từ", "lên", "to"
    whole_lead: tuple[str, ...] = ()  # after a percentage, before the noun of its whole: "của", "of the"
    whole_total: tuple[str, ...] = ()  # "tổng": the whole named as a total
    whole_count: tuple[str, ...] = ()  # "số", "total": the count of the noun
    whole_extra: tuple[str, ...] = ()  # phrases announcing a whole, beside the Lexicon's whole_markers: "trong tổng số"
    of_verbs: tuple[str, ...] = ()  # after these the whole's word names none: "disposed of 14,902 cases", "in excess of"
    degree_words: tuple[str, ...] = ()  # right after a percentage, the state of its subject: "beds were 81.6% occupied"
    # before a percentage in its clause, a measure of use whose base is a capacity the text does not
    # count: "công suất phòng bình quân đạt 82%" is no share of the guests counted before it
    degree_nouns: tuple[str, ...] = ()
    # a rate's name opening its phrase: a count inside that phrase qualifies the rate ("tỷ lệ người tiêm
    # ít nhất 1 mũi đạt 78,2%"), it is not the rate's part
    rate_names: tuple[str, ...] = ()
    total_extra: tuple[str, ...] = ()  # phrases naming a total, beside the Lexicon's total_words: "trong số", "of the"
    attain_before: tuple[str, ...] = ()  # "đạt 105%": right before a percentage of a target
    attain_verbs: tuple[str, ...] = ()  # "đạt", "hoàn thành": a sentence stating an attainment
    attain_hedges: tuple[str, ...] = ()  # "đạt trên 105%"
    target_of: tuple[str, ...] = ()  # "105% của kế hoạch", "of the target"
    target_copulas: tuple[str, ...] = ()  # between a target's name and its level: "kế hoạch là 73%", "a target of 55%"
    # before a share's named whole: "91,09% (của) tổng số đại biểu", "12% of the total"
    whole_prepositions: tuple[str, ...] = ()
    whole_of_lead: tuple[str, ...] = ()  # before the words naming a whole right after a share: "của tổng số"
    whole_of: tuple[str, ...] = ()  # "tổng số", "out of": the figure after is the whole
    out_of: tuple[str, ...] = ()  # "out of a total population of 23,800", "trong tổng số"
    of_words: tuple[str, ...] = ()  # "của", "of"
    # the rest of the whole an earlier share of the sentence was of: "the other 72%" (before), "72% còn lại" (after)
    complement_before: tuple[str, ...] = ()
    complement_after: tuple[str, ...] = ()
    total_nouns: tuple[str, ...] = ()  # "tổng", "total"
    total_of_end: tuple[str, ...] = ()  # "… total rainfall of 5.37", "… tổng số là 120"
    share_of: tuple[str, ...] = ()  # "69% of the …", "45% số hộ …": the share names its whole
    whole_paren_lead: tuple[str, ...] = ()  # "chiếm 62,3% của tổng số lao động (29.530 người)"
    whole_paren: tuple[str, ...] = ()  # "tổng số", "of all"
    total_keys: tuple[str, ...] = ()  # a whole's noun that names the total of what the part counts: "44% of the total"
    not_heads: tuple[str, ...] = ()  # words that never name a whole's noun: "và", "the"
    rest_of: tuple[str, ...] = ()  # "của", "of the": before the total words a share names
    rate_links: tuple[str, ...] = ()  # "a pass rate of 95%", "tỷ lệ đạt 95%"
    place_articles: tuple[str, ...] = ()  # "in the 822 of the 961 precincts", "tại các"
    # words that refer back to a group already counted, or name the whole again: "Of these", "Trong số này",
    # "toàn tỉnh", "overall". Wider than `ListWords.refer_back`, which opens a list of the last count's parts:
    # the union of the two links a part to a whole a sentence away that it is not of (a false P001)
    refer_back: tuple[str, ...] = ()
    run_and: tuple[str, ...] = ()  # "and" between two percentages of one run: "10, 12 and 15 percent, respectively"
    total_determiners: tuple[str, ...] = ()  # "of the total …", "of its total …"
    share_determiners: tuple[str, ...] = ()  # "45% of the …", "45% of all …"
    rate_articles: tuple[str, ...] = ()  # "with a pass rate of", "the turnout"
    opener_articles: tuple[str, ...] = ()  # "schools with a 100% pass rate"
    # "Lee winning 62 percent of the vote while Park garnered 38 percent": the whole a first share names,
    # and the verbs giving each further candidate's share of it
    vote_wholes: tuple[str, ...] = ()
    vote_verbs: tuple[str, ...] = ()


@record(keywords=True)
class ListWords:
    """The words that tell a breakdown's parts from what only stands beside them (linter/claims/lists.py).
    Matching is on NFC, lower-cased text, each phrase as whole words."""
    # a figure right after these is a share of the whole, never a count part ("cử nhân chiếm 86,66")
    share_before: tuple[str, ...] = ()
    # leading wholes that name members rather than a count ("Trong các nguồn thu, …"): a breakdown only
    # when the members share a word with the sentence before (else "Trong các năm qua" is a time)
    member_wholes: tuple[str, ...] = ()
    # a copula giving an item's value in a complete list ("vốn tăng thêm là 511 tỷ"): the change word names the item
    value_copulas: tuple[str, ...] = ()
    # a plan, goal or campaign target: a figure after these is what is aimed at, not part of what was done
    plan_before: tuple[str, ...] = ()
    # "Trong số hồ sơ đang giải quyết gồm 7.100 hồ sơ, …": a figure after these names the whole
    whole_before: tuple[str, ...] = ()
    # "kỷ luật 1.093 đảng viên, với hình thức: khiển trách …": a colon after these opens the breakdown
    # of the total a few words before it
    colon_labels: tuple[str, ...] = ()
    # "increased in 2,826 of the 3,143 counties": after these a figure counts where, not a change
    where_before: tuple[str, ...] = ()
    # "tỷ lệ 60/40", "a 60/40 split": a ratio over a slash, not a count over its whole
    ratio_before: tuple[str, ...] = ()
    # "tỷ lệ … là 1,46%, tương đương với 4.375 người": after these a count restates the share before it
    # (an item's part), though "với" usually introduces a figure describing the item
    equivalent_before: tuple[str, ...] = ()
    # "led by Texas with 42,000", "dẫn đầu là huyện A với 18.000": a figure with no noun of its own after
    # these describes what its item names, not a member of the whole
    with_before: tuple[str, ...] = ()
    # "Đã kiểm tra 120 cơ sở. Qua kiểm tra, phát hiện 18 cơ sở vi phạm": a sentence opening with these and
    # the action the sentence before reported tells what that action found; its counts of a noun are
    # among the ones that sentence gave after the action (claims/results.py)
    result_openers: tuple[str, ...] = ()
    beyond_words: tuple[str, ...] = ()  # after a result's noun: others than those examined ("70 cơ sở khác", "thêm")
    result_closers: tuple[str, ...] = ()  # ending the phrase naming the examination, as a comma does: "Kết quả kiểm tra cho thấy"
    # the examinations whose findings are among what was examined ("kiểm tra", "rà soát"); a pilot's
    # result may reach further ("Qua thí điểm tại 12 xã, mô hình được nhân rộng ra 35 xã")
    result_actions: tuple[str, ...] = ()
    # "kiểm tra 45 cơ sở, phát hiện 12 cơ sở vi phạm": in the examination's own sentence, the counts after
    # these are what it found
    finding_verbs: tuple[str, ...] = ()
    body_nouns: tuple[str, ...] = ()  # "ủy ban kiểm tra", "đoàn kiểm tra": an examination naming a body, not done
    # "có 86 thí sinh dự thi, 61 em đạt giải": those said after a count to have an outcome of a contest
    # (an exam, an election) are among those its sentence said before to have entered it
    # "Cả nước có 1.050.132 thí sinh đăng ký dự thi. … Hà Nội có 110.000 thí sinh đăng ký dự thi, nhiều nhất cả
    # nước": a place's count is part of the nation's said before with the same words (claims/placeparts.py)
    nation_words: tuple[str, ...] = ()
    entrant_words: tuple[str, ...] = ()
    outcome_words: tuple[str, ...] = ()
    # "Tỷ lệ … đạt 97,3%, trong đó … xuất sắc đạt 12,4%": after these a share with no count of its own is
    # some of the share before it (claims/shareparts.py) …
    share_part_openers: tuple[str, ...] = ()
    # … unless it names a subgroup of the people counted, whose own rate may be higher ("trong đó khu vực
    # thành thị 3,4%"); the group nouns and the attributes name subgroups too
    subgroup_words: tuple[str, ...] = ()
    # and only where the shares are of one total ("cơ cấu", "chiếm" before the whole) or the part names a
    # grade of what the whole rates ("hoàn thành tốt nhiệm vụ … trong đó hoàn thành xuất sắc"): a part of a
    # rate naming some of those rated ("vốn … nguồn trung ương") has a rate of its own
    structure_words: tuple[str, ...] = ()  # named in the whole's sentence before it
    structure_verbs: tuple[str, ...] = ()  # in the whole's clause before it
    grade_words: tuple[str, ...] = ()
    # a sentence opening with these names parts of the group the sentence before counted last
    # ("… 9.310 em đỗ. Trong số này, 1.862 em …"): a share of them is of that count
    refer_back: tuple[str, ...] = ()
    # "số 45/12 đường …", "hẻm 120/15": after these (and the Lexicon's id words) a slash writes an address
    address_before: tuple[str, ...] = ()
    # "134 thí sinh đạt giải; trong đó 3 giải Nhất …": each winner holds one prize, so prizes are
    # counted among the people who won them
    prize_nouns: tuple[str, ...] = ()
    # a sentence opening with these names its whole at once: "Trong số 3.405 hồ sơ", "Of the 1,200 members"
    leading_wholes: tuple[str, ...] = ()
    leading_before_figure: tuple[str, ...] = ()  # the same only right before a figure: "Trong 1.355 học sinh …"
    item_joiners: tuple[str, ...] = ()  # words between two items of a breakdown: "và", "and"
    breakdown_ahead: tuple[str, ...] = ()  # a breakdown of its own begins: "gồm", "including"
    period_words: tuple[str, ...] = ()  # a period's label before a colon: "Quý 3:", "Month 2:"
    trailing_totals: tuple[str, ...] = ()  # a total after its parts: "lũy kế … là 6.302", "in total"
    guarded_totals: tuple[str, ...] = ()  # the same unless one of `total_not_after` stands before: "tổng số"
    total_not_after: tuple[str, ...] = ()  # "trong tổng số" is "out of"
    continuing_openers: tuple[str, ...] = ()  # openers after which a sentence's heads are looked for past the first: "trong đó"
    with_suffix: tuple[str, ...] = ()  # ending an item's words before a figure describing it: "…, với 1.251 chi bộ"
    copulas: tuple[str, ...] = ()  # "… tổng số là: …": between a phrase and its colon
    # whether "a/b <noun>" is a count over its whole ("45/52 xã"); English writes that "45 of 52"
    slash_counts: bool = False
    # "35 học sinh mỗi lớp", "35 students per class" (and, in any language, "35 học sinh/lớp"): after the
    # figure's noun these make it a rate per unit, not a count of part of the whole
    per_after: tuple[str, ...] = ()
    # right after a figure (and its noun), a period it is counted per: "263 a day", "15 ca mỗi ngày"; a rate, no total
    rate_periods: tuple[str, ...] = ()
    rate_not_before: tuple[str, ...] = ()  # after the period, words that make it a time: "a year earlier", "một năm trước"
    # openers that name some of the parts only ("including"): parts falling short of the total are no slip
    partial_openers: tuple[str, ...] = ()
    # "…, together 44.9% of the total", "cộng lại chiếm 44,9%": a share of all the parts at once
    together_words: tuple[str, ...] = ()
    # "…; cả nước đạt 43,5 triệu tấn", "…; the nation as a whole …", "…; the national average was …": a piece
    # naming a larger whole than the breakdown's, an average, or ranking against it is a comparison, not the next item
    larger_wholes: tuple[str, ...] = ()
    # "…; this year, 136 applied": a clause after ';' opening with the time it tells of starts another statement
    this_periods: tuple[str, ...] = ()
    # ways of counting people that cut across one another: a list naming two of them is no partition
    # (added to the Lexicon's `attributes`, dimension by dimension)
    attributes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a count over its whole written with words: "45 (out) of the district's 52 precincts", "12 of them"
    count_out: tuple[str, ...] = ()  # "out"
    # of the exhaustive openers, those whose breakdown ends with the sentence: "of which", "of whom"
    sentence_openers: tuple[str, ...] = ()
    count_of: tuple[str, ...] = ()  # "of"
    count_determiners: tuple[str, ...] = ()  # "the", "its", "their", "all"
    of_pronouns: tuple[str, ...] = ()  # "of them", "of whom": the part of a group counted before
    # "the number of unemployed … the number of long-term unemployed" (linter/claims/numberof.py)
    number_of: tuple[str, ...] = ()  # "the number of": a count named by the noun phrase after it
    not_restrictive: tuple[str, ...] = ()  # "the number of additional unemployed": a modifier naming no subgroup


@record(keywords=True)
class ChangeWords:
    """The words around a pair of figures that say it is a change, which way it went, where its base
    is and what is stated about it (linter/claims/changes/grammar.py). The patterns there read every
    pack's words at once, pack by pack: a quoted sentence of another language is read as well."""
    down: tuple[str, ...] = ()  # a fall: "giảm", "fell"
    # a rate's base said without a parenthesis: "so với năm trước là 90%", "from the previous year's 90%"
    # (the opener, the period, and the copula before the rate where the language writes one)
    base_said_openers: tuple[str, ...] = ()
    base_said_periods: tuple[str, ...] = ()
    base_said_copulas: tuple[str, ...] = ()
    pct_verbs: tuple[str, ...] = ()  # "tăng 2,5% so với năm trước (90%)": a change in % that may be meant in points
    level_before: tuple[str, ...] = ()  # "rose to 92.5%", "tăng lên 92,5%": the level reached, not the change
    up: tuple[str, ...] = ()  # a rise: "tăng", "rose"
    comparatives: tuple[str, ...] = ()  # "X, nhiều hơn 22% so với …": a comparison, not a hedge
    instead: tuple[str, ...] = ()  # "38 879 instead of 37 090", "thay vì"
    from_words: tuple[str, ...] = ()  # right before the earlier figure: "từ", "from"
    to_words: tuple[str, ...] = ()  # between the earlier figure and the later one: "lên", "to"
    to_fillers: tuple[str, ...] = ()  # a word after them before the later figure: "xuống còn", "lên mức"
    to_before: tuple[str, ...] = ()  # right before the later figure stated first: "fell to 2.15% … from 2.86%"
    to_not_after: tuple[str, ...] = ()  # a word that makes the 'to' after it no later figure's: "according to", "due to"
    to_then: tuple[str, ...] = ()  # between a change stated first and its later figure: "rose 8% to $4.32 billion"
    amount_before: tuple[str, ...] = ()  # after a figure and a comma, before the amount of its change: "…, tăng 12.308"
    difference_before: tuple[str, ...] = ()  # right before a difference: "chênh lệch", "a drop of", "fell by"
    change_before: tuple[str, ...] = ()  # right before a change, after a comma or as a word: "tăng", "tức giảm", "up"
    amount_openers: tuple[str, ...] = ()  # before an amount of change that its percentage restates: "tăng 240 tỷ đồng, tương đương"
    restating: tuple[str, ...] = ()  # "…, tức là 5%", "… or 18.1%": the same change as a percentage
    paren_change: tuple[str, ...] = ()  # opening a parenthesis that holds the change's percentage: "(tăng 7,5%)"
    bare_change: tuple[str, ...] = ()  # a change word right before a percentage of two percentages: a relative change
    refers_back: tuple[str, ...] = ()  # opening the next sentence about the same pair: "The difference", "Mức chênh lệch"
    compared_by: tuple[str, ...] = ()  # "A, thấp hơn D so với chỉ tiêu … (B)": a difference of A and B
    compare_to: tuple[str, ...] = ()  # "so với": the base follows
    plan_bases: tuple[str, ...] = ()  # what a figure is compared to: "chỉ tiêu", "cùng kỳ"
    earlier_periods: tuple[str, ...] = ()  # "so với cùng kỳ năm trước (2,22 tỷ USD)": the base is the earlier period's
    base_periods: tuple[str, ...] = ()  # "up 5% at 1,522 compared to last year at 1,447": the period whose figure is the base
    base_links: tuple[str, ...] = ()  # after such a period, right before its figure: "at", "of"
    auxiliaries: tuple[str, ...] = ()  # between a subject and its verb of change: "net income was up"
    level_links: tuple[str, ...] = ()  # between a subject and the level it reached: "operating income of $23.4 million", "… was $14.0 million"
    level_periods: tuple[str, ...] = ()  # the reporting period that may stand between them: "net income for the quarter was"
    hypotheticals: tuple[str, ...] = ()  # a value the subject would have had: "net income would have been $13.5 million"
    other_base: tuple[str, ...] = ()  # a change said against another base than the figure before it: "so với", "year on year"
    scale_words: tuple[str, ...] = ()  # a scale word written out after a figure: "triệu", "million"
    year_before: tuple[str, ...] = ()  # "năm 2022", "in 2022": when, not how much
    period_before: tuple[str, ...] = ()  # "tháng 2", "quý III": when, not how much
    period_year: tuple[str, ...] = ()  # between a period and its year: "tháng 5 năm 2023"
    rough: tuple[str, ...] = ()  # "1,450, about 22% more than …": a rough figure still states the change
    range_joiners: tuple[str, ...] = ()  # between two figures sharing the second's scale word: "từ 1,2 đến 1,8 triệu tấn"
    pronouns: tuple[str, ...] = ()  # after a figure, never the noun it counts: "6,180 which represents …"
    points: tuple[str, ...] = ()  # after a difference of two percentages: "điểm phần trăm", "percentage points"
    rate_points: tuple[str, ...] = ()  # after the points a rate moved by: "tăng 2,1 điểm %", "up 3 points"
    clause_breaks: tuple[str, ...] = ()  # where a clause with a subject of its own begins: "trong khi", "while"
    comma_breaks: tuple[str, ...] = ()  # the same after a comma only: "…, còn …"
    and_words: tuple[str, ...] = ()  # "và", "and"
    same_subject: tuple[str, ...] = ()  # after "and", the same subject's verb goes on: "and was", "và đạt"
    frame_openers: tuple[str, ...] = ()  # after a change, opening the frame of the pair after it: "tăng 15% từ …"
    before_level: tuple[str, ...] = ()  # between those and the figure: "lên mức", "from the"
    stop_words: tuple[str, ...] = ()  # change and grammar words, left out when two sentences are compared for the thing they name
    earlier: tuple[str, ...] = ()  # a base of another time: "cùng kỳ", "a year ago"
    or_words: tuple[str, ...] = ()  # "15 cents, or 0.5%", "hay": the same change in other terms
    compared: tuple[str, ...] = ()  # "so với", "compared with": the base follows
    this_is_subjects: tuple[str, ...] = ()  # "Con số này là …", "This is …": the sentence before states the pair
    this_is_verbs: tuple[str, ...] = ()
    this_is_articles: tuple[str, ...] = ()
    # the single words of the English patterns of linter/claims/changes/grammar.py, each slot a field
    too: tuple[str, ...] = ()  # right after a figure said to be off: "too high", "higher" (the sign: pairs.py)
    from_verbs: tuple[str, ...] = ()  # "up from $120m": a change word right before "from"
    from_bare: tuple[str, ...] = ()  # "from" alone
    by_verbs: tuple[str, ...] = ()  # "grew by 12": a change verb right before "by"
    by_bare: tuple[str, ...] = ()  # "by" alone
    which_that: tuple[str, ...] = ()  # "which represents …", "that is …"
    delta_copulas: tuple[str, ...] = ()  # "…, which represents an increase of 12"
    pct_after: tuple[str, ...] = ()  # right after a percentage, a change: "12% increase", "12% more than"
    pct_verbs_before: tuple[str, ...] = ()  # right before a percentage, a change verb: "rose 12%"
    pct_nouns_of: tuple[str, ...] = ()  # "an increase of 12%": a change noun, then "of"
    of_bare: tuple[str, ...] = ()  # "of" alone
    modals: tuple[str, ...] = ()  # "will increase 4.5 percent": a modal (or "to") before a change verb
    modal_verbs: tuple[str, ...] = ()
    month_before: tuple[str, ...] = ()  # "in May": a month named after these is when, not how much
    base_from: tuple[str, ...] = ()  # "down 1,137 from 19,539": right before the base
    percentage_word: tuple[str, ...] = ()  # "6 percentage points higher than …"
    point_words: tuple[str, ...] = ()
    than_comparatives: tuple[str, ...] = ()  # "22% more than the 1,188" (the sign: pairs.py, compare.py)
    than_bare: tuple[str, ...] = ()  # "than" alone
    above_below: tuple[str, ...] = ()  # "12% below the median of …"
    the_bare: tuple[str, ...] = ()  # "the" alone
    of_at: tuple[str, ...] = ()  # "… the state median of $66,100", "… at $14.8 million"
    represent_verbs: tuple[str, ...] = ()  # "which represents a …", "marked a …"
    articles: tuple[str, ...] = ()  # "a", "an"
    percent_bare: tuple[str, ...] = ()  # "a 1.9 percent decrease"
    over_nouns: tuple[str, ...] = ()  # "a 58.1% increase over the $14.8 million"
    over_preps: tuple[str, ...] = ()  # "over", "from", "on"
    compared_then: tuple[str, ...] = ()  # "was $412,000, compared to $400,000 in May — up 3 percent"
    then_change: tuple[str, ...] = ()  # "— down 1 percent": the change after its base
    than_up: tuple[str, ...] = ()  # of `than_comparatives` and `above_below`, those of a rise ("more than", "above")
    # linter/claims/changes/compare.py: "the $518,000 paid last year is 8.4% higher than …"
    value_verbs: tuple[str, ...] = ()  # the verb between the later value and its change: "is", "stood"
    value_adverbs: tuple[str, ...] = ()  # words after that verb: "still", "about"
    other_measure: tuple[str, ...] = ()  # words between the value and its verb naming another measure of it: "average"
    # linter/claims/changes/respectively.py: "…, drops of 10 percent and 20 percent, respectively"
    respectively: tuple[str, ...] = ()
    list_copulas: tuple[str, ...] = ()  # "which are drops of …"
    or_bare: tuple[str, ...] = ()  # "or" alone
    list_change_nouns: tuple[str, ...] = ()  # "drops of", "increases of"
    # linter/claims/changes/levels.py: "Over the year, the hourly wage has risen by 60 cents"
    perfect_aux: tuple[str, ...] = ()  # "have", "has", "had"
    subject_by_verbs: tuple[str, ...] = ()  # the verb before "by"
    subject_leading: tuple[str, ...] = ()  # words that start no subject: "Over the year the rate …" keeps "the rate"
    # linter/claims/changes/pairs.py
    to_bare: tuple[str, ...] = ()  # "grew by 22,703,743 to …": "to" alone between the change and the later value
    too_up: tuple[str, ...] = ()  # of `too`, those saying the figure is above what it should be
    subunits: tuple[str, ...] = ()  # a currency's hundredth as a word: "rose by 95 cents, or 3.1%" (refs.py, levels.py)
    # linter/claims/changes/ahead.py: "Sales fell 8% from a year earlier. … 330 homes sold. A year earlier, 359 were sold."
    earlier_markers: tuple[str, ...] = ()  # a figure said of the earlier period: "a year earlier", "last year", "năm trước"
    # linter/claims/changes/revisions.py: "… was revised from +129,000 to +144,000 … With these revisions, … 15,000 higher
    # than previously reported"
    revision_verbs: tuple[str, ...] = ()  # before "from": "revised"
    revised_than: tuple[str, ...] = ()  # after "higher"/"lower": "than previously reported"
    # linter/claims/changes/yearsprior.py: "Compared to 2007, just 3 years prior, …" in a paragraph about 2010
    years_prior: tuple[str, ...] = ()  # after the count of years: "years prior", "years earlier", "năm trước đó"


@record(keywords=True)
class DateWords:
    """The words of the date forms written in words (linter/figures/dates.py): "ngày 5 tháng 3 năm 2024",
    "6 tháng đầu năm 2024", "Quý I năm 2024", "giai đoạn 2011–2014", "from 2011 to 2014". The
    patterns there read every pack's words at once."""
    day: tuple[str, ...] = ()  # "ngày 5 tháng 3 năm 2024"
    # "Last year the office reopened on Thursday, Jan. 2": a day of another year than the dateline's
    other_years: tuple[str, ...] = ()
    month: tuple[str, ...] = ()  # "tháng 3/2024"
    year: tuple[str, ...] = ()  # between a month or quarter and its year: "tháng 3 năm 2024"
    quarter: tuple[str, ...] = ()  # "Quý I/2024"
    six: tuple[str, ...] = ()  # "sáu tháng đầu năm": six months, a half year
    half_first: tuple[str, ...] = ()  # "6 tháng đầu năm": the first half
    half_last: tuple[str, ...] = ()  # "6 tháng cuối năm": the second half
    range_openers: tuple[str, ...] = ()  # "giai đoạn 2011–2014", "from 2011 to 2014"
    range_links: tuple[str, ...] = ()  # "từ 2011 đến 2014", "from 2011 through 2014"
    year_before: tuple[str, ...] = ()  # "năm 2011", "in 2011": a year
    season_nouns: tuple[str, ...] = ()  # after "2022-23": a season ("mùa")
    season_links: tuple[str, ...] = ()  # between a season word and its years: "năm học của", "season of the"
    # a count of years said in words (linter/claims/periods.py): "trong 3 năm", "nhiệm kỳ 5 năm", "3 năm liên tiếp"
    count_before: tuple[str, ...] = ()  # "trong 3 năm", "suốt 5 năm"
    count_before_range: tuple[str, ...] = ()  # the same right before the range: "trong 3 năm 2021 - 2023"
    count_noun: tuple[str, ...] = ()  # "năm": the years counted
    consecutive: tuple[str, ...] = ()  # "3 năm liên tiếp": the range holds the count inclusively
    term_words: tuple[str, ...] = ()  # "nhiệm kỳ 5 năm", "kế hoạch 5 năm"
    count_needles: tuple[str, ...] = ()  # a text without any of these holds no count of years
    # a sub-period's figure in parentheses (linter/claims/periodparts.py): "(riêng quý IV ước tính đạt khoảng 120)"
    part_adverbs: tuple[str, ...] = ()  # optional words, in this order, before its verb: "ước", "tính"
    part_verbs: tuple[str, ...] = ()  # "đạt", "là"
    part_hedges: tuple[str, ...] = ()  # "khoảng", "gần"
    levels: tuple[str, ...] = ()  # a level or an average, which does not add up over sub-periods: "bình quân", "dư nợ"
    flows: tuple[str, ...] = ()  # a flow, which does: "sản lượng", "kim ngạch", "lượt"
    # a month's or a day's count within the year's, said in English words (linter/claims/subperiods.py)
    month_now: tuple[str, ...] = ()  # "this month", "for the month": the month the text is about
    day_marks: tuple[str, ...] = ()  # "one-day", "daily": the figure of a single day
    part_now: tuple[str, ...] = ()  # "this quarter", "for the quarter": the quarter the text is about
    year_now: tuple[str, ...] = ()  # "this year", "so far this year", "since January": the year up to now or whole
    level_compared: tuple[str, ...] = ()  # "below normal", "above average": a comparison, not the level's own figure
    other_places: tuple[str, ...] = ()  # "the neighboring county": a figure of another place than the one before
    # the English counts of years (linter/claims/periods.py): "3 straight seasons", "over the past 5 years",
    # "a five-year plan", "third consecutive", "second (2019, 2021)"
    streak: tuple[str, ...] = ()  # "straight", "consecutive"
    streak_nouns: tuple[str, ...] = ()  # "seasons", "years"
    count_over: tuple[str, ...] = ()  # "over", "during"
    count_the: tuple[str, ...] = ()  # "the"
    count_recent: tuple[str, ...] = ()  # "past", "last"
    count_years: tuple[str, ...] = ()  # "years"
    span_determiners: tuple[str, ...] = ()  # "a", "the", "its"
    span_year: tuple[str, ...] = ()  # "year" of "a five-year plan"
    span_nouns: tuple[str, ...] = ()  # "period", "plan", "term"
    ordinal_suffixes: tuple[str, ...] = ()  # "1st", "2nd"
    list_and: tuple[str, ...] = ()  # "and" between the years of a parenthesis
    month_names: tuple[str, ...] = ()  # the months' names: "January"
    # the months' names and short names with their number, for the English forms "March 5, 2024", "5th of March"
    # (linter/figures/dates.py; a form not read with IGNORECASE: the names are matched capitalised)
    month_numbers: dict[str, int] = field(default_factory=dict)
    # a school term named with its year ("the fall 2012 semester", "fall of 2009"): its first and last month
    # (linter/claims/weekdays.py reads an undated day within the latest such term in the term's year)
    term_months: dict[str, tuple[int, int]] = field(default_factory=dict)
    term_nouns: tuple[str, ...] = ()  # after the term and its year: "fall 2012 semester" (a season alone may be "the fall of 2008")
    day_of: tuple[str, ...] = ()  # "5th of March"
    fiscal: tuple[str, ...] = ()  # "fiscal 2023", "fiscal year 2023"
    fiscal_noun: tuple[str, ...] = ()
    fiscal_abbrev: tuple[str, ...] = ()  # "FY 2020-21"
    season_qualifiers: tuple[str, ...] = ()  # "the 2022-23 NBA season", "regular season"
    season_plain: tuple[str, ...] = ()  # "season", "seasons" after a season's years
    month_homonyms: tuple[str, ...] = ()  # of those, the ones that are common words too ("May"): a month only before a day or a comma
    # a figure's period in words (linter/claims/restated.py): "first half", "third quarter", "first 6 months"
    part_ordinals: tuple[str, ...] = ()  # "first", "second"
    part_nouns: tuple[str, ...] = ()  # "quarter", "half"
    span_edges: tuple[str, ...] = ()  # "first", "last"
    span_units: tuple[str, ...] = ()  # "months", "quarters"


@record(keywords=True)
class TableWords:
    """The words of table headers and labels (linter/claims/tables/), read from every pack at once."""
    share_headers: tuple[str, ...] = ()  # a column of shares: "tỷ lệ", "share"
    not_additive: tuple[str, ...] = ()  # a column of averages or rates, not summed down its rows: "bình quân", "average"
    per_units: tuple[str, ...] = ()  # "/người", "/capita": a measure per unit
    change_headers: tuple[str, ...] = ()  # a column of changes: "tăng", "growth"
    total_labels: tuple[str, ...] = ()  # a totals row's label: "tổng cộng", "total"
    unit_headers: tuple[str, ...] = ()  # a column naming each row's unit: "đơn vị tính", "unit"
    lead_words: tuple[str, ...] = ()  # stripped before a header is matched with prose, in this order: "tổng số", "number of"
    header_noise: tuple[str, ...] = ()  # words of a header that say nothing of its column: "số lượng", "the"
    not_whole: tuple[str, ...] = ()  # labels too common in prose to name a totals row: "cộng", "all"
    id_headers: tuple[str, ...] = ()  # a column of ordinals, years or codes: "stt", "mã", "rank"
    not_additive_words: tuple[str, ...] = ()  # whole words of a header that make it a rate: "mean", "rate"
    per_word: tuple[str, ...] = ()  # "per capita", "per 1,000": a measure per unit


@record(keywords=True)
class Lexicon:
    """A language pack: the words around figures that tell what a figure means, the marks its
    numbers are written with, and the words of each claim family (`shares`, `lists`, `changes`,
    `dates`, `tables`)."""

    lang: str
    marks: NumberMarks  # how the language writes its figures: vi "1.234,5", en "1,234.5"
    scales: dict[str, Decimal]
    hedges_before: dict[str, Hedge]
    hedges_after: dict[str, Hedge]
    percent_words: tuple[str, ...]
    share_markers: tuple[str, ...]  # part … MARKER P%: "chiếm", "accounting for"
    whole_markers: tuple[str, ...]  # part … MARKER whole: "trong tổng số", "out of"
    list_openers: tuple[str, ...]  # total … OPENER parts: "trong đó", "of which"
    exhaustive_openers: tuple[str, ...]  # openers that promise the whole breakdown: "gồm", "consisting of"
    total_words: tuple[str, ...]
    change_words: tuple[str, ...]
    target_words: tuple[str, ...]
    attribute_markers: tuple[str, ...]  # "với 1.251 chi bộ": a figure describing the previous item
    person_nouns: tuple[str, ...]
    compounds: tuple[str, ...]  # multi-word head nouns ("đảng viên", "hồ sơ")
    stop_nouns: tuple[str, ...]  # words after a number that are not what it counts
    year_words: tuple[str, ...]
    attributes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # overlapping ways to count people
    plural_suffixes: tuple[str, ...] = ()
    id_words: tuple[str, ...] = field(default=())  # "số", "No." before document numbers
    # phrases holding a change word that state no change: "so với" compares, "made up 35.6%", "up to 40%"
    not_changes: tuple[str, ...] = ()
    # another time, a comparison or another measure of the same figure: "(cùng kỳ năm trước: 1.557 hộ)",
    # "($4.32 billion a year earlier)", "($3.4 billion excluding one-time charges)", "(nếu tính cả … là 365 tỷ đồng)"
    other_time: tuple[str, ...] = ()
    # an election's turnout: (the rate's name, the votes cast, the electorate), as phrases
    turnout: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ())
    # words that name a day: a day.month right after one is a date, not a decimal ("Chiều 12.3", "ngày 30.4")
    day_words: tuple[str, ...] = ()
    # the weekdays' names and their index, Monday 0 ("thứ hai", "thứ 2"; "monday", "mon.")
    weekdays: dict[str, int] = field(default_factory=dict)
    # a weekday's name by its first three letters and its ending: "Mon", "Monday" (else a weekday only after `weekday_before`)
    weekday_stems: tuple[str, ...] = ()
    weekday_endings: tuple[str, ...] = ()
    # words that say which day before the date: "Sáng nay (16.6)", "Hôm qua 15.6"
    day_deictics: tuple[str, ...] = ()
    # words that make the day word a unit of time instead of a date: "mỗi ngày 2.5 tấn"
    per_day: tuple[str, ...] = ()
    # words joining two dates of one span: "từ ngày 1.6 đến 30.6", "các ngày 16.6 và 17.6"
    day_links: tuple[str, ...] = ()
    # words of time before a bare d.m: a date when a comma or another date follows ("Từ 1.7, …", "(từ 9.6 đến 15.6)")
    day_prepositions: tuple[str, ...] = ()
    # words that name a season, school, crop or fiscal year: "năm học 2023-2024", "the 2014-15 season" is one of them
    season_words: tuple[str, ...] = ()
    # the commonest short words of running text: enough of them tell a paragraph's language
    function_words: tuple[str, ...] = ()
    # right after a percentage, the words that name it a change ("a 6.1 percent increase", "40% more");
    # verbs are left out: "60% lost their jobs" is a share doing something
    change_after: tuple[str, ...] = ()
    # a word that may stand between a percentage and the change word naming it ("a 6.1% annual increase")
    change_qualifiers: tuple[str, ...] = ()
    # the weekdays' names as a message writes them, Monday first
    weekday_names: tuple[str, ...] = ()
    # letters only this language writes: a text too short for its function words is this language
    # when they make up more than 2% of its letters
    letters: str = ""
    # a numeric date is written day first ("03/04" is 3 April), else month first unless the first is above 12
    day_first: bool = False
    # nouns and verbs inflect: a head noun is singularised, and a word in -ed after a figure is a verb
    inflected: bool = False
    # a word is a syllable: the thing a sentence names is a pair of words ("doanh thu"), not a long word
    syllabic: bool = False
    # a count is written over its whole with a word: "45 of the district's 52 precincts"
    count_of_whole: bool = False
    # the words that say a percentage is no share of the figure beside it
    shares: ShareGrammar = field(default_factory=ShareGrammar)
    # the words that tell a breakdown's parts from what only stands beside them
    lists: ListWords = field(default_factory=ListWords)
    # the words that link a change to its pair of figures
    changes: ChangeWords = field(default_factory=ChangeWords)
    # the words of the date forms written in words
    dates: DateWords = field(default_factory=DateWords)
    # units written as words, to their pint names ("mét vuông": "meter**2", "square miles": "mile**2"); symbols are shared
    unit_words: dict[str, str] = field(default_factory=dict)
    # before a figure that names something rather than counts it: "mức 1", "lớp 12", "table 3"
    label_words: tuple[str, ...] = ()
    # the same unless one of the words given stands right before: "cấp 2" names, "trung cấp 2" counts
    label_guards: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a document's kind before its number: "quyết định số 12"
    document_kinds: tuple[str, ...] = ()
    number_word: tuple[str, ...] = ()  # "số": "quyết định số 12"; "số chi bộ lên 1.251": the noun counted is named
    number_counts: tuple[str, ...] = ()  # that word after these counts, it names nothing: "tổng số 12", "con số 12"
    named_verbs: tuple[str, ...] = ()  # between that noun and its figure: "số chi bộ lên 1.251"
    item_links: tuple[str, ...] = ()  # words between two items of a list: "và", "hoặc", "or"
    attr_before: tuple[str, ...] = ()  # a figure after these describes the previous item: "với 1.251 chi bộ", "each"
    conversion_hedges: tuple[str, ...] = ()  # "(khoảng 207 dặm)": a conversion may be rounded
    period_only: tuple[str, ...] = ()  # "(riêng quý IV …)": another period's figure
    # currencies written as words after a figure: "đồng", "dollars" (codes such as "usd" are every language's)
    currency_words: dict[str, str] = field(default_factory=dict)
    # words after a figure that say it measures time or repetition: a unit, never a count of things
    measure_words: tuple[str, ...] = ()
    # a comparative right before a hedge word makes it a comparison: "thấp hơn 0,4%", "no more than"
    hedge_comparatives: tuple[str, ...] = ()
    # hedges after a figure that may stand a few words later: "100 người trở lên"
    hedges_after_later: tuple[str, ...] = ()
    # a percentage of a plan (linter/claims/targets.py): "đạt 103,1% kế hoạch", "103.1% of the budget"
    goal_words: tuple[str, ...] = ()  # "kế hoạch", "budget"
    goal_periods: tuple[str, ...] = ()  # "kế hoạch năm", "annual target"
    target_verbs: tuple[str, ...] = ()  # right before the percentage: "đạt", "reaching", "or"
    excess_verbs: tuple[str, ...] = ()  # those that state the excess over the plan: "vượt 1%", "exceeding"
    goal_passive: tuple[str, ...] = ()  # "chỉ tiêu được giao"
    goal_set: tuple[str, ...] = ()  # "chỉ tiêu giao", "kế hoạch đề ra": the plan's figure follows
    goal_copulas: tuple[str, ...] = ()  # "kế hoạch là 8.000", "target of 8,000"
    goal_the: tuple[str, ...] = ()  # "103.1% the budget"… "the" right after the percentage
    goal_of: tuple[str, ...] = ()  # "103.1% of (the) budget"
    goal_determiners: tuple[str, ...] = ()  # "of the", "of its", "of their"
    goal_by: tuple[str, ...] = ()  # "exceeding by 3%": after the verb
    # the words of table headers and labels
    tables: TableWords = field(default_factory=TableWords)
    hour_words: tuple[str, ...] = ()  # "9 giờ 30": a time, not two figures
    # "điện thoại 0213.3852.146", "hotline: 1900.1234": the number after these is a phone number, not a figure
    phone_words: tuple[str, ...] = ()
    range_from: tuple[str, ...] = ()  # "từ 4 đến 6 đảng viên", "from 3 to 5": a range, not two figures
    range_to: tuple[str, ...] = ()
    range_nouns: tuple[str, ...] = ()  # "1-2 tháng": a range when these follow it
    weekday_before: tuple[str, ...] = ()  # a worded weekday after these is a day ("chiều thứ Bảy"), else an ordinal ("xếp thứ hai")
    unit_hedges: tuple[str, ...] = ()  # "(khoảng 207 dặm)": a conversion given roughly
    turnout_links: tuple[str, ...] = ()  # between a turnout's name and its figure: "đạt", "stood at"
    # the first and last letter of the block of this language's letters beyond A–Z (Vietnamese: À … Ỹ):
    # after a full stop and a space, one of them opens a sentence
    letter_block: tuple[str, str] = ("", "")
    # abbreviations ending in a full stop that does not end the sentence: "Sept.", "ThS."
    abbreviations: tuple[str, ...] = ()
    # numbers written as words: "ba năm", "three years"
    number_words: dict[str, int] = field(default_factory=dict)
    # a vote's margin written as a score (linter/claims/margins.py): "won 52-48", "a 52-48 victory" in a text on a vote
    margin_nouns: tuple[str, ...] = ()  # right after the score: "margin", "victory"
    contest_words: tuple[str, ...] = ()  # the text speaks of a vote: "votes", "election"
    won_words: tuple[str, ...] = ()  # before the score: "won", "defeated"
    # words between a figure and the noun it counts that name no other thing: "320 new hires" counts hires
    count_adjectives: tuple[str, ...] = ()
    # words in -ed that are nouns, not verbs, after a figure (for a language that `inflected`): "a hundred"
    ed_nouns: tuple[str, ...] = ()
    # scales glued to a currency figure, as powers of ten: "$5bn", "€3m"
    glued_scales: dict[str, int] = field(default_factory=dict)
    # ordinals written as words: "third straight season" (linter/claims/periods.py)
    ordinal_words: dict[str, int] = field(default_factory=dict)
    # capital letters beyond A–Z that open a sentence or write a document code ("QĐ")
    capitals: str = ""
    # a scale word that begins another word: "12 tỷ lệ" is no twelve billion (a short scale word of
    # letters beyond ASCII, "tỷ", is a scale; a short ASCII one, "m", "k", only after a currency)
    scale_compounds: tuple[str, ...] = ()
    # an addition told with the total it brings: "kết nạp 625 đảng viên mới, nâng tổng số đảng viên lên
    # 3.160", "hired 120 workers, bringing its workforce to 1,450": the amount added is within the total
    raises_total: tuple[str, ...] = ()
    # a total that is a balance, net of what left it: "giải ngân 120 tỷ đồng, nâng tổng dư nợ lên 96 tỷ
    # đồng" (loans repaid come off), "bringing total outstanding loans to": what was added may exceed it
    balance_words: tuple[str, ...] = ()
    # a total told after an amount added in the same sentence: "repaid an additional $9 million … and
    # has repaid a total of $31 million" (the first list before the figure added, the second before the total)
    added_before: tuple[str, ...] = ()
    total_after_added: tuple[str, ...] = ()
    # the words naming what an amount is of, right after it: "$75 million in federal aid", "$51 million
    # in lottery revenue": an amount added and a total naming different things are not one sum
    added_of: tuple[str, ...] = ()
    # a whole opened inside a sentence, after a comma or these words, and the words that then give its
    # part: "…, trong 37 người ứng cử, có 25 người trúng cử", "khi trong tổng số 100 thí sinh chỉ 50 …"
    inner_whole_before: tuple[str, ...] = ()
    inner_part_before: tuple[str, ...] = ()
    # a sentence naming some members of the total before it by example: "Một số chương trình có dư nợ cao,
    # như: …", "Several programs drew large sums, such as …" (its opening words, the words before the
    # examples, and lead-ins that may come first: "Theo đó, một số …")
    some_openers: tuple[str, ...] = ()
    such_as: tuple[str, ...] = ()
    some_lead_ins: tuple[str, ...] = ()
    # who is chosen from whom, written over a slash: "52 đại biểu/84 ứng cử viên" is a count over its pool
    chosen_from: tuple[tuple[str, str], ...] = ()
    # a sentence's subject that points at the count told before it: "That number included 116 new
    # listings", "Con số này bao gồm …" open a breakdown of that count as "Of these, …" does
    back_subjects: tuple[str, ...] = ()
    # "có 96 học sinh dự thi thì có 85 em đoạt giải": a count, then within the same clause the part of it
    # that did something (and the words making that an "if … then" instead)
    then_part_before: tuple[str, ...] = ()
    conditionals: tuple[str, ...] = ()
    # words opening a ratio: "cứ 100 trẻ em gái thì có 112 trẻ em trai" compares two groups per base
    ratio_openers: tuple[str, ...] = ()
    # a sentence telling the total that what came before adds up to ("Như vậy, đến nay toàn Đảng bộ có
    # 4.378 đảng viên", "That brings the total to …"), and the verbs that tell what was added before it
    so_totals: tuple[str, ...] = ()
    add_verbs: tuple[str, ...] = ()
    # a sentence whose subject is the figure told before it, stating its change: "This is a 2% increase
    # from 1,369 students", "Con số này tăng 5% so với năm trước (1.200 hộ)"; and the words before the base
    change_subjects: tuple[str, ...] = ()
    base_before: tuple[str, ...] = ()
    # a sentence adding more members to a breakdown told before it: "Trong đó, vốn tỉnh … Bên cạnh
    # đó, vốn cấp xã 64,2 triệu đồng …", "In addition, …"
    more_members: tuple[str, ...] = ()
    # "… như: đường trục trung tâm có vốn đầu tư 350 tỷ đồng", "such as the courthouse, with a projected cost of
    # $350 million": a word naming a measure between these and an example's figure makes it the example's own size
    own_size_before: tuple[str, ...] = ()
    # words that bring a total down ("đưa tổng số hộ nghèo xuống còn", "down to"): what was taken may exceed what is left
    lowers_total: tuple[str, ...] = ()
    # after a bare figure, words that make it an age naming a group, not a count: "residents 65 and older"
    age_after: tuple[str, ...] = ()
    # "shot 45.0 percent (18-for-40)", "went 6-for-9": the count made, the joining word, the count tried (a fraction)
    made_of_tried: tuple[str, ...] = ()
    # before a bare figure, words that make it an age: "adults aged 25", "children ages 5"
    age_before: tuple[str, ...] = ()
    # what the words around a figure say about which quantity it is, beyond its noun: a role each
    # ("up", "down", "average", "cumulative", "revised" …); two mentions of one quantity share their roles
    # (the other times and the targets of `other_time` and `target_words` are roles of their own)
    restate_roles: dict[str, str] = field(default_factory=dict)
    # words that say nothing about which quantity a figure is ("đạt", "reached"): a restatement may add or drop them
    restate_filler: tuple[str, ...] = ()
    # prepositions joining to a figure's noun a phrase that still names it ("jobs in March", "lợi nhuận của công ty")
    restate_of: tuple[str, ...] = ()
    # words that give a rate per 100 its own population: a sex ratio at birth is one of births only
    rate_scopes: tuple[str, ...] = ()
    # a rate per thousand (‰) by its name: the words that name its numerator's count and its denominator's
    permille_rates: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    # between a rate and its base: "125 nữ/100 nam", "105 boys per 100 girls", "12 deaths for every 1,000 residents"
    rate_per: tuple[str, ...] = ()
    # a rate per thousand written in words: "15,2 phần nghìn", "15.2 per thousand" ("‰" is every language's)
    permille_words: tuple[str, ...] = ()
    # words that set a part apart from the whole before it ("riêng", "alone"), besides the list openers
    restate_part: tuple[str, ...] = ()
    # conjunctions after which another statement begins ("and", "và"): a figure's words stop there
    restate_joints: tuple[str, ...] = ()
    # auxiliaries that open the predicate after a figure's noun ("330,000 jobs was …"): its words stop there
    restate_stops: tuple[str, ...] = ()

    def rx(self, name: str) -> re.Pattern[str]:
        return _compile(self, name)


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, longest first (so "tổng số" wins over "tổng")."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_COMPILED: dict[tuple[str, str], re.Pattern[str]] = {}


def _compile(lex: Lexicon, name: str) -> re.Pattern[str]:
    key = (lex.lang, name)
    if key not in _COMPILED:
        words = getattr(lex, name)
        _COMPILED[key] = lazyre.eager(r"(?<![\w])(?:" + alternation(tuple(words)) + r")(?![\w])")
    return _COMPILED[key]

"""Per-language vocabulary: the words around figures that tell what a figure means.

Matching is done on NFC, lower-cased text. Each list is a plain tuple of phrases so that a
newsroom can see at a glance what factlint understands; `Lexicon.rx()` compiles a list once.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import field
from decimal import Decimal
from functools import lru_cache

from linter.core import lazyre
from linter.core.model import Hedge
from linter.core.record import record


@record
class Lexicon:
    lang: str
    decimal_mark: str
    group_mark: str
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
    # the weekdays' names as a message writes them, Monday first
    weekday_names: tuple[str, ...] = ()

    def rx(self, name: str) -> re.Pattern[str]:
        return _compile(self.lang, name)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def _compile(lang: str, name: str) -> re.Pattern[str]:
    words = getattr(LEXICONS[lang], name)
    if isinstance(words, dict):
        words = tuple(words)
    return lazyre.eager(r"(?<![\w])(?:" + _alt(words) + r")(?![\w])")


VI = Lexicon(
    lang="vi",
    decimal_mark=",",
    group_mark=".",
    scales={"nghìn": Decimal(10) ** 3, "ngàn": Decimal(10) ** 3, "triệu": Decimal(10) ** 6, "tỷ": Decimal(10) ** 9, "tỉ": Decimal(10) ** 9},
    hedges_before={
        "hơn": Hedge.MORE_THAN, "trên": Hedge.MORE_THAN, "ngoài": Hedge.MORE_THAN,
        "ít nhất": Hedge.AT_LEAST, "tối thiểu": Hedge.AT_LEAST, "không dưới": Hedge.AT_LEAST,
        "dưới": Hedge.LESS_THAN, "chưa đến": Hedge.LESS_THAN, "chưa tới": Hedge.LESS_THAN, "không quá": Hedge.AT_MOST,
        "tối đa": Hedge.AT_MOST, "gần": Hedge.NEARLY, "gần như": Hedge.NEARLY, "suýt": Hedge.NEARLY,
        "khoảng": Hedge.ABOUT, "xấp xỉ": Hedge.ABOUT, "ước": Hedge.ABOUT, "ước tính": Hedge.ABOUT,
        "ước đạt": Hedge.ABOUT, "trên dưới": Hedge.ABOUT, "chừng": Hedge.ABOUT, "độ": Hedge.ABOUT, "hàng": Hedge.ABOUT,
    },
    hedges_after={"trở lên": Hedge.AT_LEAST, "trở xuống": Hedge.AT_MOST, "có lẻ": Hedge.MORE_THAN, "hơn": Hedge.MORE_THAN},
    percent_words=("phần trăm",),
    share_markers=("chiếm tỷ lệ", "chiếm tỉ lệ", "chiếm", "đạt tỷ lệ", "đạt tỉ lệ", "tỷ lệ", "tỉ lệ", "bằng", "đạt", "là", "tương đương", "tức", "tương ứng"),
    whole_markers=("trong tổng số", "trên tổng số", "trong số", "so với tổng số", "trên", "của tổng số"),
    list_openers=("trong đó có", "trong đó", "trong số đó", "bao gồm", "gồm có", "gồm", "cụ thể là", "cụ thể", "chia ra", "phân ra", "chia theo"),
    exhaustive_openers=("bao gồm", "gồm có", "gồm", "chia ra", "phân ra"),
    total_words=("tổng số", "tổng cộng", "tổng", "cộng", "toàn tỉnh", "toàn huyện", "toàn xã", "cả nước", "toàn quốc", "toàn thành phố", "tất cả", "lũy kế"),
    change_words=(
        "tăng", "giảm", "tăng thêm", "giảm đi", "cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "vượt", "hụt", "so với",
        "tăng trưởng", "giảm sút", "chênh lệch",
    ),
    target_words=("kế hoạch", "chỉ tiêu", "mục tiêu", "dự toán", "nghị quyết", "định mức"),
    not_changes=("so với",),
    other_time=("năm trước", "năm ngoái", "cùng kỳ", "kỳ trước", "tháng trước", "quý trước", "năm học trước", "so với", "trước đó",
                "chưa tính", "chưa kể", "không kể", "không tính", "tính cả", "nếu tính", "quy đổi", "tương đương", "sau thuế", "trước thuế"),
    attribute_markers=("với", "/", "mỗi", "bình quân", "trung bình"),
    person_nouns=(
        "người", "đảng viên", "đồng chí", "cử tri", "học sinh", "sinh viên", "giáo viên", "cán bộ", "công chức",
        "viên chức", "lao động", "công nhân", "nông dân", "quần chúng", "thí sinh", "bệnh nhân", "ca", "trẻ",
        "cháu", "em", "đoàn viên", "hội viên", "đại biểu", "nhân khẩu", "ĐV",
    ),
    compounds=(
        "đảng viên", "đồng chí", "cử tri", "học sinh", "sinh viên", "giáo viên", "cán bộ", "công chức", "viên chức",
        "lao động", "công nhân", "nông dân", "quần chúng", "thí sinh", "bệnh nhân", "đoàn viên", "hội viên", "đại biểu",
        "nhân khẩu", "hồ sơ", "tổ chức cơ sở đảng", "tổ chức đảng", "chi bộ", "đảng bộ", "thị trấn", "tổ dân phố",
        "trường hợp", "doanh nghiệp", "vụ việc", "dự án", "công trình", "đơn vị", "khu vực", "cơ sở", "hợp tác xã",
        "thủ tục", "văn bản", "tiêu chí", "gia đình", "hộ gia đình", "xã phường", "phường xã", "huyện thị",
        "tổ chức", "cơ quan", "thôn bản", "lượt người", "đội tuyển", "bộ môn", "giải thưởng",
    ),
    stop_nouns=(
        "năm", "tháng", "ngày", "giờ", "phút", "quý", "lần", "tuổi", "bậc", "mức", "kỳ", "khóa", "khoá", "nhiệm kỳ",
        "điểm", "lớp", "và", "là", "của", "trong", "so", "với", "thì", "đến", "từ", "tại", "có", "được", "đã",
        "đạt", "chiếm", "tăng", "giảm", "trên", "dưới", "hơn", "gần", "khoảng", "trở", "còn", "mới", "cũ", "thứ",
    ),
    year_words=("năm", "niên độ", "niên khóa", "nhiệm kỳ", "giai đoạn", "khóa", "quý", "tháng", "ngày", "từ năm", "đến năm", "cuối năm", "đầu năm"),
    attributes={
        "gender": ("nữ", "nam", "phụ nữ", "nam giới", "nữ giới"),
        "ethnicity": ("dân tộc thiểu số", "dân tộc kinh", "người kinh", "đồng bào"),
        "youth": ("đoàn viên", "thanh niên", "tuổi trẻ"),
        "party": ("đảng viên",),
        "schooling": ("đại học", "cao đẳng", "trung cấp", "thạc sĩ", "thạc sỹ", "tiến sĩ"),
        "work": ("nông dân", "công nhân", "cán bộ", "công chức", "viên chức", "lực lượng vũ trang", "học sinh", "sinh viên"),
    },
    id_words=("số", "quyết định", "chỉ thị", "nghị quyết", "quy định", "thông tư", "nghị định", "công văn", "kế hoạch số", "điều", "khoản", "mã"),
    turnout=(
        tuple(f"{rate} cử tri {act}" for rate in ("tỷ lệ", "tỉ lệ") for act in (
            "đi bầu", "đi bầu cử", "đi bỏ phiếu", "tham gia bầu cử", "tham gia bỏ phiếu", "đã bỏ phiếu", "đã đi bỏ phiếu",
            "đã tham gia bỏ phiếu")),
        tuple(f"{lead}cử tri {act}" for lead in ("tổng số ", "số ", "") for act in (
            "đi bầu", "đi bầu cử", "đi bỏ phiếu", "tham gia bầu cử", "tham gia bỏ phiếu", "đã bỏ phiếu", "đã đi bỏ phiếu",
            "đã tham gia bỏ phiếu")),
        ("tổng số cử tri", "tổng số cử tri trong danh sách", "tổng số cử tri trong khu vực bỏ phiếu", "cử tri trong danh sách",
         "cử tri có tên trong danh sách", "cử tri trong khu vực bỏ phiếu"),
    ),
    day_words=("ngày", "hôm", "sáng", "chiều", "trưa", "tối", "đêm", "khuya", "rạng sáng", "sáng sớm", "chiều tối",
               "tối muộn", "nửa đêm", "mùng", "mồng"),
    weekdays={
        "thứ hai": 0, "thứ 2": 0, "thứ ba": 1, "thứ 3": 1, "thứ tư": 2, "thứ 4": 2, "thứ năm": 3, "thứ 5": 3,
        "thứ sáu": 4, "thứ 6": 4, "thứ bảy": 5, "thứ bẩy": 5, "thứ 7": 5, "chủ nhật": 6, "chủ nhựt": 6,
    },
    day_deictics=("nay", "qua", "mai", "kia", "hôm nay", "hôm qua", "hôm sau", "hôm trước"),
    per_day=("mỗi", "một", "vài", "mấy", "hàng", "mọi", "từng", "bình quân", "trung bình", "nửa"),
    day_links=("đến", "tới", "và", "hoặc", "cho đến"),
    day_prepositions=("từ", "kể từ", "đến", "tới", "trước", "sau", "cho đến", "đến hết", "hết", "vào"),
    season_words=("năm học", "niên khóa", "niên khoá", "niên vụ", "mùa giải", "mùa vụ", "vụ mùa", "năm tài chính",
                  "tài khóa", "tài khoá", "niên độ", "mùa"),
    function_words=("và", "của", "các", "những", "được", "là", "có", "trong", "với", "cho", "đã", "này", "không",
                    "một", "theo", "từ", "đến", "tại", "để", "khi", "cũng", "về", "sẽ", "như", "người", "đang",
                    "nhiều", "nhưng", "trên", "sau", "thì", "đó", "việc", "vào", "còn", "ra", "bị", "nhằm"),
    weekday_names=("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"),
)

EN = Lexicon(
    lang="en",
    decimal_mark=".",
    group_mark=",",
    scales={
        "thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12,
        "k": Decimal(10) ** 3, "m": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "mln": Decimal(10) ** 6, "bn": Decimal(10) ** 9,
        "b": Decimal(10) ** 9, "tn": Decimal(10) ** 12,
    },
    hedges_before={
        "more than": Hedge.MORE_THAN, "over": Hedge.MORE_THAN, "above": Hedge.MORE_THAN, "just over": Hedge.MORE_THAN,
        "upwards of": Hedge.MORE_THAN, "in excess of": Hedge.MORE_THAN, "at least": Hedge.AT_LEAST, "no fewer than": Hedge.AT_LEAST,
        "no less than": Hedge.AT_LEAST, "under": Hedge.LESS_THAN, "below": Hedge.LESS_THAN, "fewer than": Hedge.LESS_THAN,
        "less than": Hedge.LESS_THAN, "just under": Hedge.LESS_THAN, "up to": Hedge.AT_MOST, "at most": Hedge.AT_MOST,
        "no more than": Hedge.AT_MOST, "nearly": Hedge.NEARLY, "almost": Hedge.NEARLY, "close to": Hedge.NEARLY,
        "about": Hedge.ABOUT, "roughly": Hedge.ABOUT, "around": Hedge.ABOUT, "approximately": Hedge.ABOUT,
        "approx.": Hedge.ABOUT, "some": Hedge.ABOUT, "an estimated": Hedge.ABOUT, "estimated": Hedge.ABOUT, "~": Hedge.ABOUT,
        "circa": Hedge.ABOUT, "c.": Hedge.ABOUT,
    },
    hedges_after={"or more": Hedge.AT_LEAST, "or so": Hedge.ABOUT, "plus": Hedge.AT_LEAST, "or fewer": Hedge.AT_MOST, "or less": Hedge.AT_MOST},
    percent_words=("percent", "per cent", "pct"),
    share_markers=("accounting for", "accounted for", "representing", "which is", "or", "i.e.", "making up", "amounting to", "equal to", "comprising", "were", "was", "is", "are"),
    whole_markers=("out of a total of", "out of", "of a total of", "of the", "of", "from a total of", "among"),
    list_openers=("of which", "of whom", "of these", "of them", "among them", "among whom", "including", "includes", "include", "consisting of", "comprising", "made up of", "namely", "broken down as", "split between", "divided into"),
    exhaustive_openers=("consisting of", "comprising", "made up of", "broken down as", "split between", "divided into", "of which", "of whom"),
    total_words=("total", "totals", "in total", "in all", "altogether", "overall", "combined", "sum", "all"),
    change_words=(
        "increase", "increased", "decrease", "decreased", "up", "down", "rise", "rose", "fall", "fell", "growth", "grew",
        "gain", "gained", "loss", "lost", "drop", "dropped", "higher", "lower", "more", "fewer", "less", "declined",
        "decline", "jump", "jumped", "climbed", "change", "grow", "growth rate", "too high", "too low", "compared",
        "slipped", "slid", "dipped", "edged", "surged", "soared", "plunged", "tumbled", "sank",
    ),
    target_words=("target", "plan", "goal", "forecast", "budgeted", "quota", "projection"),
    not_changes=("made up", "make up", "makes up", "making up", "up to"),
    other_time=("a year earlier", "a year ago", "last year", "previous year", "prior year", "the year before", "previously",
                "compared with", "compared to", "versus", "vs", "planned", "budget", "estimated",
                "excluding", "including", "adjusted", "after", "before", "restated", "equivalent", "net of", "gross"),
    attribute_markers=("with", "/", "each", "per", "average", "averaging"),
    person_nouns=(
        "people", "person", "persons", "residents", "voters", "students", "members", "employees", "workers", "adults",
        "children", "men", "women", "patients", "citizens", "individuals", "respondents", "participants", "pupils",
        "teachers", "staff", "inhabitants", "households",
    ),
    compounds=("square miles", "square kilometers", "square kilometres", "square feet", "cubic inches", "ballot papers", "polling stations"),
    stop_nouns=(
        "years", "year", "months", "month", "days", "day", "hours", "minutes", "times", "percent", "and", "or", "of",
        "in", "to", "the", "a", "from", "by", "on", "at", "for", "with", "was", "were", "is", "are", "than",
        "had", "have", "has", "will", "would", "could", "can", "may", "came", "went", "got", "made", "did", "said",
    ),
    year_words=("in", "since", "from", "to", "until", "year", "fiscal", "fy", "by", "during", "through", "of", "season"),
    attributes={
        "gender": ("women", "men", "female", "male", "girls", "boys"),
        "ethnicity": ("minority", "minorities", "black", "white", "hispanic", "asian"),
        "age": ("children", "adults", "youth", "seniors", "elderly"),
        "status": ("veterans", "disabled", "students", "unemployed"),
    },
    plural_suffixes=("ies", "es", "s"),
    id_words=("no.", "number", "no", "#", "section", "article", "chapter", "act", "order", "resolution", "route"),
    turnout=(
        ("turnout", "voter turnout", "turnout rate"),
        ("votes cast", "total votes cast", "ballots cast", "total ballots cast", "total votes", "total poll"),
        ("electorate", "registered voters", "eligible voters", "registered electors", "total electorate", "voters on the register"),
    ),
    weekdays={
        "monday": 0, "mon.": 0, "tuesday": 1, "tues.": 1, "tue.": 1, "wednesday": 2, "wed.": 2, "thursday": 3,
        "thurs.": 3, "thur.": 3, "thu.": 3, "friday": 4, "fri.": 4, "saturday": 5, "sat.": 5, "sunday": 6, "sun.": 6,
    },
    season_words=("season", "seasons", "school year", "academic year", "fiscal year", "fiscal", "financial year", "fy",
                  "crop year", "marketing year", "campaign"),
    # not "an", "to": Vietnamese words too ("an toàn", "to lớn")
    function_words=("the", "of", "and", "in", "is", "was", "for", "that", "with", "on", "as", "by", "are",
                    "were", "from", "this", "at", "which", "be", "has", "have", "it", "its", "their", "not",
                    "but", "or", "we", "our", "these", "than", "been", "also", "into", "between", "more"),
    weekday_names=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
)

LEXICONS = {"vi": VI, "en": EN}
_FUNCTION_WORDS = {lang: frozenset(lex.function_words) for lang, lex in LEXICONS.items()}

_VI_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


WORD = lazyre.compile(r"[^\W\d_]+")
SAMPLE_WORDS = 20_000


def detect(text: str) -> str:
    """'vi' or 'en' from the first SAMPLE_WORDS words of the visible text.

    Words, not characters: readers blank markup with spaces (a page's `<style>` block can be
    200,000 blanks), and blanks say nothing. The language whose function words are at least twice
    the other's wins; a text with too few of them is Vietnamese when Vietnamese letters make up more
    than 2% of its letters."""
    words = [m.group().lower() for m, _ in zip(WORD.finditer(nfc(text)), range(SAMPLE_WORDS))]
    counts = _function_words(words)
    if max(counts.values()) >= 5 and max(counts.values()) >= 2 * min(counts.values()):
        return max(counts, key=counts.get)
    letters = sum(map(len, words))
    if not letters:
        return "en"
    sample = "".join(words)
    vi = sum(map(sample.count, _VI_LETTERS))
    return "vi" if vi / letters > 0.02 else "en"


def text_language(text: str, least: int = 5) -> str | None:
    """'vi' or 'en' when the function words of one language outnumber the other's four to one, at
    least `least` of them; None when the text is too short or mixed to say."""
    counts = _function_words(WORD.findall(text.lower()))
    (top, n), (_, other) = sorted(counts.items(), key=lambda kv: -kv[1])[:2]
    return top if n >= least and n >= 4 * other else None


def _function_words(words: list[str]) -> dict[str, int]:
    """How many of `words` (lower-cased) are each language's function words."""
    return {lang: sum(w in fw for w in words) for lang, fw in _FUNCTION_WORDS.items()}


def lexicon(lang: str | None) -> Lexicon:
    return LEXICONS.get((lang or "en")[:2], EN)

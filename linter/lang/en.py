"""The English language pack: data only, one `Lexicon`."""
from __future__ import annotations

from decimal import Decimal

from linter.core.model import Hedge
from linter.lang.lexicon import Lexicon

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
    inflected=True,
    count_of_whole=True,
    change_after=("increase", "increases", "decrease", "decreases", "rise", "rises", "drop", "drops", "decline",
                  "declines", "growth", "gain", "gains", "loss", "losses", "jump", "change", "hike", "cut",
                  "reduction", "more", "fewer", "less", "higher", "lower", "up", "down"),
    change_qualifiers=("annual", "yearly", "monthly", "overall", "year-on-year", "year-over-year", "net", "cumulative"),
    age_after=("and older", "or older", "and over", "or over", "and up", "and above", "or above", "years old",
               "year-old", "years of age", "and under", "or younger", "and younger"),
    age_before=("aged", "ages", "age"),
    weekday_names=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
)

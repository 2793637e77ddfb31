"""Inline suppressions: `<!-- factlint: … -->` comments, invisible when Markdown or HTML is rendered.

    <!-- factlint: ignore P001 reason="số liệu sơ bộ" -->    the next block only
    … 92,54%. <!-- factlint: ignore P001 -->    at the end of a line: that line only
    <!-- factlint: disable S001 --> … <!-- factlint: enable S001 -->    a region
    <!-- factlint: disable-file -->    the whole file

Selectors are codes, code prefixes or rule names; none means every rule. A suppression that
suppresses nothing is reported as F003, so stale ones do not pile up after a draft is fixed; one
that does not parse (`factlint: ignor P001`) or names no rule is F006, never silently ignored.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from linter.core import lazyre
from linter.run.config import selector_matches
from linter.lang.i18n import N_, translate
from linter.core.model import Diagnostic, Document, Severity, Span
from linter.core.record import record

# The arguments stop at the next '<!--' as well as at '-->': an opening that is never closed is
# scanned up to the next opening only, so a text of unclosed openings is read in linear time.
_COMMENT = lazyre.eager(
    r"<!--\s*factlint\s*:\s*(?P<action>disable-file|disable|enable|ignore)(?!\w|-(?!->))(?P<args>(?:[^-<]|-(?!->)|<(?!!--))*)-->"
)
# Any comment that starts like a directive, to report the ones _COMMENT does not understand.
_ANY = lazyre.eager(r"<!--\s*factlint\s*:(?P<body>(?:[^-<]|-(?!->)|<(?!!--))*)-->")
# a Word comment holds the directive as its whole text, with no comment markers around it
_NOTE = lazyre.eager(r"\A\s*factlint\s*:\s*(?P<action>ignore)\b(?P<args>.*)\Z", re.S)
_REASON = lazyre.eager(r"""\breason\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_BLANK_LINE = lazyre.eager(r"\n[ \t]*\n")
UNUSED = ("F003", "unused-suppression")
INVALID = ("F006", "invalid-suppression")


@record
class Directive:
    action: str  # ignore | disable | enable | disable-file
    selectors: tuple[str, ...]  # empty: every rule
    span: Span  # the whole comment
    reason: str | None = None


@record
class Suppression:
    directive: Directive
    selector: str | None  # None: every rule
    region: Span


def parse(text: str) -> list[Directive]:
    out = []
    for m in _COMMENT.finditer(text):
        args = m.group("args")
        reason = _REASON.search(args)
        words = _REASON.sub(" ", args).replace(",", " ").split()
        out.append(Directive(m.group("action"), tuple(words), Span(m.start(), m.end()), reason and (reason.group(1) or reason.group(2))))
    return out


def _next_block(doc: Document, text: str, after: int) -> Span:
    """The block that follows offset `after`: a reader's block if it found any, else up to a blank line."""
    for block in doc.blocks:
        if block.span.end > after and block.span.start >= after:
            return Span(after, block.span.end)
    start = len(text) - len(text[after:].lstrip())
    blank = _BLANK_LINE.search(text, start)
    return Span(after, blank.start() if blank else len(text))


def _own_line(text: str, span: Span) -> Span | None:
    """The line a comment ends, when text precedes it there (`… 92,54%. <!-- factlint: ignore -->`); None for a comment on its own line."""
    start = text.rfind("\n", 0, span.start) + 1
    if not text[start:span.start].strip():
        return None
    end = text.find("\n", span.end)
    return Span(start, len(text) if end < 0 else end)


def suppressions(doc: Document, text: str, directives: Sequence[Directive]) -> list[Suppression]:
    out: list[Suppression] = []
    open_: list[tuple[Directive, str | None]] = []
    for d in directives:
        keys: tuple[str | None, ...] = d.selectors or (None,)
        if d.action == "disable-file":
            out.extend(Suppression(d, k, Span(0, len(text))) for k in keys)
        elif d.action == "ignore":
            out.extend(Suppression(d, k, _own_line(text, d.span) or _next_block(doc, text, d.span.end)) for k in keys)
        elif d.action == "disable":
            open_.extend((d, k) for k in keys)
        else:  # enable: closes the regions it names, or all of them
            closing = [(o, k) for o, k in open_ if not d.selectors or k in d.selectors]
            out.extend(Suppression(o, k, Span(o.span.end, d.span.start)) for o, k in closing)
            open_ = [item for item in open_ if item not in closing]
    out.extend(Suppression(o, k, Span(o.span.end, len(text))) for o, k in open_)
    return out


def _matches(selector: str | None, code: str, name: str) -> bool:
    return selector is None or selector_matches(selector, code, name)


def apply(
    doc: Document, diagnostics: Iterable[Diagnostic], active: Sequence[tuple[str, str]], report_unused: bool = True, lang: str | None = None,
    report_invalid: bool = True,
) -> list[Diagnostic]:
    """`diagnostics` without the suppressed ones, plus an F003 for each suppression that was not needed
    and an F006 for each comment that looks like a directive but is not one.

    `active` holds the (code, name) of the rules that ran: a suppression naming only rules that
    did not run (deselected in this configuration) is not reported as unused.
    """
    text = str(dict(doc.meta).get("source_text", doc.text))
    diagnostics = list(diagnostics)
    anchored = _anchored(doc)
    if "factlint" not in text and not anchored:
        return diagnostics
    found = suppressions(doc, text, parse(text)) + anchored
    used: set[Directive] = set()
    kept = []
    for diag in diagnostics:
        hits = [s for s in found if s.region.start <= diag.span.start < s.region.end and _matches(s.selector, diag.code, diag.name)]
        used.update(s.directive for s in hits)
        if not hits:
            kept.append(diag)
    if report_unused:
        kept.extend(_unused(doc, found, used, active, lang))
    if report_invalid:
        kept.extend(_invalid(doc, text, lang))
    return kept


def _invalid(doc: Document, text: str, lang: str | None) -> list[Diagnostic]:
    """F006 for each `<!-- factlint: … -->` comment that is not a directive, or that names a rule that does not exist."""
    from linter.run.config import known_selector

    out = []
    for m in _ANY.finditer(text):
        directive = _COMMENT.fullmatch(text, m.start(), m.end())
        unknown = [] if directive is None else [w for w in parse(directive.group(0))[0].selectors if not known_selector(w)]
        if directive is not None and not unknown:
            continue
        body = " ".join(m.group("body").split())
        values = {"directive": f" {body}" if body else "", "unknown": ", ".join(unknown)}
        if directive is None:
            message = N_("suppression `factlint:{directive}` is not understood: write ignore, disable, enable or disable-file, then rule codes or names")
        else:
            message = N_("suppression `factlint:{directive}` names no rule: {unknown}; `factlint rules` lists them")
        message = translate(message, lang or doc.locale).format(**values)
        out.append(Diagnostic(code=INVALID[0], name=INVALID[1], severity=Severity.WARNING, message=message, span=Span(m.start(), m.end()), path=doc.path))
    return out


def _anchored(doc: Document) -> list[Suppression]:
    """`factlint: ignore …` written as a comment on a paragraph (a Word comment): it covers that paragraph."""
    out = []
    for note, region in dict(doc.meta).get("word_comments", ()):
        m = _NOTE.match(note)
        if m:
            reason = _REASON.search(m.group("args"))
            words = tuple(_REASON.sub(" ", m.group("args")).replace(",", " ").split())
            d = Directive("ignore", words, region, reason and (reason.group(1) or reason.group(2)))
            out.extend(Suppression(d, k, region) for k in (words or (None,)))
    return out


def _unused(doc: Document, found: list[Suppression], used: set[Directive], active: Sequence[tuple[str, str]], lang: str | None) -> list[Diagnostic]:
    out, seen = [], set()
    for s in found:
        d = s.directive
        if d in used or d in seen:
            continue
        seen.add(d)
        if d.selectors and not any(_matches(sel, code, name) for sel in d.selectors for code, name in active):
            continue
        what = f"factlint: {d.action}" + (f" {' '.join(d.selectors)}" if d.selectors else "")
        message = translate(N_("suppression `{directive}` suppresses nothing; remove it"), lang or doc.locale).format(directive=what)
        out.append(Diagnostic(code=UNUSED[0], name=UNUSED[1], severity=Severity.WARNING, message=message, span=d.span, path=doc.path))
    return out

"""Rules: the `rule()` decorator, the `Context` a rule reports through, and rule discovery.

A rule is a plain function `(doc, ctx) -> Iterable[Diagnostic]` whose docstring is its user
documentation; it reads the claims the engine found through `ctx.claims_of(kind)`. A rule declares
the claims it consumes (`@rule("P001", "percent-of-total", claims=("percent",), source="prose")`)
and its `Context` hands it just those, as yamllint hands a rule the tokens of its TYPE; a rule that
declares nothing (a plugin written before) gets every claim. Built-in rules
live in `linter.rules` (the project's `rules/` folder); plugins register more through the
`factlint.rules` entry-point group (both loaded by `linter.run.discovery`).

Examples in a rule's docstring are lines `Okay: TEXT` (the rule stays quiet) and `CODE: TEXT`
(the rule reports exactly once); both run as tests. An example continues over the lines that
follow it indented deeper than its `Okay:`/`CODE:` marker, each joined with a newline and its
indentation removed, so a table can be written row by row:

    T001: | Tháng | Số hộ |
          |---|---|
          | Một | 180 |
          | Hai | 128 |
          | Tổng | 309 |

A blank line or a line indented no deeper than the marker ends the example.
"""
from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from typing import Any, Callable, Iterable, Iterator

from linter.core.model import KINDS, Claim, Diagnostic, Document, Fix, Note, Quantity, Severity, Span
from linter.core.record import record
from linter.lang import DEFAULT

RuleFunc = Callable[[Document, "Context"], Iterable[Diagnostic]]


@record
class Rule:
    code: str
    name: str
    func: RuleFunc
    severity: Severity = Severity.ERROR
    options: Any = None  # a frozen dataclass instance holding the defaults
    claims: tuple[str, ...] | None = None  # the claim kinds it consumes (see KINDS); None: every claim
    source: str | None = None  # "prose" or "table": only the claims read from there; None: both

    @property
    def declared(self) -> bool:
        return self.claims is not None or self.source is not None

    def takes(self, claim: Claim) -> bool:
        """Whether the engine hands `claim` to this rule."""
        return (self.claims is None or claim.kind in self.claims) and (self.source is None or claim.from_table == (self.source == "table"))

    @property
    def doc(self) -> str:
        return (self.func.__doc__ or "").strip()

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else ""

    def examples(self) -> list[tuple[str, str]]:
        """(expected code or 'Okay', text) pairs from the docstring's example lines and their continuations."""
        out: list[tuple[str, str]] = []
        indent = None  # the marker's indentation while an example is open
        for line in self.doc.splitlines():
            depth = len(line) - len(line.lstrip())
            if indent is not None and line.strip() and depth > indent:
                out[-1] = (out[-1][0], out[-1][1] + "\n" + line.strip())
                continue
            m = re.match(r"(\s*)(Okay|[A-Z]\d{3}):\s+(.*)$", line)
            indent = len(m.group(1)) if m else None
            if m:
                out.append((m.group(2), m.group(3)))
        return out

    def matches(self, selector: str) -> bool:
        """A selector is a code, a code prefix ("P", "P0") or the rule's kebab-case name."""
        s = selector.strip()
        return s == self.name or self.code.startswith(s.upper()) or s.upper() == "ALL"


def rule(
    code: str, name: str, *, severity: Severity = Severity.ERROR, options: Any = None,
    claims: Iterable[str] | None = None, source: str | None = None,
) -> Callable[[RuleFunc], Rule]:
    """Declare a rule. `options` is a frozen dataclass instance with the default option values;
    `claims` the kinds of claim it consumes (`linter.core.model.KINDS`), `source` "prose" or "table"
    when it judges only the claims read from there. Left out, the rule gets every claim."""
    kinds = None if claims is None else tuple(claims)
    unknown = sorted(set(kinds or ()) - set(KINDS))
    if unknown or source not in (None, "prose", "table"):
        raise ValueError(f"rule {code} ({name}) declares unknown claims {unknown} or source {source!r}")

    def wrap(func: RuleFunc) -> Rule:
        return Rule(code=code, name=name, func=func, severity=severity, options=options, claims=kinds, source=source)

    return wrap


@record(frozen=False)
class Context:
    """What a rule sees besides the document: the claims the engine found, its options, and a way to report."""

    rule: Rule
    doc: Document
    options: Any = None
    message_language: str | None = None  # None: the document's locale
    analysis: Any = None  # linter.claims.analysis.Analysis: the document analysed once, by the engine

    @property
    def claims(self) -> list[Claim]:
        """The claims the rule consumes (every claim when it declares none), in document order."""
        if not self.rule.declared:
            return self.analysis.claims
        return [c for c in self.analysis.claims if self.rule.takes(c)]

    def claims_of(self, *kinds: str) -> Iterator[Claim]:
        """The claims of the given kinds ("percent", "sum" …; see `linter.core.model.Claim`) among those
        the rule consumes, in document order."""
        if not self.rule.declared:
            return (c for c in self.analysis.claims if c.kind in kinds)
        takes = self.rule.takes
        return (c for c in self.analysis.claims if c.kind in kinds and takes(c))

    def _(self, message: str, **values: Any) -> str:
        """Translate a message id into the message language, then fill in `values`."""
        from linter.lang.i18n import translate

        return translate(message, self.message_language or self.doc.locale).format(**values)

    @property
    def locale(self) -> str:
        return self.doc.locale or DEFAULT

    def fmt(self, value: Decimal, decimals: int = 0, percent: bool = False) -> str:
        from linter.figures.numfmt import format_number, number_marks

        return format_number(value, decimals, number_marks(self.locale), percent=percent)

    def fix(self, q: Quantity, value: Decimal, decimals: int | None = None, *, safe: bool = False) -> Fix | None:
        """Replace the digits of `q` by `value` (unscaled: 92.36 for 92,36%) written as `q` is written."""
        from linter.figures.edits import convention_of, replacement_fix

        places = q.decimals if decimals is None else decimals
        return replacement_fix(self.doc.text, q, value, places, safe=safe, convention=convention_of(self.analysis, self.doc.locale))

    def report(
        self,
        span: Span,
        message: str,
        *,
        notes: Iterable[Note] = (),
        severity: Severity | None = None,
        stated: str | None = None,
        computed: str | None = None,
        arithmetic: str | None = None,
        help: str | None = None,
        fix: Fix | None = None,
        claim: Claim | None = None,
    ) -> Diagnostic:
        return Diagnostic(
            code=self.rule.code,
            name=self.rule.name,
            severity=severity or self.rule.severity,
            message=message,
            span=span,
            notes=tuple(notes),
            stated=stated,
            computed=computed,
            arithmetic=arithmetic,
            help=help,
            fix=fix,
            claim=claim,
            path=self.doc.path,
            location=self.doc.location_of(span.start),
        )


def with_options(rule_: Rule, values: dict[str, Any]) -> Any:
    """The rule's options with `values` (kebab-case keys from config) applied; raises on unknown keys."""
    if rule_.options is None:
        if values:
            raise ValueError(f"rule {rule_.code} ({rule_.name}) takes no options, got {sorted(values)}")
        return None
    fields = {f.name.replace("_", "-"): f for f in dataclasses.fields(rule_.options)}
    unknown = sorted(set(values) - set(fields))
    if unknown:
        raise ValueError(f"unknown option(s) {unknown} for rule {rule_.code} ({rule_.name}); allowed: {sorted(fields)}")
    return dataclasses.replace(rule_.options, **{fields[k].name: v for k, v in values.items()})

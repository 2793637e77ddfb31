"""The likely-typo search: which single typing slip in one figure explains a finding.

For the claim behind a finding, every figure taking part in it is edited once (`linter.figures.edits`)
and the claim re-judged by the rule that reported it; an edit that satisfies it is then tried on
every claim of the document using that figure (claims share Quantity objects; they are matched by
span) and judged by all active rules. The rules themselves are the judges, run on a copy of the
document that holds only the edited claims, so any rule that reports a stated figure with its
operands takes part without knowing about this search.
"""
from __future__ import annotations

import copy
from typing import Any, Callable, Iterable, Iterator, Sequence

from linter.core.marks import NumberMarks
from linter.figures.edits import Bounds, Edit, convention_of, single_edits
from linter.figures.numfmt import number_marks
from linter.lang import DEFAULT
from linter.lang.i18n import N_
from linter.core.model import Claim, Diagnostic, Document, Operand, Quantity, Severity, Span
from linter.judge.registry import Context, Rule
from linter.core.record import replace

MAX_FOUND = 4  # more explanations than this say nothing about which figure is wrong
MAX_SEARCHED = 50  # findings searched per document: keeps a document full of errors fast


class Judge:
    """Runs the active rules on chosen claims of a document and says whether they hold."""

    def __init__(self, doc: Document, analysis: Any, rules: Sequence[tuple[Rule, object]], language: str | None = None) -> None:
        self.doc = doc
        self.claims = list(analysis.claims)  # the document's own claims; the copy below gets edited ones
        self.language = language or doc.locale  # the notes' language: --message-language, else the document's
        self.analysis = copy.copy(analysis)  # the rules read the edited claims through their Context
        self.contexts = [Context(rule=r, doc=doc, options=opts, analysis=self.analysis) for r, opts in rules]
        self.reads: dict[int, set[str] | None] = {}  # claim kinds each rule asked for; None: it read every claim
        self.baseline = self._watched_baseline()  # findings that do not come from claims
        self._using: dict[tuple[int, int], list[Claim]] | None = None  # (start, end) of a figure → the claims using it
        self._stated: dict[Span, list[Claim]] | None = None

    def _findings(self, claims: list[Claim], contexts: Iterable[Context]) -> set[tuple[str, Span]]:
        self.analysis.claims = claims
        out: set[tuple[str, Span]] = set()
        for ctx in contexts:
            try:
                out.update((d.code, d.span) for d in ctx.rule.func(self.doc, ctx) if d.severity != Severity.INFO)
            except Exception as exc:  # a rule that cannot judge the edited claims does not vouch for them
                import logging

                logging.getLogger("factlint").debug("rule %s failed on edited claims: %s", ctx.rule.code, exc)
                out.add((ctx.rule.code, Span(-1, -1)))
        return out

    def _watched_baseline(self) -> set[tuple[str, Span]]:
        """The findings without any claim, noting which claim kinds each rule reads on the way.

        With no claims, every read a rule makes comes back empty; run on claims none of whose kinds
        it read, it sees exactly that again, so it takes the same path and finds the same: it can
        be skipped. A rule reading the claims otherwise than by kind reads them all, or those it declares."""
        out: set[tuple[str, Span]] = set()
        for i, ctx in enumerate(self.contexts):
            kinds: set[str] | None = set()

            def claims_of(*wanted: str) -> Iterator[Claim]:
                if kinds is not None:
                    kinds.update(wanted)
                return iter(())  # there are no claims: a rule asking by kind gets none

            def read_all() -> None:
                nonlocal kinds
                kinds = None

            ctx.__dict__["claims_of"] = claims_of  # shadows the method for this run only
            try:
                out |= self._findings(_Watched(read_all), [ctx])
            finally:
                del ctx.__dict__["claims_of"]
            declared = ctx.rule.claims
            self.reads[id(ctx)] = kinds if kinds is not None or declared is None else set(declared)  # it sees no other kind
        return out

    def holds(self, claims: list[Claim], code: str | None = None) -> bool:
        """Whether the rules (or the rule `code`) find nothing new in `claims`; only the rules that
        read a kind of claim among them are run (the others find their baseline again)."""
        kinds = {c.kind for c in claims}
        contexts = [c for c in self.contexts if (code is None or c.rule.code == code) and self._reads(c, kinds)]
        return not (self._findings(claims, contexts) - self.baseline)

    def _reads(self, ctx: Context, kinds: set[str]) -> bool:
        read = self.reads[id(ctx)]
        return read is None or not read.isdisjoint(kinds)

    def stated_at(self, span: Span) -> list[Claim]:
        """The document's claims stating the figure at `span`, in their order (indexed once: a
        scan of every claim per finding grows with the square of a dense document)."""
        if self._stated is None:
            self._stated = {}
            for c in self.claims:
                self._stated.setdefault(c.stated.span, []).append(c)
        return self._stated.get(span, [])

    def using(self, span: Span) -> list[Claim]:
        """The document's claims in which the figure at `span` takes part."""
        if self._using is None:
            self._using = {}
            for c in self.claims:
                # the spans of figures(c, alternatives=True), as (start, end) pairs: a run-on list's share
                # has a hundred readings, and a pair hashes without the Python call a Span's hash is
                qs = (c.stated, *(o.quantity for o in c.operands), *(o.quantity for alt in c.alternatives for o in alt))
                for s in {(q.span.start, q.span.end) for q in qs}:
                    self._using.setdefault(s, []).append(c)
        return self._using.get((span.start, span.end), [])


class _Watched(list):
    """An empty claim list that calls `touched` when a rule reads it (iterates, sizes, indexes it)."""

    def __init__(self, touched: Callable[[], None]) -> None:
        super().__init__()
        self._touched = touched

    def __getattribute__(self, name: str) -> Any:
        if name not in ("_touched", "__class__", "__dict__"):
            object.__getattribute__(self, "_touched")()
        return object.__getattribute__(self, name)

    def __iter__(self) -> Iterator[Claim]:
        self._touched()
        return super().__iter__()

    def __len__(self) -> int:
        self._touched()
        return 0

    def __getitem__(self, key: Any) -> Any:
        self._touched()
        return super().__getitem__(key)

    def __contains__(self, item: object) -> bool:
        self._touched()
        return False

    def __reversed__(self) -> Iterator[Claim]:
        self._touched()
        return super().__reversed__()


def figures(claim: Claim, alternatives: bool = False) -> list[Quantity]:
    """The stated figure and the operands of a claim (of every reading, if asked), each once."""
    qs = [claim.stated] + [o.quantity for o in claim.operands]
    if alternatives:
        qs += [o.quantity for alt in claim.alternatives for o in alt]
    seen: dict[Span, Quantity] = {}
    for q in qs:
        seen.setdefault(q.span, q)
    return list(seen.values())


def substitute(claim: Claim, edited: Quantity) -> Claim:
    """`claim` with `edited` for the figure at its span; the operands it does not touch are kept
    as they are (this runs for every candidate edit)."""
    at = edited.span

    def ops(operands: tuple[Operand, ...]) -> tuple[Operand, ...]:
        if not any(o.quantity.span == at for o in operands):
            return operands
        return tuple(Operand(o.role, edited) if o.quantity.span == at else o for o in operands)

    stated = edited if claim.stated.span == at else claim.stated
    return replace(claim, stated=stated, operands=ops(claim.operands), alternatives=tuple(ops(a) for a in claim.alternatives))


def search(judge: Judge, claim: Claim, code: str) -> list[Edit]:
    """Every single edit of one figure of `claim` that makes all the claims using that figure hold."""
    found: list[Edit] = []
    conv = convention_of(judge.analysis, judge.doc.locale)
    for q in figures(claim):
        related = [c for c in judge.using(q.span) if c != claim]
        allowed = window(claim, q)
        for c in related:
            if not allowed:
                break  # nothing intersected stays nothing: the other claims' windows change nothing
            allowed = _intersect(allowed, window(c, q))
        if not allowed:
            continue  # no value of this figure can satisfy every claim using it
        for edit in single_edits(q, conv, allowed):
            mine = substitute(claim, edit.edited)
            if not plausible(mine):
                continue
            # an edit that breaks another relation on the figure explains nothing, whichever rules run
            others = [substitute(c, edit.edited) for c in related]
            if not all(plausible(o) for o in others) or not judge.holds([mine], code):
                continue
            if judge.holds([mine] + others):
                found.append(edit)
                if len(found) > MAX_FOUND:
                    return found
    return found


def plausible(c: Claim) -> bool:
    """A quick arithmetic sieve, more lenient than the rules, so most edits never reach them."""
    from linter.figures.arith import percent_verdict, sum_interval, total_interval

    if c.kind == "percent" and len(c.operands) >= 2:
        return percent_verdict(c, "either")[0] != "mismatch"
    if c.kind == "sum" and c.operand("total") is not None:
        lo, hi = sum_interval(c.operands_of("part"))
        t_lo, t_hi = total_interval(c.operand("total"))
        return (hi is None or hi >= t_lo) and lo <= t_hi
    part, whole = c.operand("part"), c.operand("whole")
    if c.kind == "part_le_whole" and part is not None and whole is not None:
        return whole.high is None or part.low <= whole.high
    if c.kind in ("change_pct", "diff"):
        from linter.figures.changemath import change_holds, difference_holds

        return change_holds(c) if c.kind == "change_pct" else difference_holds(c)  # the rules' own tests, without running them
    return True  # a kind this sieve does not know: the rules judge it


OPEN: Bounds = (None, None)


def window(c: Claim, q: Quantity) -> tuple[Bounds, ...]:
    """The intervals an edit of `q` must fall in for `plausible` to accept claim `c` (none: no edit can).

    A superset, never tighter than `plausible`: every bound is widened by the coarsest resolution
    an edit of `q` can have (its scale). Hedged and negative figures get no window. One exception
    is deliberate: a whole edited to zero is outside the window, since "88 / 0" explains nothing.
    """
    from linter.figures.arith import share_interval, stated_interval, sum_interval, total_interval

    figs = [c.stated] + [o.quantity for o in c.operands] + [o.quantity for alt in c.alternatives for o in alt]
    if any(f.span == q.span for f in figs if f.hedge is not None or f.value < 0):  # spans compared only for the few hedged or negative
        return (OPEN,)
    r = q.scale
    if c.kind in ("change_pct", "diff"):
        from linter.figures.changemath import edit_window

        return edit_window(c, q.span, r)
    if c.kind == "percent" and len(c.operands) >= 2:
        if any(f.value < 0 for f in figs):
            return (OPEN,)
        s_lo = min(stated_interval(c.stated, m)[0] for m in ("nearest", "truncate"))
        highs = [stated_interval(c.stated, m)[1] for m in ("nearest", "truncate")]
        s_hi = None if None in highs else max(highs)
        found: list[Bounds] = []
        for ops in (c.operands, *c.alternatives):
            part, whole = ops[0].quantity, ops[1].quantity
            if q.span == c.stated.span:
                lo, hi = share_interval(part, whole)
                found.append((lo - r, None if hi is None else hi + r))
            elif q.span == part.span:
                if whole.high is None or whole.low <= 0:
                    return (OPEN,)
                found.append((s_lo * whole.low / 100 - r, None if s_hi is None else s_hi * whole.high / 100 + r))
            elif q.span == whole.span:
                low = part.low * 100 / s_hi - r if s_hi else None
                found.append((low, part.high * 100 / s_lo + r if s_lo > 0 and part.high is not None else None))
            elif plausible(replace(c, operands=ops, alternatives=())):
                return (OPEN,)  # a reading without `q` holds whatever `q` becomes
        return tuple(found)
    in_claim = any(f.span == q.span for f in figs)
    if c.kind == "sum" and c.operand("total") is not None and in_claim:
        parts, total = c.operands_of("part"), c.operand("total")
        if q.span == total.span:
            lo, hi = sum_interval(parts)
            return ((lo - r, None if hi is None else hi + r),)
        others = [p for p in parts if p.span != q.span]
        o_lo, o_hi = sum_interval(others)
        t_lo, t_hi = total_interval(total)
        return ((None if o_hi is None else t_lo - o_hi - r, t_hi - o_lo + r),)
    part, whole = c.operand("part"), c.operand("whole")
    if c.kind == "part_le_whole" and part is not None and whole is not None and in_claim:
        if q.span == part.span:
            return ((None, None if whole.high is None else whole.high + r),)
        if q.span == whole.span:
            return ((part.low - r, None),)
    if c.kind in ("percent", "sum", "part_le_whole") and not in_claim:
        return (OPEN,) if plausible(c) else ()  # editing `q` does not change it
    return (OPEN,)


def _intersect(a: tuple[Bounds, ...], b: tuple[Bounds, ...]) -> tuple[Bounds, ...]:
    """The intervals lying in both unions of intervals."""
    if b == (OPEN,):
        return a
    out = []
    for lo1, hi1 in a:
        for lo2, hi2 in b:
            lo = lo2 if lo1 is None else lo1 if lo2 is None else max(lo1, lo2)
            hi = hi2 if hi1 is None else hi1 if hi2 is None else min(hi1, hi2)
            if lo is None or hi is None or lo <= hi:
                out.append((lo, hi))
    return tuple(out)


def claim_of(judge: Judge, d: Diagnostic) -> Claim | None:
    """The claim a finding judges: the one the rule named, else the one stated at its span it rejects."""
    if d.claim is not None:
        return d.claim
    for c in judge.stated_at(d.span):
        if not judge.holds([c], d.code):
            return c
    return None


def annotate(doc: Document, analysis: Any, diags: list[Diagnostic], rules: Sequence[tuple[Rule, object]], language: str | None = None) -> list[Diagnostic]:
    """Findings with the value to write, a suggested replacement and what the typo search found.

    `rules` are the active rules with their options, as the engine ran them on `analysis`."""
    if not any(d.severity != Severity.INFO and d.code[:1] != "F" for d in diags):
        return diags
    judge = Judge(doc, analysis, rules, language)
    out, searched = [], 0
    cache: dict[tuple[Claim, str], list[Edit]] = {}
    for d in diags:
        claim = claim_of(judge, d) if d.severity != Severity.INFO else None
        if claim is None:
            out.append(d)
            continue
        key = (claim, d.code)
        if key not in cache and searched < MAX_SEARCHED:
            searched += 1
            cache[key] = search(judge, claim, d.code)
        out.append(explained(judge, replace(d, claim=claim), claim, cache.get(key)))
    return out


def explained(judge: Judge, d: Diagnostic, claim: Claim, edits: list[Edit] | None) -> Diagnostic:
    """`d` with a replacement to suggest and what the search found (None: not searched)."""
    from linter.figures.edits import NUM, number_span
    from linter.lang.i18n import translate
    from linter.core.model import Fix

    lang = judge.language
    fix, computed, note = d.fix, d.computed, None
    stated_num = number_span(claim.stated) if claim.stated.span == d.span else None
    if fix is None and computed is not None and stated_num is not None:
        m = NUM.match(computed)
        fix = Fix(stated_num, m.group("num"), display_only=True) if m else None
    if edits is None:
        return replace(d, fix=fix)
    if not edits:
        note = translate(N_("no single-digit edit of one figure explains it"), lang)
    elif len(edits) == 1:
        e = edits[0]
        note = translate(N_("{figure} is probably {edited}: then {arithmetic}"), lang).format(
            figure=e.original.raw.strip(), edited=e.edited.raw.strip(), arithmetic=_then(judge, e, lang))
        if fix is None or not fix.safe:
            fix = Fix(e.span, e.text)
        if computed is None and e.original.span == d.span:
            computed = e.edited.raw.strip()
    elif len({e.original.span for e in edits}) == 1:
        note = translate(N_("{figure} may be {options}: each single-digit edit makes it hold"), lang).format(
            figure=edits[0].original.raw.strip(), options=_join([e.edited.raw.strip() for e in edits], lang))
    else:
        options = [translate(N_("{role} {figure} is {edited}"), lang).format(role=translate(_role(claim, e.original), lang), figure=e.original.raw.strip(), edited=e.edited.raw.strip()) for e in edits]
        note = translate(N_("either {options}: a single-digit edit of any of them explains it, so which figure is mistyped is not known"), lang).format(
            options=_join(options, lang))
    return replace(d, fix=fix, computed=computed, help=note if not d.help else f"{note}; {d.help}")


def _join(items: list[str], lang: str | None) -> str:
    from linter.lang.i18n import translate

    shown = items[:MAX_FOUND] + (["…"] if len(items) > MAX_FOUND else [])
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + translate(N_(" or "), lang) + shown[-1]


def _num(q: Quantity) -> str:
    from linter.figures.edits import split

    parts = split(q)
    return parts[0] + parts[1] if parts else q.raw.strip()


def _role(claim: Claim, q: Quantity) -> str:
    role = next((o.role for o in claim.operands if o.quantity.span == q.span), None)
    return {"total": N_("the total"), "part": N_("the part"), "whole": N_("the whole")}.get(role or "", N_("the stated figure"))


def _then(judge: Judge, e: Edit, lang: str | None) -> str:
    """The arithmetic of the claims on the edited figure, as they read once it is corrected."""
    from linter.lang.i18n import translate

    primary = [c for c in judge.using(e.original.span) if any(q.span == e.original.span for q in figures(c))]
    claims = [substitute(c, e.edited) for c in primary]
    claims.sort(key=lambda c: {"percent": 0, "sum": 1}.get(c.kind, 2 if c.kind != "part_le_whole" else 3))
    described = [(c, a) for c, a in ((c, _arith(c, number_marks(judge.doc.locale or DEFAULT))) for c in claims) if a]  # numbers as the document writes them
    strong = [(c, a) for c, a in described if c.kind != "part_le_whole"]
    shown = (strong or described)[:2]
    if not shown:
        return translate(N_("every claim on it holds"), lang)
    operand = any(c.stated.span != e.original.span for c, _ in strong[:2])
    return "; ".join(a for _, a in shown) + (translate(N_(", as stated"), lang) if operand else "")


def _arith(c: Claim, marks: NumberMarks) -> str | None:
    from decimal import Decimal

    from linter.figures.arith import point
    from linter.figures.numfmt import format_number

    if c.kind == "percent" and len(c.operands) >= 2:
        part, whole = c.operands[0].quantity, c.operands[1].quantity
        share = format_number(point(part, whole), c.stated.decimals, marks, percent=True)
        return f"{_num(part)} / {_num(whole)} = {share}"
    if c.kind == "sum":
        total, parts = c.operand("total") or c.stated, c.operands_of("part")
        value = sum((p.value for p in parts), Decimal(0)) / total.scale
        return " + ".join(_num(p) for p in parts) + f" = {format_number(value, max(p.decimals for p in (total, *parts)), marks)}"
    if c.kind == "part_le_whole" and c.operand("part") and c.operand("whole"):
        return f"{_num(c.operand('part'))} ≤ {_num(c.operand('whole'))}"
    if c.kind == "restates" and c.operand("cell"):
        return f"{_num(c.stated)} = {_num(c.operand('cell'))} ({c.get('cell')})"
    return None

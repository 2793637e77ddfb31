"""The house is one-way: each package imports only the packages before it in the chain

    core → lang → (readers, figures) → claims → judge → rules → run → formats → cli

and inside `linter.claims` a linker imports only the shared types (`analysis`, and in tables/ the
`grid`) and the helpers of its own family package, never another linker: `claims/pipeline.py`
alone knows every linker. Every import counts,
the ones inside functions too (a lazy import keeps start-up cheap; it must not hide a loop).
"""
from __future__ import annotations

import ast
import re
import importlib
from pathlib import Path

import pytest

import linter
import linter.rules

ENGINE = Path(linter.__file__).resolve().parent
RULES = Path(linter.rules.__file__).resolve().parent

# the chain: a package may import a package of a lower rank, never one of its own rank but another name
RANK = {
    "core": 0, "lang": 1, "readers": 2, "figures": 2, "claims": 3, "judge": 4, "rules": 5, "run": 6, "formats": 7,
    "cli": 8,  # linter/__init__.py (the package face), cli.py, entry.py, __main__.py
}
SHARED = {"linter.claims", "linter.claims.analysis", "linter.claims.tables", "linter.claims.tables.grid", "linter.claims.changes", "linter.claims.shares"}
PIPELINE = "linter.claims.pipeline"


def _modules() -> dict[str, Path]:
    out = {}
    for root, prefix in ((ENGINE, "linter"), (RULES, "linter.rules")):
        for path in sorted(root.rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if root == ENGINE and parts[0] == "rules":
                continue
            if parts[-1] == "__init__":
                parts = parts[:-1]
            out[".".join([prefix, *parts])] = path
    return out


MODULES = _modules()


def package(module: str) -> str:
    """The layer a module belongs to: `linter.claims.tables.grid` → claims, `linter.cli` → cli."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in RANK else "cli"


def imports(module: str, source: str) -> list[tuple[str, int]]:
    """(imported module, line) for every import of a linter module in `source`, wherever it stands."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names if a.name.split(".")[0] == "linter"]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.split(".")[0] == "linter":
            for a in node.names:
                sub = f"{node.module}.{a.name}"
                found.append((sub if sub in MODULES else node.module, node.lineno))
    return found


def linkers() -> set[str]:
    """The modules the pipeline takes its linkers from."""
    return {t for t, _ in imports(PIPELINE, MODULES[PIPELINE].read_text(encoding="utf-8")) if t.startswith("linter.claims.") and t not in SHARED}


def violations(module: str, source: str, linker_modules: set[str] | None = None) -> list[str]:
    out = []
    mine = package(module)
    found = linkers() if linker_modules is None else linker_modules
    for target, line in imports(module, source):
        theirs = package(target)
        if theirs != mine and RANK[theirs] >= RANK[mine]:
            out.append(f"{module}:{line} imports {target}: {mine} comes before {theirs} in the chain")
        if mine == "claims" and theirs == "claims" and module != PIPELINE and not _linker_may(module, target, found):
            out.append(f"{module}:{line} imports {target}: a linker imports only the shared types; the pipeline links linkers")
    return out


def _linker_may(module: str, target: str, linker_modules: set[str]) -> bool:
    """A claims module may import the shared types; a linker's helper (a module of a family package,
    such as changes/clauses) may import its family; a linker never imports another linker."""
    if target in SHARED or target == module:
        return True
    family = module.rsplit(".", 1)[0]
    same_family = family != "linter.claims" and target.rsplit(".", 1)[0] == family
    if target in linker_modules:
        return same_family and module not in linker_modules
    return same_family


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_module_imports(module):
    if module == "linter.__main__":
        pytest.skip("runs the command when imported")
    importlib.import_module(module)


def test_no_package_imports_one_after_it_and_no_linker_imports_a_linker():
    found = [v for module, path in MODULES.items() for v in violations(module, path.read_text(encoding="utf-8"))]
    assert found == []


def test_nothing_outside_lang_imports_a_language_pack():
    """Everyone asks `linter.lang.packs` for a language; the packs are data only (sqlfluff's dialect rule)."""
    pack_modules = {"linter.lang.vi", "linter.lang.en"}
    found = [
        f"{module}:{line} imports {target}"
        for module, path in MODULES.items() if package(module) != "lang"
        for target, line in imports(module, path.read_text(encoding="utf-8")) if target in pack_modules
    ]
    assert found == []
    for name in pack_modules:  # data only: a pack imports the schema and the types its values have
        assert {t for t, _ in imports(name, MODULES[name].read_text(encoding="utf-8"))} <= {"linter.lang.lexicon", "linter.core.model", "linter.core.marks"}


def test_every_module_has_a_place_in_the_chain():
    assert {package(m) for m in MODULES} == set(RANK)
    assert package("linter.claims.tables.grid") == "claims" and package("linter.rules.year_range") == "rules"
    assert package("linter") == package("linter.cli") == "cli" and package("linter.core") == "core"


def test_the_check_sees_a_function_local_import_that_climbs_and_a_linker_that_imports_a_linker():
    climbing = "def analysis(self):\n    from linter.claims.pipeline import analyse\n    return analyse(self)\n"
    assert violations("linter.core.model", climbing) == [
        "linter.core.model:2 imports linter.claims.pipeline: core comes before claims in the chain"
    ]
    assert violations("linter.claims.lists", "from linter.claims import turnout\n", {"linter.claims.turnout"}) == [
        "linter.claims.lists:1 imports linter.claims.turnout: a linker imports only the shared types; the pipeline links linkers"
    ]
    assert violations("linter.claims.tables.prose", "from linter.claims.tables.grid import grids\n") == []
    assert violations("linter.claims.tables.totals", "from linter.claims.tables import rates\n", {"linter.claims.tables.rates", "linter.claims.tables.totals"}) != []
    assert "linter.claims.tables.rates" in linkers() and "linter.claims.analysis" not in linkers()
    assert violations("linter.readers.base", "from linter.figures import numfmt\n") != []  # readers and figures stand side by side


def _runtime_imports(module: str, source: str) -> set[str]:
    """The linter modules `source` imports when it runs, lazy imports included; an import under
    `if TYPE_CHECKING:` names a type for the checker and loads nothing."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", getattr(node.test, "attr", None)) == "TYPE_CHECKING":
            node.body = [ast.Pass()]
    return {t for t, _ in imports(module, ast.unparse(tree)) if t in MODULES and t != module}


def loops(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import loops of `graph` (its strongly connected parts of more than one module)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = stack[stack.index(v):]
            del stack[stack.index(v):]
            if len(part) > 1:
                found.append(sorted(part))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_module_imports_one_that_imports_it_back_even_lazily():
    graph = {m: _runtime_imports(m, p.read_text(encoding="utf-8")) for m, p in MODULES.items()}
    assert loops(graph) == []
    # the check sees a loop closed by a function-local import
    helper = "from linter.claims.changes.pairs import Pair\n"
    linker = "def extract(an):\n    from linter.claims.changes import refs\n    return refs\n"
    assert loops({"linter.claims.changes.refs": _runtime_imports("linter.claims.changes.refs", helper),
                  "linter.claims.changes.pairs": _runtime_imports("linter.claims.changes.pairs", linker)}) == [
        ["linter.claims.changes.pairs", "linter.claims.changes.refs"]]


VIETNAMESE = re.compile(r"[à-ỹđĐ]")
MESSAGE_CALLS = {"_", "N_", "translate"}  # a message id is the catalogs' business (linter/lang/locale)


def words_of_a_language(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal of `source` that holds a Vietnamese letter, but for
    docstrings (a rule's `Okay:` lines are examples of the text it reads) and message ids."""
    tree = ast.parse(source)
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body:
            first = body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                skipped.add(id(first.value))
        if isinstance(node, ast.Call) and node.args and getattr(node.func, "id", getattr(node.func, "attr", None)) in MESSAGE_CALLS:
            skipped.add(id(node.args[0]))
    return [
        (node.lineno, node.value) for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped and VIETNAMESE.search(node.value)
    ]


def test_no_word_of_a_language_stands_outside_its_pack():
    """A language's words are its pack's data (linter/lang/vi.py, en.py): a pattern outside linter/lang
    is written from the packs' words, so a third pack's words join it."""
    found = [
        f"{module}:{line}: {text[:60]!r}"
        for module, path in MODULES.items() if package(module) != "lang"
        for line, text in words_of_a_language(path.read_text(encoding="utf-8"))
    ]
    assert found == []
    # the check sees a word in a pattern, and leaves a docstring and a message id alone
    assert words_of_a_language('"""Trong đó."""\nX = re.compile(r"\\btrong đó\\b")\nctx._("điểm phần trăm")\n') == [(2, "\\btrong đó\\b")]


# English has no letters of its own: a pattern's English is found by its commonest short words
FUNCTION_WORDS = frozenset("the of and or to from by in on at than which that is was are were an with for its their".split())
PATTERN_CALLS = {"compile", "eager", "search", "match", "fullmatch", "sub", "findall", "finditer", "split"}
# what a pattern writes that is no word: escapes (\b, \d), group names, character classes
NOT_WORDS = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\\[A-Za-z]|\[[^\]]*\]")


def english_in_patterns(source: str) -> list[tuple[int, str]]:
    """(line, word) of every common English word written in a pattern literal of `source`: a string
    given to `re.*` or `lazyre.*`, or joined into one, but not one handed to a call inside it (the
    name of a pack's field, `_w("to_words")`)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        func = getattr(node, "func", None)
        if not (isinstance(node, ast.Call) and node.args and isinstance(func, ast.Attribute) and func.attr in PATTERN_CALLS
                and isinstance(func.value, ast.Name) and func.value.id in ("re", "lazyre")):
            continue
        inner = {id(arg) for call in ast.walk(node.args[0]) if isinstance(call, ast.Call) for arg in call.args}
        for lit in ast.walk(node.args[0]):
            if isinstance(lit, ast.Constant) and isinstance(lit.value, str) and (id(lit) not in inner or lit is node.args[0]):
                words = re.findall(r"[A-Za-z]+", NOT_WORDS.sub(" ", lit.value))
                found += [(lit.lineno, w) for w in words if w.lower() in FUNCTION_WORDS]
    return found


def test_no_english_function_word_in_a_pattern_outside_the_packs():
    """The English of a pattern is the English pack's (linter/lang/en.py), as Vietnamese is the
    Vietnamese pack's. The message formats (formats) read the message ids back and are left out."""
    found = [
        f"{module}:{line}: {word!r}"
        for module, path in MODULES.items() if package(module) not in ("lang", "formats")
        for line, word in english_in_patterns(path.read_text(encoding="utf-8"))
    ]
    assert found == []
    # the check sees a word in a pattern, also in a lambda, and leaves escapes, group names and fields alone
    sample = 'A = lazyre.compile(lambda: r"(?P<the>\\bx)" + _w("of_words") + r"\\s+from")\nB = re.match(r"[a-z]\\d", s)\n'
    assert english_in_patterns(sample) == [(1, "from")]

"""A rule's documentation (its docstring) in the messages' language, through the same gettext catalog.

The catalog's entries are the docstring's prose paragraphs, each unwrapped to one line: the summary
line, the explanation, the "Safe fix:" paragraph. The example lines (`Okay: …`, `P001: …`) are
sentences of the documents' own languages and run as tests, so they are shown as written. The
entries reach the catalog through `extract`, the babel extraction method babel.cfg names for rules/.
"""
from __future__ import annotations

import ast
import inspect
import re
import textwrap
from typing import IO, Iterator

_EXAMPLE = re.compile(r"\s*(Okay|[A-Z]\d{3}):\s")
WIDTH = 100  # explain's paragraphs are wrapped as the English docstrings are


def paragraphs(doc: str) -> list[tuple[str, bool]]:
    """(paragraph, is_prose) in order; a paragraph with an example line is not prose."""
    return [(p, not any(_EXAMPLE.match(line) for line in p.splitlines())) for p in re.split(r"\n\s*\n", inspect.cleandoc(doc)) if p.strip()]


def msgid(paragraph: str) -> str:
    """The catalog entry of a prose paragraph: its lines joined by single spaces."""
    return " ".join(line.strip() for line in paragraph.splitlines())


def translated(doc: str, lang: str | None) -> str:
    """`doc` with each prose paragraph in `lang` when the catalog has it (English otherwise), wrapped and indented as written."""
    from linter.lang.i18n import environment_language, translate

    lang = lang or environment_language()
    if not lang or lang == "en":
        return doc.strip()  # the docstring as written
    out = []
    for i, (para, prose) in enumerate(paragraphs(doc)):
        indent = "" if i == 0 else "    "  # the summary line is flush, the body indented, as in the docstrings
        text = translate(msgid(para), lang) if prose else None
        if text is None or text == msgid(para):
            out.append(textwrap.indent(para, indent))  # untranslated or an example: as written
        elif i == 0:
            out.append(text)  # the summary stays one line: `factlint rules` shows it so
        else:
            out.append(textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False))
    return "\n\n".join(out)


def extract(fileobj: IO[bytes], keywords: dict, comment_tags: list, options: dict) -> Iterator[tuple]:
    """Babel extraction method for rules/: the messages babel's Python method finds (`ctx._("…")` …), then
    the prose paragraphs of the docstrings of the functions decorated with `@rule(…)` (babel gives a
    file one method only, so this one does both)."""
    from babel.messages.extract import extract_python

    source = fileobj.read()
    fileobj.seek(0)
    yield from extract_python(fileobj, keywords, comment_tags, options)
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and any(_is_rule(d) for d in node.decorator_list):
            doc = ast.get_docstring(node, clean=False)
            for para, prose in paragraphs(doc or ""):
                if prose:
                    yield node.lineno, "", msgid(para), [f"documentation of the rule {node.name}"]


def _is_rule(decorator: ast.expr) -> bool:
    return isinstance(decorator, ast.Call) and isinstance(decorator.func, ast.Name) and decorator.func.id == "rule"

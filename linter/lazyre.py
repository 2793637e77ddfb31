"""Regular expressions compiled when first used, so a cold start pays only for the ones a text needs.

Compiling costs about 0.3 ms a pattern in CPython; a short document uses only some of the date,
period and change patterns, and a pre-commit run of one file is mostly start-up. `compile()`
returns a stand-in that compiles on its first method call and then keeps the compiled pattern's
bound methods as its own attributes, so later calls cost what calls on a compiled pattern cost.
"""
from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only called for names not yet set on the instance
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        value = getattr(compiled, name)
        self.__dict__[name] = value  # the next lookup finds it directly
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r}, {self._source[1]!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    return LazyPattern(pattern, flags)

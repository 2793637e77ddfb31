"""Records: dataclasses whose comparing, hashing, printing and freezing are shared, not generated.

`dataclasses.dataclass` writes a class's `__repr__`, `__eq__`, `__hash__`, `__setattr__` and
`__delattr__` as source text and compiles it with `exec` when the module is imported: about a
millisecond a frozen class on this machine, and factlint has thirty, a third of a cold start
(a pre-commit run of one file is mostly start-up). `record` lets the dataclass generate only
`__init__`, which runs for every instance and so is worth compiling, and gives the class methods
built once here over its fields with `operator.attrgetter`, which behave as the generated ones:

- equality compares instances of the exact same class field by field, else `NotImplemented`;
- `order=True` orders them by the tuple of their fields, as `dataclass(order=True)`;
- a frozen record hashes the tuple of its fields; an unfrozen one with equality is unhashable;
- the repr is `Name(field=value, ...)`;
- a frozen record refuses to set or delete an attribute once made (`FrozenInstanceError`): its
  `__init__` sets each field once, and a field set again, or a name that is not a field, is refused.

It stays a dataclass: `dataclasses.fields`, `replace`, `asdict` and pickling work as before.
"""
from __future__ import annotations

import dataclasses
from operator import attrgetter
from typing import Any, Callable, TypeVar

T = TypeVar("T")


def record(cls: type[T] | None = None, /, *, frozen: bool = True, eq: bool = True, order: bool = False, keywords: bool = False) -> Any:
    """`@record` is `@dataclass(frozen=True)`; `@record(order=True)`, `@record(eq=False)`, `@record(frozen=False)`.

    `@record(keywords=True)` is for a class of data made a few times, by keyword (a language pack's
    Lexicon and its sub-records): its `__init__` is shared too instead of generated, since compiling
    the `__init__` of a class of forty fields costs half a millisecond of every start-up."""
    if order and not eq:
        raise ValueError("order=True requires eq=True")

    def wrap(cls: type[T]) -> type[T]:
        made = _shared_methods(dataclasses.dataclass(cls, repr=False, eq=False, init=not keywords), frozen, eq, order)
        if keywords:
            made.__init__ = _keyword_init(made)  # type: ignore[misc]
        return made

    return wrap if cls is None else wrap(cls)


def _keyword_init(cls: type) -> Callable[..., None]:
    """An `__init__` taking every field by keyword, its default or default factory when left out."""
    fields = tuple((f.name, f.default, f.default_factory) for f in dataclasses.fields(cls) if f.init)
    names = frozenset(name for name, _, _ in fields)
    missing = dataclasses.MISSING
    post_init = getattr(cls, "__post_init__", None)

    def __init__(self: Any, **values: Any) -> None:
        unknown = values.keys() - names
        if unknown:
            raise TypeError(f"{cls.__qualname__}() got unexpected keyword arguments {sorted(unknown)}")
        state = self.__dict__  # written directly, as a frozen record's own __init__ does
        for name, default, factory in fields:
            if name in values:
                state[name] = values[name]
            elif default is not missing:
                state[name] = default
            elif factory is not missing:
                state[name] = factory()
            else:
                raise TypeError(f"{cls.__qualname__}() missing keyword argument {name!r}")
        if post_init is not None:
            self.__post_init__()

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


def _values_of(names: tuple[str, ...]) -> Callable[[Any], tuple]:
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


def _shared_methods(cls: type[T], frozen: bool, eq: bool, order: bool) -> type[T]:
    names = tuple(f.name for f in dataclasses.fields(cls))
    values = _values_of(names)
    methods: dict[str, Any] = {}

    def __repr__(self: Any) -> str:
        return f"{self.__class__.__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in names)})"

    methods["__repr__"] = __repr__
    if eq:
        def __eq__(self: Any, other: Any) -> Any:
            return values(self) == values(other) if other.__class__ is self.__class__ else NotImplemented

        methods["__eq__"] = __eq__
        methods["__hash__"] = (lambda self: hash(values(self))) if frozen else None
    if order:
        def compare(op: Callable[[tuple, tuple], bool]) -> Callable[[Any, Any], Any]:
            return lambda self, other: op(values(self), values(other)) if other.__class__ is self.__class__ else NotImplemented

        methods.update(__lt__=compare(tuple.__lt__), __le__=compare(tuple.__le__), __gt__=compare(tuple.__gt__), __ge__=compare(tuple.__ge__))
    if frozen:
        fields = frozenset(names)

        def __setattr__(self: Any, name: str, value: Any) -> None:
            state = self.__dict__  # written directly: this runs for every field of every instance made
            if name in state or name not in fields:
                raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
            state[name] = value

        def __delattr__(self: Any, name: str) -> None:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")

        methods.update(__setattr__=__setattr__, __delattr__=__delattr__)
    body = cls.__dict__
    for name, method in methods.items():
        # methods written in the class body win, as with dataclass (a body's __eq__ alone leaves __hash__ None)
        if body.get(name) is not None:
            continue
        if callable(method):
            method.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, method)
    return cls

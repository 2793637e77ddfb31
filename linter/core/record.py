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

A frozen record's `__init__` writes its fields into the instance dict directly, as the stdlib's
frozen dataclass does through `object.__setattr__`: the refusing `__setattr__` above is a Python
call, and running it once per field of every figure, span and claim made was 3% of a run. That
`__init__` is compiled when the class is first instantiated, not at import, so a class a short
run never makes costs nothing. `replace` here is `dataclasses.replace` for any dataclass, and for
a frozen record without `__post_init__` a copy of its fields with the changes (what its
`__init__` would store): the typo search builds tens of thousands of edited figures and claims.
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
        made = dataclasses.dataclass(cls, repr=False, eq=False, init=not keywords and (not frozen or "__init__" in cls.__dict__))
        if keywords:
            made.__init__ = _keyword_init(made)  # type: ignore[misc] - before the shared methods, which then keep it
        return _shared_methods(made, frozen, eq, order)

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
        if "__init__" not in cls.__dict__:
            methods["__init__"] = _first_init(cls)
            if not hasattr(cls, "__post_init__"):
                cls.__record_fields__ = _Fields(names)  # type: ignore[attr-defined] - `replace` may copy them
    body = cls.__dict__
    for name, method in methods.items():
        # methods written in the class body win, as with dataclass (a body's __eq__ alone leaves __hash__ None)
        if body.get(name) is not None:
            continue
        if callable(method):
            method.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, method)
    return cls


def _first_init(cls: type) -> Callable[..., None]:
    """A stand-in `__init__` that compiles the record's own on the first instance and hands over to it."""

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        real = _direct_init(cls)
        cls.__init__ = real  # type: ignore[misc]
        real(self, *args, **kwargs)

    return __init__


def _direct_init(cls: type) -> Callable[..., None]:
    """`__init__` for a frozen record: the dataclass's signature and defaults, each field stored in
    the instance dict once, then `__post_init__` when the class has one."""
    fields = dataclasses.fields(cls)
    names = {f.name for f in fields}
    me = "__record_self__" if "self" in names else "self"
    env: dict[str, Any] = {"_FACTORY": _FACTORY}
    params, body = [me], [f"  d = {me}.__dict__"]
    for i, f in enumerate(fields):
        if not f.init or f.kw_only:
            raise TypeError(f"record {cls.__qualname__}: init=False and kw_only fields are not supported")
        if f.default is not dataclasses.MISSING:
            env[f"_d{i}"] = f.default
            params.append(f"{f.name}=_d{i}")
            body.append(f"  d[{f.name!r}] = {f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            env[f"_f{i}"] = f.default_factory
            params.append(f"{f.name}=_FACTORY")
            body.append(f"  d[{f.name!r}] = _f{i}() if {f.name} is _FACTORY else {f.name}")
        else:
            params.append(f.name)
            body.append(f"  d[{f.name!r}] = {f.name}")
    if hasattr(cls, "__post_init__"):
        body.append(f"  {me}.__post_init__()")
    exec(f"def __init__({', '.join(params)}):\n" + "\n".join(body) + "\n", env)  # noqa: S102 - built from field names, as dataclass does
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


class _Factory:
    def __repr__(self) -> str:
        return "<factory>"


_FACTORY: Any = _Factory()  # the default shown for a field made by a factory, as dataclass shows it


def replace(obj: T, /, **changes: Any) -> T:
    """`dataclasses.replace`; for a frozen record without `__post_init__` (whose `__init__` only
    stores its arguments), a new instance holding its fields with `changes`, built without the call."""
    names = obj.__class__.__dict__.get("__record_fields__")
    if names is None or not names.issuperset(changes):
        return dataclasses.replace(obj, **changes)  # another class, or a name that is not a field: as dataclass does
    state = obj.__dict__  # also holds cached properties, which the copy must not inherit
    new = object.__new__(obj.__class__)
    new.__dict__.update({n: state[n] for n in names.order}, **changes)  # in field order, as __init__ stores them
    return new


class _Fields(frozenset):
    """A record's field names, with their order."""

    order: tuple[str, ...]

    def __new__(cls, names: tuple[str, ...]) -> _Fields:
        made = super().__new__(cls, names)
        made.order = names
        return made

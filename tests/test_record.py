"""`record` classes behave as the frozen dataclasses they replace, without generated methods."""
from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import dataclass
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linter.core.model import Diagnostic, Quantity, Severity, Span
from linter.core.record import record


@record(order=True)
class Pair:
    a: int
    b: str = "x"


@dataclass(frozen=True, order=True)
class PairDC:
    a: int
    b: str = "x"


@record(frozen=False)
class Box:
    items: list
    n: int = 0


@record(eq=False)
class Handle:
    name: str


VALUES = st.tuples(st.integers(-3, 3), st.sampled_from(["x", "y", "z"]))


@given(VALUES, VALUES)
def test_equality_hash_order_and_repr_are_those_of_a_frozen_dataclass(u, v):
    r1, r2, d1, d2 = Pair(*u), Pair(*v), PairDC(*u), PairDC(*v)
    assert (r1 == r2, r1 != r2, r1 < r2, r1 <= r2, r1 > r2, r1 >= r2) == (d1 == d2, d1 != d2, d1 < d2, d1 <= d2, d1 > d2, d1 >= d2)
    assert hash(r1) == hash(d1)
    assert repr(r1) == repr(d1).replace("PairDC", "Pair")


def test_other_classes_are_not_equal_nor_ordered():
    assert Pair(1) != PairDC(1) and Pair(1) != (1, "x")
    with pytest.raises(TypeError):
        Pair(1) < PairDC(2)  # noqa: B015


def test_a_frozen_record_refuses_changes_and_stays_a_dataclass():
    p = Pair(1, "y")
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.a = 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.new = 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        del p.b
    assert (p.a, p.b) == (1, "y")
    assert dataclasses.is_dataclass(p) and [f.name for f in dataclasses.fields(p)] == ["a", "b"]
    assert dataclasses.replace(p, b="z") == Pair(1, "z") and dataclasses.asdict(p) == {"a": 1, "b": "y"}
    assert pickle.loads(pickle.dumps(p)) == p and copy.deepcopy(p) == p and copy.copy(p) is not p
    assert Pair.__match_args__ == ("a", "b")


def test_an_unfrozen_record_is_mutable_comparable_and_unhashable():
    b = Box([1])
    b.items.append(2)
    b.n = 3
    assert b == Box([1, 2], 3) and b != Box([1, 2])
    with pytest.raises(TypeError):
        hash(b)


def test_a_record_without_equality_compares_and_hashes_by_identity():
    h = Handle("a")
    assert h != Handle("a") and h == h and hash(h) == object.__hash__(h)
    with pytest.raises(dataclasses.FrozenInstanceError):
        h.name = "b"


def test_methods_written_in_the_class_body_win():
    @record
    class Named:
        name: str

        def __repr__(self) -> str:
            return f"<{self.name}>"

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Named) and self.name.lower() == other.name.lower()

    assert repr(Named("A")) == "<A>" and Named("A") == Named("a")
    assert hash(Named("A")) == hash(("A",))  # frozen with equality: hashable, as a dataclass would be


def test_the_model_keeps_its_value_semantics():
    s = Span(3, 7)
    assert s == Span(3, 7) and s < Span(3, 8) and len({s, Span(3, 7)}) == 1 and repr(s) == "Span(start=3, end=7)"
    q = Quantity(value=Decimal("12.5"), raw="12,5", span=s, resolution=Decimal("0.1"))
    assert q == dataclasses.replace(q) and hash(q) == hash(dataclasses.replace(q))
    d = Diagnostic(code="S001", name="sum", severity=Severity.ERROR, message="m", span=s)
    assert pickle.loads(pickle.dumps(d)) == d
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.message = "other"


@record
class Made:
    a: int
    items: tuple = dataclasses.field(default_factory=tuple)
    n: int = 2

    @property
    def doubled(self) -> int:
        return self.n * 2


@record
class Checked:
    n: int

    def __post_init__(self) -> None:
        if self.n < 0:
            raise ValueError("negative")


def test_a_frozen_record_is_made_as_the_dataclass_makes_it():
    m = Made(1)
    assert (m.a, m.items, m.n) == (1, (), 2) and Made(1, (3,), n=4).items == (3,)
    assert list(vars(m)) == ["a", "items", "n"]  # each field stored once, in field order
    with pytest.raises(TypeError):
        Made()
    with pytest.raises(TypeError):
        Made(1, b=2)
    with pytest.raises(ValueError):
        Checked(-1)  # __post_init__ runs
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.a = 3


def test_replace_is_that_of_dataclasses_and_drops_cached_values():
    from linter.core.record import replace

    q = Quantity(span=Span(0, 3), raw="1,5", value=Decimal("1.5"), resolution=Decimal("0.1"), decimals=1)
    assert q.low == Decimal("1.45")  # cached in the instance dict
    r = replace(q, value=Decimal("2.5"))
    assert r == dataclasses.replace(q, value=Decimal("2.5")) and r.low == Decimal("2.45")
    assert list(vars(replace(Made(1), n=5))) == ["a", "items", "n"] and replace(Made(1), n=5) == Made(1, n=5)
    with pytest.raises(TypeError):
        replace(Made(1), b=2)  # not a field: refused as dataclasses.replace refuses it
    with pytest.raises(ValueError):
        replace(Checked(1), n=-1)  # a record with __post_init__ is made through it
    assert replace(Box([1]), n=3) == Box([1], 3)


@record(keywords=True)
class Words:
    """A class of data made by keyword, a few times: its __init__ is shared, not generated."""

    names: tuple[str, ...] = ()
    index: dict[str, int] = dataclasses.field(default_factory=dict)
    lang: str = "en"


def test_a_keyword_record_takes_its_fields_by_keyword_with_their_defaults():
    w = Words(names=("a", "b"))
    assert (w.names, w.index, w.lang) == (("a", "b"), {}, "en") and w.index is not Words().index
    assert dataclasses.replace(w, lang="vi") == Words(names=("a", "b"), lang="vi")
    assert pickle.loads(pickle.dumps(w)) == w and copy.copy(w) == w
    with pytest.raises(TypeError, match="unexpected"):
        Words(nmes=("a",))
    with pytest.raises(TypeError):
        Words(("a",))  # by keyword only
    with pytest.raises(dataclasses.FrozenInstanceError):
        w.lang = "vi"

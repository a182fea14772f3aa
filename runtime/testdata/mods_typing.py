import dataclasses, enum, inspect, tomllib, typing
from dataclasses import dataclass, field, asdict, astuple, replace
from typing import Generic, TypeVar, Protocol, TypedDict, NamedTuple, Optional, Union, Callable

T = TypeVar('T')
K = TypeVar('K', bound=str)

class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
    def get(self) -> T:
        return self.v

print(Box[int], Box[int](3).get(), T, K.__bound__, Box.__parameters__)
print(typing.List[int], typing.Dict[str, int], Optional[int], Union[int, str], Callable[[int], str])
print(list[int] | None, int | str)

class Greeter(Protocol):
    def greet(self) -> str: ...

@typing.runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...

print(isinstance([1], Sized2), isinstance(3, Sized2))

class Movie(TypedDict):
    title: str
    year: int

m: Movie = {'title': 'x', 'year': 1}
print(m, Movie.__required_keys__ == frozenset({'title', 'year'}))

class Pt(NamedTuple):
    x: int
    y: int = 0

p = Pt(1)
print(p, p._replace(y=5), p._asdict(), Pt._fields)

@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)

a, b = Item('a', 1.5), Item('b')
print(a, a < b, asdict(a), astuple(b), replace(a, price=2))
print([f.name for f in dataclasses.fields(Item)])

@dataclass(frozen=True)
class F:
    x: int
try:
    F(1).x = 2
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print(hash(F(1)) == hash(F(1)), F(1) == F(1))

class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Perm(enum.IntFlag):
    R = 4
    W = 2
print(Color.RED, Color(2), list(Color), Perm.R | Perm.W, Color.RED.name, Color['GREEN'].value)

def fn(a, b: int = 2, *args, c: str, **kw) -> bool:
    return True
sig = inspect.signature(fn)
print(sig, list(sig.parameters), sig.parameters['b'].default, sig.return_annotation)
print(inspect.isfunction(fn), inspect.isclass(Item), inspect.getmro(bool))

doc = tomllib.loads('''
title = "TOML"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00Z
[db]
ports = [8000, 8001]
enabled = true
ratio = 0.5
''')
print(doc)
print(typing.get_type_hints(fn), typing.get_origin(list[int]), typing.get_args(dict[str, int]))

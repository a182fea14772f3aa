"""A module."""
import os
from . import x as y

@decorator(1)
async def f(a, /, b: int = 2, *args, c, **kw) -> "R":
    async with open(a) as fh:
        data = [line async for line in fh if line]
    match data:
        case [first, *rest] if first:
            return f"{first!r:>{b}} {rest=}"
        case {"k": v, **other}:
            pass
        case Point(x=0) | None:
            pass
    type Alias[T] = list[T]
    return (yield), lambda q=1, *, r: q + r, x := 3

class C[T: int](Base, metaclass=M):
    π: float = 3.14
    def m(self): return self.π ** -1 if self else ...

try:
    pass
except* (ValueError, TypeError) as eg:
    raise RuntimeError("é") from eg
print(b"bytes" b"more", 0x_ff, 1_000.5j, sep="")

def cellarg(a, b):
    def inner():
        return a + b
    a = 2
    return inner


def gen_try():
    try:
        yield 1
    except ValueError:
        yield 2
    finally:
        yield 3


async def agen():
    async with ctx() as c:
        yield c
    try:
        await c
    except* OSError:
        pass


class Generic[T]:
    def method[U](self, x: T, y: U) -> U:
        return super().method(x, y)


def typed[K, V: int](k: K = 1, *, v: V) -> dict[K, V]:
    return {k: v}


type Alias[X] = list[X]


@decorator(
    1,
    2)
def decorated():
    return (1,
            2)


def wide(): return 123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890 + x


def multiline_call():
    return f(a,
             b,
             c)(
        d)


def long_try(x):
    try:
        x = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
        x = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
        x = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
    except:
        pass
    return x


def swaps(a, b, c):
    a, b, c = c, a, b
    x, *y = a
    (a, b), c = c, (a, b)
    return a, b, c, x, y


def bools(a):
    if not a:
        return not (a is None)
    if a in (1, 2) and not a not in {3}:
        return True
    while not a:
        a = a == 1
    return a or None


if __debug__:
    assert 1
x = 1 if 0 else 2

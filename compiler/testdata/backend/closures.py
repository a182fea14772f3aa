def outer(a, *args, b=1, **kw):
    c = a + b
    def inner(d):
        nonlocal c
        c += d
        return a, c, args, kw
    return inner


class K:
    attr = 1

    def m(self):
        return super().m() + __class__.attr

    @property
    def p(self):
        return [self.attr for _ in range(3)]


def gen(n):
    for i in range(n):
        x = yield i
        if x:
            yield from gen(x)


async def coro():
    return [x async for x in aiter_()]


lam = lambda q, /, r=2: q * r
comp = {k: v for k, v in zip("ab", "cd") if k}
setc = {x for x in range(4)}
genx = (x for x in range(4))


def uses_comp(seq):
    total = [y for y in seq if y]
    y = 1
    return total, y

import contextlib
class CM:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self): print("enter", self.name); return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.swallow
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("outer", swallow=True):
    with CM("inner"):
        raise ValueError("boom")
print("after")
try:
    with CM("x"), CM("y", swallow=True), CM("z"):
        raise KeyError("k")
    print("swallowed by y")
except KeyError:
    print("not reached")
@contextlib.contextmanager
def tag(n):
    print(f"<{n}>")
    try:
        yield n
    except ZeroDivisionError as e:
        print("handled", e)
    finally:
        print(f"</{n}>")
with tag("p") as t:
    print("in", t)
with tag("q"):
    1 / 0
with contextlib.suppress(KeyError):
    {}["x"]
print("suppressed")
with contextlib.ExitStack() as st:
    for i in range(3):
        st.enter_context(CM(str(i)))
    st.callback(print, "callback")
class Reusable:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit args", a[0]); return None
r = Reusable()
for _ in range(2):
    with r: pass
try:
    with object():
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit(): pass
except TypeError as e:
    print(e)
def gen():
    with CM("g"):
        yield 1
        yield 2
g = gen(); print(next(g)); g.close()
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("orig")
except RuntimeError as e:
    print(e, repr(e.__context__))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def acc():
    total = 0
    while True:
        x = yield total
        if x is None: break
        total += x
    return total
g = acc(); next(g); g.send(5); print(g.send(10))
try: g.send(None)
except StopIteration as e: print("ret", e.value)
def flat(x):
    for i in x:
        if isinstance(i, list): yield from flat(i)
        else: yield i
print(list(flat([1, [2, [3, [4]], 5]])))
def counter():
    r = yield from acc()
    print("sub returned", r)
    yield r
c = counter(); next(c); c.send(1); c.send(2); print(c.send(None))
gen_exp = (i * 2 for i in range(5) if i % 2)
print(gen_exp.__name__, list(gen_exp), sum(x for x in range(10)))
def g2():
    try:
        yield 1
    finally:
        print("cleanup g2")
gg = g2()
for x in gg:
    print(x); break
gg.close()
print("loop done")
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print(e)

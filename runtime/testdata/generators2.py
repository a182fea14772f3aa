def walk(tree, depth=0):
    yield depth, tree[0]
    for child in tree[1:]:
        yield from walk(child, depth + 1)
tree = ["root", ["a", ["a1"], ["a2"]], ["b"]]
for d, name in walk(tree):
    print("  " * d + name)
def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("handled", e)
            yield "recovered"
c = catcher()
next(c)
c.send(1)
print(c.throw(ValueError("boom")))
next(c)
c.send(2)
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
def with_gen():
    with CM():
        yield 1
        yield 2
g = with_gen()
print(next(g))
g.close()
def fin():
    try:
        yield 1
        return "ret"
    finally:
        print("cleanup")
f = fin()
print(next(f))
try:
    next(f)
except StopIteration as e:
    print("value", e.value)
def inf():
    n = 0
    while True:
        yield n
        n += 1
import math
squares = (x * x for x in inf())
print([next(squares) for _ in range(5)])
pairs = list(zip(inf(), "xyz"))
print(pairs, dict(zip(inf(), "ab")))
def deleg():
    r = yield from fin()
    print("deleg got", r)
    yield "after"
print(list(deleg()))
gx = (i for i in range(3))
print(gx.__name__, list(gx), list(gx))
def thrower():
    yield 1
    raise KeyError("k")
try:
    for v in thrower():
        print(v)
except KeyError as e:
    print("keyerror", e)
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

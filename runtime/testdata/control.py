import sys
def gen_err():
    yield 1
    raise ValueError("in gen")
try:
    for v in gen_err():
        print(v)
except ValueError as e:
    print("caught", e)
class E(Exception):
    def __str__(self):
        return "custom str"
try:
    raise E()
except E as e:
    print(e, repr(e))
try:
    raise KeyError("k")
except LookupError as e:
    print("lookup", e, e.args)
def f():
    try:
        raise TypeError("a")
    except TypeError:
        try:
            raise ValueError("b")
        except ValueError as e:
            return e.__context__
print(repr(f()))
try:
    print(1 + "a")
except TypeError as e:
    print(e)
try:
    [].foo
except AttributeError as e:
    print(e)
try:
    raise SystemExit(0)
except SystemExit as e:
    print("exit code", e.code)
x = 0
while True:
    x += 1
    if x > 5:
        break
else:
    print("no")
for i in range(3):
    pass
else:
    print("else ran", i)
try:
    pass
except Exception:
    pass
else:
    print("try-else")
def g():
    for i in range(10):
        try:
            if i == 2:
                return i
        finally:
            print("f", i)
print(g())
e = None
try:
    1/0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as ex:
    print("deleted:", ex)
print(sys.getrecursionlimit())
sys.setrecursionlimit(50)
def r(n): return r(n+1)
try:
    r(0)
except RecursionError as e:
    print("rec", e)
sys.setrecursionlimit(1000)
class Ctx:
    def __enter__(self): print("in"); return 1
    def __exit__(self, *a): print("out", a[0]); return False
try:
    with Ctx() as v:
        print("v", v)
        raise IndexError("x")
except IndexError:
    print("propagated")
raise ValueError("final") from KeyError("orig")

def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 / n

for n in [2, 0]:
    try:
        r = risky(n)
    except ValueError as e:
        print("caught", e)
    else:
        print("ok", r)
    finally:
        print("finally", n)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(e, type(e.__context__).__name__)

def f():
    try:
        return 1
    finally:
        print("cleanup")
print(f())

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with CM() as c:
    raise TypeError("inside")
print("after with")

try:
    assert 1 == 2, "nope"
except AssertionError as e:
    print("assert", e)

try:
    undefined_name
except NameError as e:
    print(e)

def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("recursion", e)

try:
    int("abc")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)

def outer():
    try:
        raise KeyError("a")
    except KeyError:
        raise
try:
    outer()
except KeyError as e:
    print("reraised", e)

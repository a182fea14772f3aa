def describe(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case [a, b]:
            return f"pair {a},{b}"
        case [a, *rest]:
            return f"list starting {a} ({len(rest)} more)"
        case {"kind": "circle", "r": r}:
            return f"circle r={r}"
        case str() as s:
            return "string " + s
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, yy):
            return f"point {xx},{yy}"
        case None | True:
            return "none or true"
        case _:
            return "other"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
for v in [0, -3, [1, 2], [1, 2, 3], {"kind": "circle", "r": 2}, "hi", Point(0, 5), Point(1, 2), None, True, 4.5]:
    print(describe(v))
if (n := len("hello")) > 3:
    print("walrus", n)
print([y for x in range(5) if (y := x * 2) > 4])
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(vals)
    @classmethod
    def make(cls):
        return super().__new__(cls)
    @staticmethod
    def helper(x):
        return x + 1
print(K.doubled, K.total, type(K.make()).__name__, K.helper(1), K().helper(2))
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(3)]
print([m(10) for m in make_multipliers()])
x = 10
def scope_test():
    x = 20
    def inner():
        return x
    x = 30
    return inner()
print(scope_test(), x)
a = b = c = 5
a += 1
print(a, b, c)
print((lambda: (yield))().__class__.__name__ if False else "ok")
import sys
print(sys.argv[0].endswith("q2.py"), type(sys.stdout).__name__)
sys.stdout.write("written\n")
print("%(a)s-%(b)d" % {"a": "x", "b": 2})
print(str.format("{:>5}", "r"), "{!r}".format("q"))

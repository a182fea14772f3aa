NONE = None
def gen():
    yield 1
    yield 1 / 0
def consume():
    return [x for x in gen()]
try:
    consume()
except ZeroDivisionError as e:
    import sys
    print("caught", type(e).__name__)
class C:
    def __init__(self, v):
        self.v = int(v)
    @property
    def double(self):
        return self.v * 2
    def m(self, a, b=1):
        return a + b
c = C("4")
print(c.double)
for call in [lambda: c.m(), lambda: c.m(1, 2, 3), lambda: C(), lambda: C.m(1), lambda: c.m(a=1, c=2),
             lambda: len(1, 2), lambda: {[]: 1}, lambda: "x".join([1]), lambda: int("4.5"), lambda: [].pop(5),
             lambda: (1).foo, lambda: NONE(), lambda: iter(3), lambda: next(iter([])), lambda: {}.pop("k"),
             lambda: "abc".index("z"), lambda: [1, 2].index(3), lambda: tuple()[0], lambda: 1 < "a", lambda: -"s",
             lambda: {1}.remove(2), lambda: sorted([1, None]), lambda: float("abc"), lambda: chr(1114112),
             lambda: "a" * 1.5, lambda: [1] * "2", lambda: divmod(1, 0), lambda: 2 ** "a", lambda: range(1, 2, 0),
             lambda: print(sep=5), lambda: getattr(c, "zz"), lambda: setattr(1, "x", 2), lambda: object().__dict__,
             lambda: isinstance(1, "a"), lambda: int("10", 99), lambda: "abc"[1:2:0], lambda: list(5),
             lambda: dict([(1, 2, 3)]), lambda: max(), lambda: min([]), lambda: abs("x"), lambda: ord(""),
             lambda: hash({}), lambda: "%d %d" % (1,), lambda: "%d" % (1, 2), lambda: "{}".format(), lambda: "{0} {}".format(1, 2)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
C(None)

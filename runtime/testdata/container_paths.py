# The container fast paths (sort pre-scan comparators, slices, dict and
# set building, str formatting) must behave as the general ones do.
import math

# sorting: homogeneous keys take the specialized comparisons
print(sorted(["b", "a", "é", "\ud800", "\U0001f600", "\ue000", "", "ab"]))
print(sorted([3, -1, 2**70, 0, -2**65, 5]))
print(sorted([3, -1, 7, 0, 5, 1 << 62]))
print(sorted([2.5, -0.0, 0.0, 1e300, -math.inf, 3.0]))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 2.0, 1.0]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0.5), ()]))
print(sorted([(1.0, 2), (1, 1), (True, 0)]))
print(sorted([True, False, True]), sorted([1, True, 0.5, False]))
print(sorted(["b", "a", "c"], reverse=True), sorted([3, 1, 2], key=lambda x: -x))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
for bad in ([1, "a"], [(1, 2), (1, "a")], ["a", 1.0], [(), (None,), (None,)]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return "K(%r)" % self.v
print(sorted([K(1), K(3), K(2)]), sorted([(1, K(1)), (1, K(2))]))
class S(str):
    def __lt__(self, o): return len(self) < len(o)
print(sorted([S("bbb"), S("a"), S("cc")]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=str.upper, reverse=True))

# slices: BINARY_SLICE/STORE_SLICE fast paths and the general ones
a = list(range(10))
print(a[2:5], a[-3:], a[:-7], a[5:2], a[-100:100], a[::2], a[::-3], a[8:2:-2])
t = tuple(a)
print(t[:] is t, t[1:3], t[-2:], t[3:3])
s = "héllo wörld"
print(s[:] is s, s[1:4], s[-5:], s[4:4] == "", s[::-1], s[1:9:3], "abc"[1:2], "abc"[5:])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = "yz"
print(b)
b[:3] = b
print(b)
b[-2:] = (7, 8, 9, 10)
print(b)
b[::2] = range(len(b[::2]))
print(b)
del b[1:3]
print(b)
del b[::3]
print(b)
c = list(range(20))
del c[15:2:-4]
print(c)
del c[-1:-30:-2]
print(c)
c[2:2] = []
c[100:] = [1]
c[:0] = [0, 0]
print(c)
for bad in ("c[0:1] = 5", "c[::2] = 5", "c[::2] = [1]", "c[::0]", "c['a':]", "c[1.5:]"):
    try:
        exec(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self): return 2
print(a[I():], "abcdef"[I():4], (1, 2, 3, 4)[:I()])
print(a[True:], a[2**70:], a[-2**70:2], "abc"[-2**70:])

# %-formatting: the machine-int and plain-str paths
for f in ("%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%x", "%#x", "%#08X", "%o", "%#o", "%i", "%u", "%3.5d"):
    print(repr(f % 42), repr(f % -42), repr(f % 0), repr(f % (2**70 + 5)), repr(f % (-2**64)), repr(f % True))
print("%d" % (-2**63), "%x" % (-2**63), "%o" % (2**63 - 1))
print("k%d-%s.%r" % (7, "s", "r"), "%s|%5s|%-5s|%.2s" % ("ab", "cd", "ef", "ghi"), "%s" % [1], "%s" % ((1, 2),))
print("%(a)s %(b)05d %%" % {"a": "x", "b": 3}, "%.f|%.0f|%5.1f|%e" % (2.5, 3.5, 1.25, 12345.678), "%c%c" % (65, "b"))
print("no args %%" % (), "%s" % "é", "%3s|" % "é", "%.1s" % "éa", "%*d|%-*d|" % (4, 1, 3, 2))
for bad in ("%d" % (1,) if False else "%d", "%s %s", "%y", "%"):
    try:
        print(bad % ("x",))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "%d" % 1.5j
except TypeError as e:
    print(e)
print("%d %x" % (3.99, 255) if False else "%d" % 3.99)

# str.split / partition fast paths
for t in ("", "   ", " a b  c ", "a\tb\nc\x1cd\x1fe\x85f", "héllo wörld  x", "a,b,,c,", ",", "abc", "a\u3000b c"):
    print(t.split(), t.split(","), t.split(None, 1), t.rsplit(None, 1), t.split(",", 1), t.rsplit(",", 1), t.split("b"))
    print(t.partition(","), t.rpartition(" "), t.partition("zz"))
print("aXbXc".split("X"), "aXYbXYc".split("XY"), "éXé".split("X"), "x".split("x"))
w = "one two three".split()
print([len(x) for x in w], w[0] is not w[1], "-".join(w), "".join(reversed(w)))
for bad in ('"a".partition(1)', '"a".partition()', '"a".rpartition("")', '"a".split("")', '"a".split(1)'):
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

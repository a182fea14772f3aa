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

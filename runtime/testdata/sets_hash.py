# set displays of constants are frozenset constants, whose order a marshal
# round trip changes (marshal sorts set items), so build from lists here
s = set(["banana", "apple", "cherry", "date"])
print(s, sorted(s), len(s))
print(set([5, 3, 100, 17, 8, 1]), set([-1, -2, 2**62, 0.5]), {x for x in "hello world"})
print(hash("abc"), hash(b"abc"), hash(1.5), hash((1, 2)), hash(frozenset({1, 2})), hash(2**100), hash(-3))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a.union([9]), a.intersection(b))
t = set()
for w in "the quick brown fox jumps over the lazy dog".split():
    t.add(w)
print(t)
t.discard("the")
print(len(t), "fox" in t, "the" in t, t.pop() in "quick brown fox jumps over lazy dog")
d = {}
for i, w in enumerate(["x", "y", "z", "x"]):
    d[w] = i
print(d, dict.fromkeys("ab", 0), dict(a=1, b=2), dict([(1, 2)]), {**d, "w": 9})
print(sorted(["b", "A", "c"], key=str.lower), sorted([(2, "a"), (1, "b"), (2, "0")]))
print(sorted([3, 1, 2], key=lambda x: -x), max("abc", key=ord), min([3, 1, 2], default=0))

# ints, floats, strings, containers
print(1 + 2, 7 // 2, -7 // 2, 7 % -3, 2 ** 10, 2 ** 100, 10 / 4, 1e300 * 10)
print(3.0, 0.1 + 0.2, 1/3, 1e16, 1.5e-7, -0.0, 123456789.123, float("inf"), 2.5e-5)
x = 10
x += 5; x -= 3; x *= 2
print(x, x > 20, x == 24, x != 24, 5 <= 5 < 6)
print(True + True, True and 0, None or "d", not [], 0 or [] or {})
s = "hello"
print(s[1], s[-1], s[1:3], s[::-1], len(s), s.upper(), s * 2, "ll" in s)
print(repr("it's"), repr('say "hi"'), repr("a\nb\t\\"), repr("é€😀"))
l = [3, 1, 2]
l.append(5); l.sort(); print(l, l[1:], l[::-1], sum(l), min(l), max(l))
t = (1, "a", None, 2.5)
print(t, (1,), (), len(t), t[1:3])
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["b"], d.get("z"), list(d.keys()), list(d.values()), list(d.items()), "a" in d)
del d["a"]
print(d, len(d))
st = {1, 2, 3}
print(st, 2 in st, len(st), set(), frozenset([1]))
print(list(range(5)), list(range(2, 10, 3)), range(3), list(range(10, 0, -2)))
print([i * i for i in range(6) if i % 2 == 0], {k: v for k, v in zip("abc", range(3))}, {c for c in "aab"})
print(int("42"), int("-0x1f", 16), float("1.5"), str(12), bool(""), int(3.9), int("1_000"))
print(divmod(17, 5), divmod(-17, 5), abs(-3), abs(-2.5), round(2.5), round(3.5), round(1.2345, 2), pow(2, 10, 1000))
print(hex(255), oct(8), bin(5), ord("A"), chr(97), hash(1), hash(-1), hash(1.0))
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
print(f"{x} {x!r} {3.14159:.2f} {42:5d}|{'s':>4}|{255:#x} {1234567:,}")
print("%s %d %5.2f %r %x" % ("a", 3, 3.14159, "q", 255))
print("{} {name} {0}".format(1, name="n"))
print(", ".join(["a", "b"]), "a,b,,c".split(","), "  x  ".strip(), "abc".replace("b", "B"))
print(isinstance(1, int), isinstance(True, int), issubclass(bool, int), type(1), type("a"), type(None))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), list(reversed([1, 2, 3])), any([0, 1]), all([]))
print(list(enumerate("ab", 1)), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(10**20, -(10**20), 2**63, -2**63 - 1, (2**64) // 3, 10**20 % 7)
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 0.5 < 1, [1, 2] < [1, 3], (1, 2) == (1, 2), "a" < "b")
print(None, ..., NotImplemented)

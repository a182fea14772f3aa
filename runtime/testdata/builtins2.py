class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
    def __repr__(self):
        return "Node(%r)" % (self.v,)
    def __bool__(self):
        return True
n = Node(1, Node(2, Node(3)))
print(list(n), n, [repr(x) for x in [n]], str(n))
print({1: "a", "b": [1, 2, {"c": (3,)}]})
print(1_000_000, 0b101, 0o17, 0xFF, 1e-10, 1.0e10, 12345678901234567890.0, 1/3*3)
x = 5
print(-x, +x, ~x, x << 3, x >> 1, x & 3, x | 8, x ^ 1, x ** -1, 7.5 // 2, -7.5 % 2)
print(round(0.5), round(1.5), round(2.675, 2), round(-0.5), round(123.456, -1), round(1234, -2))
print(int(-3.7), int("  42  "), float("  -1e3 "), float("nan"), str(-0.0), 3 * "ab", [0] * 3)
print(min(3, 1, 2), max([1, 5, 3]), sum([0.1] * 10), sum(range(101)), abs(-5), pow(3, 4))
print("a" "b", 'x' + "y", "%5.1f|%-4d|%s" % (2.25, 7, None), "{:>8.3}".format("abcdef"))
print(list(zip([1, 2, 3], "ab")), dict(zip("ab", [1, 2])), list(reversed(range(4))))
print(sorted({3: 1, 1: 2}), len({}), bool([0]), [] == [], [1] is [1], None is None)
print(isinstance("s", (int, str)), type(3.0).__name__, type(type), ...)
print(chr(0x1F600), ord("€"), "€".encode(), len("日本語"), "日本語"[1])
a = [5, 2, 8]
a.insert(0, 9); a.extend([1]); a.remove(2); print(a.pop(), a.pop(0), a, a.index(8), a.count(5))
b = a.copy(); b.reverse(); print(b, a + b, a * 2, 8 in a)
a[1:2] = [7, 7, 7]; print(a); del a[0]; print(a); a[::2] = [0, 0]; print(a)
s = "Hello, World"
print(s.lower().count("l"), s.split(", "), s[::2], s[-5:], s.isalpha(), "123".isdigit(), s.swapcase())
t = 1, 2, 3
a2, b2, c2 = t
print(a2 + b2 + c2, t.count(2), t.index(3), t + (4,), t * 2, t[::-1], tuple("ab"))
d = {"x": 1}
d.update(y=2); d.setdefault("z", 3); print(d, d.pop("x"), d.popitem(), d, list(d.items()))
print([(i, j) for i in range(3) for j in range(i)], [x for x in range(10) if x % 3 == 0 if x])
print(*[1, 2, 3], sep="-", end="!\n")
print(f"{'a':*^5}", f"{12.5:08.2f}", f"{-3:+}", f"{1e6:.2e}", f"{0.000123:g}", f"{123456789:_}")
print(f"{3!r:>4}", f"{'q'!a}", f"{[1,2]=}", f"{x=}")
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, 2 ** 0.5, 10 ** -2, (-2) ** 2, 0 ** 0)
print(int.__name__, str.upper("x"), list.__len__([1]), (1).bit_length())
print(str(1e22), 1e-7, 123e-20, 5e-324, 1.7976931348623157e308, 0.1 * 3, 100.0, 1e16 + 1)
print(repr(b"\x00ab'"), bytes(3), b"abc"[1], b"abc"[1:], bytes("hé", "utf-8"), b"a" in b"cab")

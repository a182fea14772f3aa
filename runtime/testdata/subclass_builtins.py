class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
s.name = "st"
print(s, len(s), s.peek(), s.name, isinstance(s, list), type(s).__name__, s + [4], s[::-1], sorted(s, reverse=True))
class Counter(dict):
    def __missing__(self, k):
        return 0
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in "hello":
    c.add(ch)
print(c, c["l"], len(c), list(c.items()), isinstance(c, dict))
class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"
m = Meters(5)
print(m, m + 3, m * 2, repr(m), m == 5, hash(m) == hash(5), str(m), [1, 2, 3, 4, 5, 6][m])
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), len(n), n + "x", n == "bob", {n: 1}["bob"], type(n).__name__, repr(n))
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = P(1, 2)
print(p, p.x, len(p), p == (1, 2), type(p).__name__)
class S(set):
    pass
ss = S([3, 1, 2])
print(ss, 2 in ss, len(ss), type(ss | {9}).__name__)
print(c["zz"])

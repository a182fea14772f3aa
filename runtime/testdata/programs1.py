from math import gcd
import sys
memo = {}
def fibm(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fibm(n - 1) + fibm(n - 2)
    memo[n] = r
    return r
print(fibm(90), len(memo))
words = "the cat and the hat and the bat".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 == 2, "a" in freq.keys(), 2 in freq.values(), ("the", 3) in freq.items())
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'x':^{w}}|{42:0{w}d}")
print("{0.real} {1[0]} {2[k]}".format(3, [9], {"k": "v"}))
lst = list(range(10))
del lst[2:5]
print(lst, lst[-3:], lst[:-7], lst[100:], lst[::3])
first, *rest = "hello"
print(first, rest)
(a, b), c = (1, 2), 3
print(a, b, c)
def stats(*nums, **opts):
    return min(nums), max(nums), opts.get("label", "?")
print(stats(*range(5), **{"label": "r"}), stats(4, 2))
print(gcd(12, 18), sys.maxsize, 2 ** 64 - 1, -(2 ** 63), int("9" * 30) + 1)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [list(r) for r in zip(*matrix)], sum(map(sum, matrix)))
class Account:
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("negative balance")
        self.owner = owner
        self.balance = balance
    def withdraw(self, amt):
        if amt > self.balance:
            raise RuntimeError(f"insufficient funds: {self.balance} < {amt}")
        self.balance -= amt
        return self.balance
acc = Account("ann", 100)
print(acc.withdraw(30))
for amt in (50, 100):
    try:
        print(acc.withdraw(amt))
    except RuntimeError as e:
        print("error:", e)
try:
    Account("bob", -1)
except ValueError as e:
    print("init failed:", e)
total = 0
i = 0
while i < 100:
    i += 1
    if i % 2:
        continue
    if i > 50:
        break
    total += i
print(total, i)
print(list(filter(lambda x: x % 3 == 0, range(20))), list(map(lambda x: x ** 2, range(5))))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]), sum(1 for _ in range(7)))
print("".join(reversed("stressed")), "-".join(str(x) for x in range(4)), "%.3f" % (2 / 3))
print(round(3.14159, 3), round(-2.5), round(2.5), 10 // 3, 10 % 3, -10 // 3, 2 ** -2)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]), sorted("hello", reverse=True))
x = [1, 2, 3]
y = x
y += [4]
print(x, x is y, x == [1, 2, 3, 4])
t = (1, 2)
u = t
u += (3,)
print(t, u, t is u)
s = {1, 2}
s |= {3}
s -= {1}
print(s, s & {2, 9}, s ^ {2, 4})
print(str(True), int(True), True * 3, f"{True}", repr(None), bool(None), bool(0.0), bool("0"))
print(type(1 + 2.0), type(2 ** 0.5), 7 / 7, type(7 // 7), abs(-0.0), -0.0 == 0.0, float("-inf") < -1e308)
print(hex(-255), oct(-8), bin(-5), int("0b101", 0), int("0o17", 0), int("z", 36), int("-  5".replace(" ", "")))
print("A".lower(), "ß".lower(), "İ".lower() if False else "", "ǅ".upper(), "ﬃ".upper())
print(max([], default="empty"), min("cab"), max(1, 2.5), min([[2], [1, 3]]), max({"a": 1, "b": 0}))
print(isinstance(True, bool), isinstance(1, bool), issubclass(int, object), callable(print), callable(1))
print(list(range(0)), list(range(-3)), list(range(1, -5, -2)), range(10)[2:8:2], 5 in range(10), range(0, 10, 2).index(4))

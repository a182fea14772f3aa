def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]
print(sieve(50), len(sieve(10000)))
def qsort(a):
    if len(a) <= 1:
        return a
    pivot, *rest = a
    return qsort([x for x in rest if x < pivot]) + [pivot] + qsort([x for x in rest if x >= pivot])
print(qsort([5, 3, 8, 1, 9, 2, 7]))
def bfs(graph, start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in graph.get(node, []):
            if nb not in seen:
                seen.add(nb)
                queue.append(nb)
    return order
g = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": [], "f": []}
print(bfs(g, "a"))
def matmul(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(2))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 1000), key=collatz), collatz(27))
text = "It was the best of times, it was the worst of times"
words = [w.strip(",").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts, key=lambda w: (-counts[w], w))[:3]
print(top, {w: counts[w] for w in top})
print(" ".join(w[::-1] for w in text.split()), text.title(), text.count("t"))
class Shape:
    def area(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def __repr__(self): return f"Rect({self.w}x{self.h})"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
    def __repr__(self): return f"Circle({self.r})"
shapes = [Rect(3, 4), Circle(1), Rect(1, 1), Circle(2)]
print(sorted(shapes), max(shapes), [round(s.area(), 2) for s in shapes])
try:
    Shape().area()
except NotImplementedError as e:
    print("abstract", repr(e))
bits = [format(i, "04b") for i in range(6)]
print(bits, int("".join(bits), 2), hex(int("".join(bits), 2)))
acc = 0
for i in range(1, 10):
    acc ^= i * 0x9E3779B1 & 0xFFFFFFFF
print(acc, acc >> 3, acc << 40, -acc // 7, (acc * acc) % 1000003)
fact = 1
for i in range(1, 30):
    fact *= i
print(fact, len(str(fact)), fact % 1000, fact // 10 ** 20)

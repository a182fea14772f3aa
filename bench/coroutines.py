# Generator-based coroutines and pipelines in the style of pyperformance's coroutines and
# generators, written afresh: send() into consumers, a round-robin scheduler of tasks,
# yield from delegation, a recursive generator tree walk.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return count


def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


def counter(box):
    while True:
        line = yield
        box[0] += len(line)


def delegate(results):
    while True:
        r = yield from averager()
        results.append(r)


def task(name, n):
    acc = 0
    for i in range(n):
        acc += i * name
        yield acc


def scheduler(tasks):
    queue = list(tasks)
    out = 0
    while queue:
        t = queue.pop(0)
        try:
            out += next(t) % 1000
        except StopIteration:
            continue
        queue.append(t)
    return out


class Node:
    def __init__(self, v, left=None, right=None):
        self.v = v
        self.left = left
        self.right = right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid), build(mid + 1, hi))


def walk(node):
    if node is not None:
        yield from walk(node.left)
        yield node.v
        yield from walk(node.right)


box = [0]
sink = counter(box)
next(sink)
g = grep("ab", sink)
next(g)
words = ["xabc", "abab", "zzzz", "cab", "ba"]
for i in range(500000):
    g.send(words[i % 5])
results = []
d = delegate(results)
next(d)
for i in range(700000):
    d.send(float(i % 97))
    if i % 1000 == 999:
        d.send(None)
print(box[0], len(results), sum(results))
print(scheduler(task(k, 3000) for k in range(1, 60)))
tree = build(0, 2 ** 17)
print(sum(walk(tree)), sum(1 for _ in walk(tree)))

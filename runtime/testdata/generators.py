def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

print(list(evens(count(10))))
g = (x * x for x in range(5))
print(next(g), next(g), list(g))
print(sum(x for x in count(101)), max(x % 7 for x in range(50)))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))

def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
a = acc()
next(a)
for v in [1, 2, 3]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("done", e.value)

def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import math
out = []
for f in fibs():
    if f > 100:
        break
    out.append(f)
print(out, math.sqrt(16), math.floor(2.7), math.pi)
gen = count(3)
print(iter(gen) is gen, list(zip(count(3), "abc")), list(enumerate(count(2))))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closer()
print(next(c))
c.close()
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])), [*range(3), *"ab"], {**{"a": 1}})

# Sequence unpacking in the style of pyperformance's unpack_sequence, written afresh:
# tuples and lists unpacked into locals, swaps, starred targets, for-loop targets.
def tuples(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    s = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        s += a + j
    return s


def lists(n):
    l = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    s = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        s += b + i
    return s


def swaps(n):
    x, y, z = 1, 2, 3
    for _ in range(n):
        x, y = y, x
        x, y, z = z, x, y
        y, z = z, y
    return x * 100 + y * 10 + z


def starred(n):
    data = list(range(12))
    s = 0
    for _ in range(n):
        first, *mid, last = data
        head, second, *rest = data
        s += first + last + len(mid) + second + len(rest)
    return s


def pairs(n):
    items = [(i, i * 2, (i, -i)) for i in range(100)]
    s = 0
    for _ in range(n):
        for a, b, (c, d) in items:
            s += a + b + c + d
    return s


def dict_items(n):
    d = {str(i): i for i in range(50)}
    s = 0
    for _ in range(n):
        for k, v in d.items():
            s += v
        for i, (k, v) in enumerate(d.items()):
            s += i - v
    return s


print(tuples(800000), lists(800000), swaps(1500000), starred(300000), pairs(8000), dict_items(8000))

def count(n):
    total = 0
    i = 0
    while i < n:
        if i % 2:
            i += 1
            continue
        total += i
        i += 1
    else:
        total = -total
    for x in range(n):
        if x > 10:
            break
        total += x
    return total


def forever():
    while True:
        pass


def nested(rows):
    out = []
    for r in rows:
        for c in r:
            if c is None:
                continue
            if c is not None and c > 0:
                out.append(c)
    return out


for k in [1, 2, 3]:
    print(k)
x = [1, 2, 3]
y = {1, 2, 3}
z = k in (1, 2) or k in {3, 4} or k not in [5, 6]
a, b = b, a
a, b, c = c, b, a

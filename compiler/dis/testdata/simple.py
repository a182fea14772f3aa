def simple(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    local = a + b
    a, b = b, a
    x = y = local
    return x + y + c + d + e
def loops(n):
    total = 0
    while n > 0:
        n -= 1
        if n == 5:
            break
        total += n
    else:
        total = -1
    for i in range(10):
        for j in range(i):
            if j:
                continue
    return total
def closure(n):
    count = 0
    def inner(step=1):
        nonlocal count
        count += step + n
        return count
    return inner
def comps(data):
    a = [x * 2 for x in data if x]
    b = {x: y for x, y in data}
    return a, b, {x for x in data}

# Closures, cells and higher-order functions.
def make_counter():
    count = 0

    def inc(k=1):
        nonlocal count
        count += k
        return count

    return inc


def compose(f, g):
    return lambda x: f(g(x))


def adder(n):
    return lambda x: x + n


total = 0
counter = make_counter()
inc2 = compose(adder(2), adder(3))
for i in range(300000):
    total += counter() + inc2(i) % 7
fs = [adder(i) for i in range(100)]
for i in range(3000):
    for f in fs:
        total += f(i) & 1
print(total, counter(0))

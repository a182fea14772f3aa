def gen(items):
    for it in items:
        yield 10 / it
def use():
    total = 0
    for v in gen([1, 2, 0]):
        total += v
    return total
try:
    use()
except ZeroDivisionError:
    pass
print(list(map(lambda x: x * 2, [1, 2])))
def key(x):
    return x.lower()
sorted(["a", 1], key=key)

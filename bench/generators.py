# Generator pipelines: suspended frames resumed in chains.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield sum(buf)
            buf.pop(0)


def chain(*its):
    for it in its:
        yield from it


total = 0
for w in windows(evens(squares(numbers(400000))), 4):
    total += w % 1000003
print(total)
print(sum(x for x in chain(range(100000), numbers(100000), (i * 3 for i in range(100000)))))

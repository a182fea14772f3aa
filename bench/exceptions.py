# Exceptions raised and caught in loops, with finally and custom classes.
class Odd(Exception):
    def __init__(self, n):
        super().__init__(n)
        self.n = n


def check(n):
    if n % 2:
        raise Odd(n)
    if n % 7 == 0:
        raise KeyError(n)
    return n


total = 0
cleanups = 0
for i in range(300000):
    try:
        total += check(i)
    except Odd as e:
        total -= e.n
    except KeyError:
        total += 1
    finally:
        cleanups += 1
d = {}
misses = 0
for i in range(100000):
    try:
        d[i % 100]
    except KeyError:
        misses += 1
        d[i % 100] = i
print(total, cleanups, misses)

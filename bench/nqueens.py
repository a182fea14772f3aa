# N-queens in the style of pyperformance's nqueens, written afresh: permutations from a
# hand-written generator, sets built from generator expressions, plus a backtracking
# solver over sets of attacked columns and diagonals.
def permutations(items):
    n = len(items)
    idx = list(range(n))
    cycles = list(range(n, 0, -1))
    yield tuple(items[i] for i in idx)
    while n:
        for i in reversed(range(n)):
            cycles[i] -= 1
            if cycles[i] == 0:
                idx[i:] = idx[i + 1:] + idx[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                idx[i], idx[-j] = idx[-j], idx[i]
                yield tuple(items[k] for k in idx)
                break
        else:
            return


def n_queens_perm(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def n_queens_backtrack(n):
    count = 0
    cols, d1, d2 = set(), set(), set()

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or row + c in d1 or row - c in d2:
                continue
            cols.add(c)
            d1.add(row + c)
            d2.add(row - c)
            place(row + 1)
            cols.discard(c)
            d1.discard(row + c)
            d2.discard(row - c)

    place(0)
    return count


sols = list(n_queens_perm(8))
sols = list(n_queens_perm(8))
print(len(sols), sols[0], sols[-1])
print(sum(n_queens_backtrack(k) for k in range(4, 11)))

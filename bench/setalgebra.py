# Set algebra: unions, intersections, differences, symmetric differences,
# frozensets as dict keys, set comprehensions and membership tests.
def multiples(k, n):
    return {i for i in range(0, n, k)}


N = 60000
sets = {k: multiples(k, N) for k in range(2, 30)}
total = 0
for a in range(2, 30):
    sa = sets[a]
    for b in range(a + 1, 30, 3):
        sb = sets[b]
        total += len(sa & sb) + len(sa | sb) - len(sa - sb) + len(sa ^ sb)
        if sa.isdisjoint(sb):
            total += 1
        if sb <= sa:
            total += 1000

words = ["w%d" % (i * 7 % 5003) for i in range(30000)]
vocab = set(words)
seen = set()
pairs = {}
for i, w in enumerate(words):
    if w in seen:
        continue
    seen.add(w)
    key = frozenset((w, words[i - 1]))
    pairs[key] = pairs.get(key, 0) + 1
evens = {w for w in vocab if int(w[1:]) % 2 == 0}
odds = vocab - evens
total += len(vocab) + len(pairs) + len(evens) + len(odds) + len(evens & odds)
u = set()
for k in range(2, 12):
    u |= sets[k]
    u -= sets[k * 2]
total += len(u)
inter = set(range(N))
for k in (2, 3, 5):
    inter &= sets[k]
total += len(inter) + sum(inter) % 1000
d = set(range(1000))
for i in range(0, 1000, 3):
    d.discard(i)
    d.add(i + 5000)
total += len(d) + min(d) + max(d)
print(total, sorted(inter)[:5], sorted(u)[-3:])

# Dict- and set-heavy code: counting, grouping, membership, merging.
import random

random.seed(12345)
keys = ["k%d" % random.randrange(5000) for _ in range(200000)]
counts = {}
for k in keys:
    counts[k] = counts.get(k, 0) + 1
groups = {}
for k, v in counts.items():
    groups.setdefault(v, []).append(k)
seen = set()
dups = 0
for k in keys:
    if k in seen:
        dups += 1
    else:
        seen.add(k)
merged = {**counts, **{k: 0 for k in list(counts)[:100]}}
inter = set(keys[:50000]) & set(keys[50000:100000])
print(len(counts), len(groups), dups, sum(merged.values()), len(inter), max(counts.values()))

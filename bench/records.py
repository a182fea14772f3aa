# Nested list/dict building and hand-written serialization: records as
# dicts of lists and tuples, grouped, merged, flattened to text and read
# back with split, unpacking and zip.
def make_records(n):
    recs = []
    for i in range(n):
        recs.append({
            "id": i,
            "name": "user%d" % (i % 997),
            "tags": ["t%d" % (i % 7), "t%d" % (i % 5)],
            "pos": (i % 100, i // 100),
            "score": (i * 37) % 1000 / 10,
        })
    return recs


def serialize(v):
    if isinstance(v, dict):
        return "{" + ",".join(k + ":" + serialize(x) for k, x in v.items()) + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(serialize(x) for x in v) + "]"
    return str(v)


def parse_flat(line):
    out = {}
    for field in line.split("|"):
        k, _, v = field.partition("=")
        out[k] = v
    return out


total = 0
for rnd in range(3):
    recs = make_records(20000)
    groups = {}
    for r in recs:
        groups.setdefault(r["name"], []).append(r)
    merged = {}
    for name, rs in groups.items():
        tags = {t for r in rs for t in r["tags"]}
        xs, ys = zip(*[r["pos"] for r in rs])
        merged[name] = {"n": len(rs), "tags": sorted(tags), "x": sum(xs), "y": max(ys)}
    text = serialize(merged)
    total += len(text) + text.count("t3")
    lines = ["|".join("%s=%s" % (k, v) for k, v in r.items() if k != "tags") for r in recs]
    back = [parse_flat(line) for line in lines]
    total += sum(int(b["id"]) for b in back) % 100000
    ids = [b["id"] for b in back if b["name"].endswith("7")]
    total += len(ids)
    first, *middle, last = recs
    total += first["id"] + last["id"] + len(middle)
    flat = [x for r in recs[:2000] for x in (r["id"], r["pos"][0], r["pos"][1])]
    total += sum(flat)
    table = [[r["id"], r["score"]] for r in recs[:5000]]
    cols = list(map(list, zip(*table)))
    total += len(cols[0]) + int(sum(cols[1]))
    keys = list(merged)
    total += len(keys) + len(merged[keys[-1]]["tags"])
print(total)
print(serialize(merged["user5"]))

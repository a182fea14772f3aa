def f():
    d = {}
    for i in range(1500000):
        d["k" + str(i % 1000)] = d.get("k" + str(i % 1000), 0) + i
    t = 0
    for k in d:
        t += d[k]
    return len(d), t
print(f())

def f():
    parts = []
    s = ""
    for i in range(1500000):
        parts.append(str(i))
        s += "x"
    return len("".join(parts)), len(s)
print(f())

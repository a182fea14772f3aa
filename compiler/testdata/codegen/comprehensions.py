class C:
    a = [x for x in range(3)]
    b = [y + a for y in z]
    def m(self):
        return [lambda: x for x in self]
def f(v):
    c = [(w := i) for i in v]
    d = [lambda: j for j in v]
    e = [[k for k in l] for l in v]
    return w
def g():
    x = 1
    return [x for x in range(3)], lambda: x
[lambda: q for q in range(2)]

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def norm2(self):
        return self.x * self.x + self.y * self.y
def f():
    acc = Vec(0, 0)
    step = Vec(1, 2)
    total = 0
    for i in range(300000):
        acc = acc.add(step)
        total += acc.norm2() % 7
    return total, acc.x, acc.y
print(f())

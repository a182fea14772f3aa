# Floats and small objects in the style of pyperformance's chaos and float, written afresh:
# a vector class with dunder arithmetic and properties, an iterated function system
# over spline-weighted points, normalisation with math functions.
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    @property
    def norm(self):
        return math.sqrt(self.dot(self))

    def lerp(self, o, t):
        return self * (1.0 - t) + o * t


class Point:
    def __init__(self, i, n):
        self.x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = math.sin(i * 0.5) * n

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def float_bench(n):
    points = [Point(i, n) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def bezier(pts, t):
    while len(pts) > 1:
        pts = [pts[i].lerp(pts[i + 1], t) for i in range(len(pts) - 1)]
    return pts[0]


class Chaos:
    def __init__(self):
        self.transforms = [
            (0.5, 0.0, 0.0, 0.5, 0.0, 0.0),
            (0.5, 0.0, 0.0, 0.5, 0.5, 0.0),
            (0.5, 0.0, 0.0, 0.5, 0.25, 0.433),
        ]
        self.seed = 12345
        self.grid = {}

    def rand(self):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        return self.seed

    def step(self, p):
        a, b, c, d, e, f = self.transforms[self.rand() % 3]
        return Vec(a * p.x + b * p.y + e, c * p.x + d * p.y + f)

    def run(self, n):
        p = Vec(0.1, 0.1)
        for _ in range(n):
            p = self.step(p)
            key = (int(p.x * 64), int(p.y * 64))
            self.grid[key] = self.grid.get(key, 0) + 1
        return p


total = 0.0
for rep in range(3):
    b = float_bench(40000)
    total += b.x + b.y + b.z
ctrl = [Vec(0.0, 0.0, 1.0), Vec(1.0, 2.0, 0.5), Vec(3.0, -1.0, 2.0), Vec(4.0, 0.5, -1.0), Vec(5.0, 1.5, 0.0)]
acc = Vec(0.0, 0.0)
for i in range(3000):
    q = bezier(ctrl, i / 3000.0)
    acc = acc + q
total += acc.norm
c = Chaos()
last = c.run(150000)
print(round(total, 6), len(c.grid), max(c.grid.values()), round(last.x + last.y, 9))

# Classes, method calls and float math: a small ray tracer rendering spheres to a checksum.
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, center, radius, shade):
        self.center = center
        self.radius = radius
        self.shade = shade

    def hit(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, -1.0, 3.0), 1.0, 0.9),
            Sphere(Vec(2.0, 0.0, 4.0), 1.0, 0.6),
            Sphere(Vec(-2.0, 0.0, 4.0), 1.0, 0.3),
            Sphere(Vec(0.0, -5001.0, 0.0), 5000.0, 0.5),
        ]
        self.light = Vec(1.0, 4.0, -4.0).norm()

    def trace(self, origin, direction):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.hit(origin, direction)
            if t is not None and t < best_t:
                best, best_t = obj, t
        if best is None:
            return 0.0
        point = origin + direction.scale(best_t)
        normal = (point - best.center).norm()
        lambert = normal.dot(self.light)
        if lambert < 0:
            lambert = 0.0
        for obj in self.objects:
            if obj is not best and obj.hit(point, self.light) is not None:
                lambert *= 0.3
                break
        return best.shade * (0.2 + 0.8 * lambert)


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 0.0, 0.0)
    total = 0.0
    for j in range(height):
        for i in range(width):
            x = (i - width / 2) / width
            y = -(j - height / 2) / height
            total += scene.trace(eye, Vec(x, y, 1.0).norm())
    return total


print("%.6f" % render(180, 180))

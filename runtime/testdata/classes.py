class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"

class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
    def __eq__(self, other):
        return isinstance(other, Dog) and self.name == other.name

a = Animal("cat")
d = Dog("rex")
print(a, d.speak(), a.speak(), Dog.kind, d.kind)
print(d == Dog("rex"), d == a, d != Dog("x"), isinstance(d, Animal), Dog.__mro__)
print(type(d).__name__, Dog.__bases__)

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __lt__(self, o):
        return self.x < o.x
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @staticmethod
    def zero():
        return Vec(0, 0)
    @classmethod
    def unit(cls):
        return cls(1, 0)

v = Vec(1, 2) + Vec(3, 4)
print(v, v * 2, 3 * v, len(v), list(v), v.norm2, Vec.zero(), Vec.unit())
print(sorted([Vec(3, 0), Vec(1, 0)], key=lambda p: p.x)[0], min(Vec(5, 1), Vec(2, 2)))

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
for _ in range(3):
    Counter()
print(Counter.count)

class MyErr(Exception):
    pass
try:
    raise MyErr("bad", 1)
except Exception as e:
    print(type(e).__name__, e, e.args, repr(e))

print(hasattr(a, "name"), getattr(a, "nope", 5), callable(a), callable(Animal))
setattr(a, "age", 3)
print(a.age, a.__dict__)
try:
    a.missing
except AttributeError as e:
    print(e)

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point(x={self.x}, y={self.y})"
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r): self.center, self.r = center, r
class Rect:
    __match_args__ = ("w", "h")
    def __init__(self, w, h): self.w, self.h = w, h
def describe(s):
    match s:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0) if x > 0:
            return f"positive x axis {x}"
        case Point():
            return f"point {s.x},{s.y}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle r={r} at {c}"
        case Rect(w, h) if w == h:
            return f"square {w}"
        case Rect(w, h):
            return f"rect {w}x{h}"
        case [Point() as p, *rest]:
            return f"list starting {p} then {len(rest)}"
        case {"type": "circle", "r": r, **others}:
            return f"dict circle {r} {others}"
        case {"type": t}:
            return f"dict {t}"
        case (1 | 2 | 3) as n:
            return f"small {n}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as text if text.isupper():
            return "shout " + text
        case str(text):
            return "text " + text
        case [a, b]:
            return f"pair {a} {b}"
        case [a, *_, z]:
            return f"seq {a}..{z}"
        case None:
            return "none"
        case _:
            return f"other {type(s).__name__}"
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(-1, 0), Circle(Point(1, 2), 11), Circle(Point(0, 0), 1),
          Rect(2, 2), Rect(2, 3), [Point(1, 1), 2, 3], {"type": "circle", "r": 2, "c": 1}, {"type": "sq"},
          2, 7, 2.5, "HI", "hi", (1, 2), [1, 2, 3, 4], None, {1}, b"x", True]:
    print(describe(s))
class BadArgs:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1
try:
    match BadArgs():
        case BadArgs(x, y): pass
except TypeError as e:
    print(e)
try:
    match 5:
        case int(a, b): pass
except TypeError as e:
    print(e)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def col(c):
    match c:
        case Color.RED: return "red!"
        case Color.GREEN: return "green!"
print(col(Color.RED), col(Color.GREEN), col(3))
def cmd(line):
    match line.split():
        case ["go", ("north" | "south") as d]: return f"going {d}"
        case ["go", d]: return f"can't go {d}"
        case ["take", *items] if items: return f"taking {', '.join(items)}"
        case ["quit" | "exit"]: return "bye"
        case []: return "empty"
        case _: return "?"
for l in ["go north", "go west", "take a b", "take", "quit", "", "dance now"]:
    print(repr(l), cmd(l))
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}: print("rest", rest)
match "abc":
    case [*x]: print("str is seq?", x)
    case _: print("str not seq")
match range(3):
    case [0, 1, 2]: print("range matched")

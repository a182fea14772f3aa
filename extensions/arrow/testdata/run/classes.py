# a -> b calls type(a).__arrow__(a, b), then type(b).__rarrow__(b, a)
class Left:
    def __arrow__(self, other):
        return f"Left.__arrow__({other!r})"
    def __repr__(self):
        return "Left()"

class Right:
    def __rarrow__(self, other):
        return f"Right.__rarrow__({other!r})"
    def __repr__(self):
        return "Right()"

class Both(Left, Right):
    def __repr__(self):
        return "Both()"

class Declines:
    def __arrow__(self, other):
        return NotImplemented
    def __repr__(self):
        return "Declines()"

print(Left() -> 1)
print(1 -> Right())
print(Left() -> Right())
print(Declines() -> Right())
print(Both() -> Both())

# the reflected method of a subclass of the left operand's type goes first
class Base:
    def __arrow__(self, other):
        return "Base.__arrow__"
    def __rarrow__(self, other):
        return "Base.__rarrow__"

class Sub(Base):
    def __rarrow__(self, other):
        return "Sub.__rarrow__"

print(Base() -> Sub())
print(Sub() -> Base())
print(Base() -> Base())

# left-associative: (a -> b) -> c
class Trace:
    def __init__(self, path):
        self.path = path
    def __arrow__(self, step):
        return Trace(self.path + [step])
print((Trace([]) -> "a" -> "b" -> "c").path)

# the special method is looked up on the type, not the instance
t = Trace([])
t.__arrow__ = lambda step: "instance attribute"
print((t -> "x").path)

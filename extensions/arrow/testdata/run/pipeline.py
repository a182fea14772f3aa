# pipelines of functions: a value flows through a chain of steps
class Step:
    def __init__(self, f, name):
        self.f, self.name = f, name
    def __rarrow__(self, value):
        return self.f(value)
    def __arrow__(self, other):
        # composing two steps gives a step
        return Step(lambda v: other.f(self.f(v)), f"{self.name} -> {other.name}")
    def __repr__(self):
        return f"<step {self.name}>"

double = Step(lambda x: x * 2, "double")
inc = Step(lambda x: x + 1, "inc")
show = Step(str, "str")

print(3 -> double -> inc)
print(3 -> inc -> double -> show)
both = double -> inc
print(both)
print([n -> both for n in range(4)])
print(10 -> (inc -> inc -> double))

def total(xs):
    return sum(xs)
print(range(5) -> Step(total, "total") -> double)

# a return annotation keeps its meaning; with an arrow inside it
def f() -> "doc" -> Step(str.upper, "upper"):
    return 1
print(f.__annotations__)

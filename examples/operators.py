# Two language extensions at work: run with --ext almosteq,arrow.
#   ~=  almost equal: math.isclose(a, b, rel_tol=1e-9, abs_tol=0.1)
#   ->  a binary operator of its own: type(a).__arrow__(a, b), then the
#       reflected type(b).__rarrow__(b, a)
close = 0.1 + 0.2 ~= 0.3
print("0.1 + 0.2 ~= 0.3:", close, "  (== says", 0.1 + 0.2 == 0.3, end=")\n")
print("1 ~= 1.01:", 1 ~= 1.01, "  1 ~= 1.2:", 1 ~= 1.2)
print("chains like <:", 1 < 2 ~= 2.05 < 3)


class Step:
    """A step of a pipeline: value -> step applies it, step -> step composes."""

    def __init__(self, f, name=None):
        self.f, self.name = f, name or f.__name__

    def __rarrow__(self, value):
        return self.f(value)

    def __arrow__(self, other):
        return Step(lambda v: other.f(self.f(v)), f"{self.name} -> {other.name}")

    def __repr__(self):
        return f"<{self.name}>"


def strip_all(words):
    return [w.strip() for w in words]


def lower(words):
    return [w.lower() for w in words]


def dedupe(words):
    return sorted(set(words))


clean = Step(strip_all)
normalize = Step(lower) -> Step(dedupe)
summary = Step(lambda ws: f"{len(ws)} words: {', '.join(ws)}", "summary")

data = [" Arrow ", "almost", "ARROW", "equal ", "Almost"]
result = data -> clean -> normalize -> summary
print(result)
print("composed:", clean -> normalize -> summary)

try:
    1 -> 2
except TypeError as e:
    print("TypeError:", e)
try:
    "1" ~= 1
except TypeError as e:
    print("TypeError:", e)

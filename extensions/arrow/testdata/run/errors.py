# with neither method, -> is a TypeError worded like the other operators
for a, b in [(1, 2), ("a", 1.5), ([], None)]:
    try:
        a -> b
    except TypeError as e:
        print(e)

class Declines:
    def __arrow__(self, other):
        return NotImplemented
    def __rarrow__(self, other):
        return NotImplemented
try:
    Declines() -> Declines()
except TypeError as e:
    print(e)

def step(x):
    return x -> 1

print(step(2.5))

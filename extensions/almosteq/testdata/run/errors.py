# ~= on other types is a TypeError worded like the other comparisons
for a, b in [("a", 1), (1, "a"), ([1], [1]), (None, 0.0), (1j, 1)]:
    try:
        a ~= b
    except TypeError as e:
        print(type(e).__name__, e)

class Num:
    pass

try:
    Num() ~= 1
except TypeError as e:
    print(e)

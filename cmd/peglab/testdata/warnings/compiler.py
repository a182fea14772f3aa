# compile.c's warnings: check_compare, check_caller, check_subscripter,
# check_index and compiler_assert, in the order codegen raises them.
x = 1
a = x is 1
b = x is not "s"
c = x is None or x is True or x is ... or x is -1
d = 1 < x is (1, 2) is not ()
if x is 2 and x is not b"":
    pass
def f(y=x is 3.0):
    (1, 2)(3)
    [1]()
    {1: 2}()
    f"{x}"()
    (z for z in y)(1)
    {1}[0]
    5[0]
    None[0]
    (lambda: 1)[0]
    [1, 2][1, 2]
    "ab"[1.5]
    (1, 2)["a"]
    [z for z in y][None]
    [1][True]
    [1][0:1]
    y[1, 2] = 3
    assert (y, "message")
    assert ()
    assert (y)
    return x is 4
class C(object if x is 5 else object):
    v = x is 6
print(a, b, c, d, C.v, f.__defaults__)

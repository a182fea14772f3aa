def f(a,
      b):
    x = (a +
         b)
    if (a and
            b):
        return (x,
                a)
    assert a, "no a"
    del x
    return \
        b


def g(a):
    return a if a else (
        not a)


def h():
    x = 1; y = 2
    return x; 


def empty():
    pass


def doc():
    "a docstring"


def very_long_line(): return aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa + bbbbb


x = 1
if x:
    pass
elif x > 1:
    x = 2
else:
    x = 3

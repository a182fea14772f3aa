def f(x):
    return x.attr.other
f(None)

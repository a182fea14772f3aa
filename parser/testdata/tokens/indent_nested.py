def f(x):
    if x:
        for y in x:
            pass
    return 1

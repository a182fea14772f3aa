def f():
    return undefined_thing
x = [f() for _ in range(2)]

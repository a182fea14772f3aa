def f():
    raise ValueError("bad")
def g():
    try:
        f()
    except Exception as e:
        e.add_note("in g")
        raise
excs = []
for i in range(3):
    try:
        g()
    except Exception as e:
        excs.append(e)
excs.append(ExceptionGroup("inner", [TypeError("t"), KeyError("k")]))
raise ExceptionGroup("outer", excs)

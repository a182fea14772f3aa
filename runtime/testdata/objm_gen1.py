def inner():
    try:
        x = yield 1
        print("inner got", x)
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    finally:
        print("inner finally")
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer r", r)
    yield "outer-last"
g = outer()
print(next(g)); print(g.send("hello")); print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
g = outer(); next(g); g.close(); print("closed")
def echo():
    try:
        while True:
            try:
                v = yield
                print("echo", v)
            except ValueError:
                print("VE")
    finally:
        print("echo done")
e = echo(); next(e); e.send(1); e.throw(ValueError); e.send(2); e.close()
def deleg():
    yield from echo()
d = deleg(); next(d); d.send(5); d.throw(ValueError); d.close()
def gclose():
    try:
        yield 1
    except GeneratorExit:
        print("got exit")
        raise
g = gclose(); next(g); g.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
def st():
    yield 1
    return 5
g = st(); next(g)
try: g.send(None)
except StopIteration as e: print(e.value, e.args)
g = st()
try: g.send(3)
except TypeError as e: print(e)
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.gi_suspended if hasattr(g,'gi_suspended') else '')
g = (x*x for x in range(3)); print(list(g), list(g))
def thr():
    yield 1
g = thr()
try: g.throw(ValueError("early"))
except ValueError as e: print("early", e)
print(next(g, "exhausted"))

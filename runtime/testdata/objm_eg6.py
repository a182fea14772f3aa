def show(e, ind=0):
    print(" " * ind + repr(e), getattr(e, "__notes__", None))
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            show(x, ind + 2)
def t1():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("val")
        raise
    except* TypeError as e:
        print("type", e.exceptions)
        raise RuntimeError("new") from None
for f in [t1]:
    try:
        f()
    except BaseException as e:
        show(e)
        print(repr(e.__context__), repr(e.__cause__))
def t2():
    try:
        try:
            raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError("a"), OSError("b")]), ValueError("c")])
        except* ValueError as e:
            print("caught", repr(e))
    except* OSError as e:
        print("os", repr(e))
t2()
try:
    try:
        raise TypeError("naked")
    except* TypeError as e:
        print(repr(e), type(e.exceptions[0]))
        raise
except TypeError as e:
    print("naked reraised", repr(e))
eg = ExceptionGroup("n", [ValueError(1)])
eg.add_note("hello")
m, r = eg.split(ValueError)
print(m is eg, r)
eg2 = ExceptionGroup("n", [ValueError(1), KeyError(2)])
eg2.add_note("hello")
m, r = eg2.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg2.__notes__)
import sys
try:
    raise ExceptionGroup("x", [ValueError()])
except* ValueError:
    print(repr(sys.exc_info()[1]))
x = 0
try:
    raise ExceptionGroup("x", [ValueError(), ValueError()])
except* ValueError:
    x += 1
print(x)
def gen():
    try:
        yield 1
    except* KeyError as e:
        yield repr(e)
g = gen(); next(g); print(g.throw(KeyError("k")))
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
except* KeyboardInterrupt as e:
    print(repr(e))
except* ValueError as e:
    print(repr(e))

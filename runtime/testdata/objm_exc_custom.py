class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    pass
class Weird(Exception):
    def __repr__(self): return "Weird!"
def find(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(f"no {k}", 404) from e
try:
    find({}, "x")
except AppError as e:
    print(type(e).__name__, e, e.code, repr(e), type(e.__cause__).__name__, e.__suppress_context__)
print(repr(Weird("a")), str(Weird("a")), Weird().args)
class WithNote(ValueError): pass
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise WithNote("bad")
except WithNote as e:
    e.add_note("extra info")
    print(e.__notes__, type(e.__context__).__name__)
def deep(n):
    if n == 0:
        raise NotFound("deep", 7)
    deep(n - 1)
try:
    deep(3)
except NotFound as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames", n)
e = AppError("m", 3)
print(e.args, e.code)
class E2(Exception):
    pass
e2 = E2(1, 2, 3)
print(str(e2), repr(e2), e2.args)
try:
    raise E2
except E2 as x:
    print(repr(x))
try:
    deep(1)
except Exception as x:
    print(type(x).__name__, x.__traceback__.tb_lineno, x.__traceback__.tb_frame.f_code.co_name)
class Ctx(Exception):
    pass
def outer():
    try:
        inner()
    except KeyError as k:
        raise Ctx("outer failed") from k
def inner():
    {}["missing"]
try:
    outer()
except Ctx as c:
    print(repr(c.__cause__), c.__cause__.__traceback__ is not None)
try:
    raise ValueError("x") from None
except ValueError as v:
    print(v.__cause__, v.__suppress_context__)
e = NotFound("final", 500)
e.add_note("note A")
def fail():
    try:
        {}["k"]
    except KeyError:
        raise e
fail()

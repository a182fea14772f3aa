def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))

def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(*[1, 2], **{"c": 3, "z": 0}))

def pos(a, b, /, c):
    return a + b + c
print(pos(1, 2, c=3))

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c())

g = 10
def setg():
    global g
    g = 20
setg()
print(g)

square = lambda x: x * x
print(square(7), (lambda *a: a)(1, 2))

def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper

@deco
def hello(name):
    return "hi " + name
print(hello("bob"))

def gen(n):
    for i in range(n):
        yield i * 2
print(list(gen(4)), sum(x for x in range(10)))

def g2():
    x = yield 1
    print("got", x)
    yield from [10, 20]
    return 5
it = g2()
print(next(it), it.send("v"), next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)

for bad in [lambda: f(), lambda: f(1, 2), lambda: pos(1, b=2, c=3), lambda: fib(1, 2), lambda: fib(n=1, m=2), lambda: square()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(fib.__name__, f.__defaults__, f.__kwdefaults__)

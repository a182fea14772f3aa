def simple(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:
    local = a + b
    a, b = b, a
    x = y = local
    return x + y + c + d + e

def closure(n):
    count = 0
    def inner(step: int = 1):
        nonlocal count
        count += step + n
        return count
    def deleter():
        nonlocal count
        del count
    return inner, deleter

def generator(items):
    for i in items:
        if i:
            yield i
        else:
            continue
    yield from items
    return (yield)

async def coroutine(session):
    async with session.get() as response:
        async for chunk in response:
            await chunk
    return [x async for x in session if await x]

async def async_generator():
    yield 1

def comprehensions(data):
    a = [x * 2 for x in data if x]
    b = {x: y for x, y in data}
    c = {x for x in data}
    d = (x for x in data)
    e = [[y for y in x] for x in data]
    return a, b, c, d, e

def exceptions(f):
    try:
        f()
    except ValueError as err:
        print(err)
    except (TypeError, KeyError):
        raise
    else:
        return 1
    finally:
        print("done")

def exceptions2(f):
    try:
        f()
    except* ValueError as eg:
        print(eg)
    try:
        return f()
    finally:
        f()

def withs(path):
    with open(path) as f, open(path) as g:
        return f.read() + g.read()

def loops(n):
    total = 0
    while n > 0:
        n -= 1
        if n == 5:
            break
        total += n
    else:
        total = -1
    for i in range(10):
        for j in range(i):
            if j:
                continue
    return total

def defaults(a=[], *, b={}):
    return lambda x=a: x

def star_calls(f, args, kwargs):
    f(*args)
    f(*args, **kwargs)
    f(1, *args, x=2, **kwargs)
    f(x=1, y=2)
    return f.method(1, key=2)

def unbound():
    print(value)
    value = 1
    return value

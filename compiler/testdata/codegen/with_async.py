def f():
    with a as b, c:
        x = 1
    with d:
        return 2
    for i in y:
        with e:
            break
def g():
    yield 1
    x = yield
    yield from z
async def h():
    await q
    async with a as b:
        pass
    async for i in it:
        continue
    else:
        pass
    [x async for x in y if x]
    return [await x for x in y]
async def ag():
    yield 1
    async with a, b:
        return
x = (i for i in range(3))
async def h2():
    return {k: v async for k in a for v in b}
def with_in_try():
    try:
        with open(p) as (a, b):
            return a
    except:
        pass
def with_continue(xs):
    while xs:
        with lock:
            continue
async def async_gen_comp():
    return (x async for x in ait())
async def nested_async(a):
    async for x in a:
        async for y in x:
            break
    return [y for x in a async for y in x]
def gen_return():
    yield 1
    return 2
lam = lambda: (yield)

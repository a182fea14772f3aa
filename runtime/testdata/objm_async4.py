import types
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        yield ("sleep", self.n)
        return self.n
async def task(name, n):
    total = 0
    for i in range(n):
        total += await Sleep(i)
        print(name, "step", i)
    return (name, total)
def run(coros):
    ready = list(coros)
    results = {}
    while ready:
        c = ready.pop(0)
        try:
            c.send(None)
            ready.append(c)
        except StopIteration as e:
            results[e.value[0]] = e.value[1]
    return results
print(run([task("a", 3), task("b", 2)]))
async def ag():
    try:
        yield 1
        yield 2
    finally:
        print("ag finally")
async def main():
    g = ag()
    print(await g.__anext__())
    print(await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stop async")
    g2 = ag()
    await g2.__anext__()
    try:
        await g2.athrow(ValueError("x"))
    except ValueError as e:
        print("athrow", e)
    try:
        await 5
    except TypeError as e:
        print(e)
    async def inner():
        raise KeyError("k")
    try:
        await inner()
    except KeyError as e:
        print("caught", e)
    c = inner()
    print(type(c).__name__, c.cr_running, c.__name__, c.__qualname__)
    c.close()
    class AI:
        def __init__(self): self.i = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.i += 1
            if self.i > 3: raise StopAsyncIteration
            return self.i
    print([x async for x in AI()])
    async for x in AI():
        if x == 2: break
        print("ai", x)
    try:
        async for x in 5: pass
    except TypeError as e:
        print(e)
    try:
        async with 5: pass
    except TypeError as e:
        print(e)
    return "ok"
c = main()
try:
    while True: c.send(None)
except StopIteration as e:
    print(e.value)
@types.coroutine
def legacy():
    yield "legacy"
    return 7
async def uses():
    return await legacy()
c = uses(); print(c.send(None))
try: c.send(None)
except StopIteration as e: print(e.value)
async def boom():
    await Sleep(1)
    raise ValueError("boom")
c = boom(); c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("boom", e)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
c = boom()
c.send(None)
c.throw(RuntimeError("thrown"))

import types
async def co(x):
    return x * 2
c = co(3)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("val", e.value)
async def agen():
    for i in range(3):
        yield i
async def main():
    r = await co(5)
    print(r)
    async for v in agen():
        print("ag", v)
    print([v async for v in agen()])
    class CM:
        async def __aenter__(self):
            print("enter"); return self
        async def __aexit__(self, *a):
            print("exit", a); return False
    async with CM() as m:
        print("body", type(m).__name__)
    return "done"
c = main()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)
class Aw:
    def __await__(self):
        x = yield 1
        print("got", x)
        return 42
async def w():
    return await Aw()
c = w()
print(c.send(None))
try:
    c.send("hi")
except StopIteration as e:
    print(e.value)
print(co.__name__, co.__qualname__)


match x:
    case [a, *_] if a: pass
type X = int
async def f(): await g()

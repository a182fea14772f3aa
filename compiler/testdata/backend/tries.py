import os


def f(path):
    try:
        fd = os.open(path, 0)
    except FileNotFoundError as e:
        print(e)
        return None
    except (OSError, ValueError):
        raise
    else:
        return fd
    finally:
        print("done")


def g():
    for i in range(3):
        try:
            if i:
                break
            continue
        finally:
            print(i)


def h(x):
    try:
        pass
    except* ValueError as eg:
        print(eg)
    except* TypeError:
        pass


def w(p):
    with open(p) as f, open(p + "x") as g:
        return f.read() + g.read()


async def aw(p):
    async with p as q:
        async for x in q:
            await x

match x:
    case [*_]: pass
    case [a, *_]: pass
    case [*a]: pass
    case [a, *_, b]: pass
    case 1 if y: pass
    case _: pass
def f(x):
    match x:
        case 1 | 2 | 3: pass
        case [a, b] | (b, a): pass
        case {"k": v, **rest}: pass
        case {1: _, "a": [c, *d]}: pass
        case {}: pass
        case Point(x=0, y=yy) as p: pass
        case Point(1, _, z): pass
        case None | True: pass
        case str() | bytes(): pass
        case [*_]: pass
        case (a, *_, b): pass
        case [(1 | 2), r] if r: pass
        case {"a": (A() | B()) as w}: pass
        case -1.5 | 1+2j: pass
        case x.y.z: pass
        case n if n > 0: return n
        case _ if x: pass
    match x:
        case _: pass
    match x:
        case a:
            pass
def captures(cmd):
    match cmd.split():
        case [("go" | "move") as verb, direction] if direction in dirs:
            return verb, direction
        case ["drop", *objects]:
            return objects
        case {"x": x, "y": y, **kw} if not kw:
            return x, y
        case (1, 2) | [3, 4]:
            return 0
        case [a, b] | [b, a, _]:
            return a + b
        case Point(x, y) | Point3(y, x):
            return x
        case str(s) | bytes(s):
            return s
        case {1: a} | {2: a}:
            return a
class Cls:
    def m(self, v):
        match v:
            case {"k": self.__x}: pass
            case _: pass

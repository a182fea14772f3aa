def f[T, *Ts, **P](a: T, *b: *Ts) -> T: pass
def g[T: int, U: (str, bytes) = str](x=1, *, y=2): pass
def h[T = int](x=1): return T
class C[T](Base, metaclass=M):
    x: T
    def m(self) -> T: return self.__p
class D[T]: pass
__q = 1
type A = int
type B[T, *Ts = (int,)] = list[T]
class E:
    def meth[T](self): return __z
    type X[Q] = Q
def kw_only[T](*, a: T = 1): pass
def both[T](x=1, *, y=2) -> T: pass
@deco
class Gen[T: (int, str), *Ts, **P = [int]](Base[T]):
    def m[U](self, u: U) -> T: ...
def outer():
    x = 1
    class Inner[T]:
        y = x
    type Al[T] = dict[T, x]
    return Inner, Al

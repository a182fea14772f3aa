f()
f(a, b, c=1, d=2)
f(*args)
f(a, *args)
f(**kw)
f(a, **kw)
f(*a, *b, **c, **d)
f(x=1, **kw, y=2, z=3)
o.m()
o.m(a, b)
o.m(*a)
o.m(**k)
o.a.b.c(1)
import mod
mod.f(1)
(a
 .b
 .c(1))
f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31)
o.m(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31)
f(a0=0, a1=1, a2=2, a3=3, a4=4, a5=5, a6=6, a7=7, a8=8, a9=9, a10=10, a11=11, a12=12, a13=13, a14=14, a15=15, a16=16)
class A(B, C, metaclass=M, **kw):
    def f(self):
        super().f()
        super(A, self).g(1)
        return super().x, super(A, self).y, super().__class__
    def g():
        super().f()
    @staticmethod
    def h(*args):
        super().f()
def free():
    super().f()

import sys
def f(a, b=2, *args, c=3, d, **kw) -> int:
    "doc"
    x = 1
    def inner():
        return x + a
    return inner
c = f.__code__
print(c.co_name, c.co_argcount, c.co_kwonlyargcount, c.co_posonlyargcount, c.co_varnames, c.co_cellvars, c.co_freevars, c.co_nlocals, c.co_flags, c.co_filename.endswith(".py"), c.co_firstlineno, c.co_qualname)
print(c.co_consts[0], type(c.co_code), c.co_names, c.co_stacksize)
print(f.__defaults__, f.__kwdefaults__, f.__annotations__, f.__qualname__, f.__module__, f.__name__, f.__doc__)
inn = f(1, d=4)
print(inn.__closure__[0].cell_contents, inn.__closure__[1].cell_contents, inn.__qualname__, inn.__code__.co_freevars)
print(type(inn.__closure__[0]).__name__, repr(inn.__closure__[0])[:8])
def g():
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name, sorted(fr.f_locals))
    y = 2
    print(sorted(sys._getframe().f_locals))
    print(sys._getframe(1).f_code.co_name)
g()
class A:
    x = 1
    def m(self): pass
class B(A): pass
class C(A): pass
print(dir(B()) == dir(B), [n for n in dir(A) if not n.startswith('__')])
print(dir(A))
print(vars(A).keys())
print(B.__mro__, A.__subclasses__())
o = B(); o.q = 1
print(vars(o), o.__dict__)
print(A.m.__qualname__, A.m.__module__, A.__qualname__, A.__module__)

print(dir([])[-5:])
print(list(f.__code__.co_lines())[:3])
print(list(c.co_varnames))
print(type(sys._getframe()).__name__)
def h(): pass
print(h.__defaults__, h.__kwdefaults__, h.__closure__, h.__annotations__, h.__dict__, h.__globals__ is globals())

x = 5
print(dir()[:5])

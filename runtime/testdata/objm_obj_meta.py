class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a)
        return super().__call__(*a, **k)
class Thing(metaclass=OrderedMeta, tag="t"):
    b = 2
    def m(self): return self.b
t = Thing()
print(Thing.tag, Thing.injected, t.m(), type(Thing).__name__)
class Sub(Thing): pass
print(Sub.tag, type(Sub))
class Registry:
    subclasses = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Registry.subclasses.append(cls.__name__)
class R1(Registry, key="one"): pass
class R2(R1): pass
print(Registry.subclasses, R1.key, R2.key)
try:
    class R3(Registry, bogus=1, key=2): pass
except TypeError as e:
    print(e)
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], list[int], dict[str, list[int]])
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self, v): self.v = v
print(Conf(1) is Conf(2), Conf(3).v)
Dyn = type("Dyn", (object,), {"x": 5, "hi": lambda self: "hi"})
print(Dyn().x, Dyn().hi(), Dyn.__name__, Dyn.__module__)
print(type(Dyn), type(type), isinstance(Dyn, type))
class AM(type):
    def __repr__(cls): return f"<AM {cls.__name__}>"
    def __len__(cls): return 3
    def __getitem__(cls, k): return k * 2
    def __iter__(cls): return iter([1, 2])
class UsesAM(metaclass=AM): pass
print(repr(UsesAM), len(UsesAM), UsesAM[4], list(UsesAM))
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class A3(A1, A2): pass
except TypeError as e:
    print(e)
class Field:
    def __set_name__(self, owner, name):
        owner.fields = getattr(owner, "fields", []) + [name]
class Model:
    a = Field(); b = Field(); c = Field()
print(Model.fields)
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Sq(Shape):
    def area(self): return 4
print(Sq().area())
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape): pass
try: Half()
except TypeError as e: print(e)

class A:
    x = 1
    def m(self): pass
print(A.__dict__["x"], type(A.__dict__).__name__, sorted(k for k in A.__dict__ if not k.startswith("__")))
import types
mp = types.MappingProxyType({"a": 1})
print(mp, repr(mp), mp["a"], len(mp), list(mp.items()), mp.get("b", 0), "a" in mp, mp == {"a": 1})
try: mp["b"] = 2
except TypeError as e: print(e)
import enum
class C(enum.Enum):
    R = 1
print(type(C.__members__).__name__, list(C.__members__))

import abc

class Base(metaclass=abc.ABCMeta):
    """Doc."""
    attr: int = 0
    def method(self):
        return self.attr

    @property
    def prop(self):
        return super().method()

    @classmethod
    def cm(cls):
        return super(Base, cls).__name__

class Child(Base, object, keyword=1):
    def method(self):
        result = super().method()
        return __class__, result

    def __init__(self):
        self.x = 1
        del self.x

class Generic[T, *Ts, **P]:
    def meth[U: int, V: (str, bytes) = str](self, a: U) -> V:
        return a

type Alias[K] = dict[K, int]
type Simple = list

def generic_func[T](x: T) -> T:
    return x

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, eg.exceptions)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(KeyError))
try:
    raise eg
except* ValueError as e:
    print("V", repr(e))
except* TypeError as e:
    print("T", repr(e))
try:
    try:
        raise ExceptionGroup("x", [KeyError(1), OSError(2)])
    except* KeyError:
        print("caught key")
except ExceptionGroup as e:
    print("rest", repr(e))
e = ValueError("a")
e.add_note("note1")
e.add_note("note2")
print(e.__notes__)
try:
    BaseExceptionGroup("x", [KeyboardInterrupt()])
    print(type(BaseExceptionGroup("x", [ValueError()])))
except Exception as x:
    print(x)
try:
    ExceptionGroup("x", [])
except ValueError as x:
    print(x)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as x:
    print(x)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
eg = MyEG("m", [ValueError(1), TypeError(2)])
print(repr(eg.split(ValueError)))
try:
    raise ValueError(5)
except* ValueError as e:
    print(repr(e))
print(isinstance(eg, BaseExceptionGroup), ExceptionGroup.__mro__)

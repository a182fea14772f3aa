class A:
    def __init__(self, x, *, y=2):
        self.s = x + y
print(A(1).s, A(1, y=5).s)
try:
    A()
except TypeError as e:
    print(e)
class B:
    def __init__(self):
        return 5
B()

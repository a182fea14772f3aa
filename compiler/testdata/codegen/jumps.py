if a:
    x = 1
else:
    x = 2
x = [a for a in b if c or d]
assert not (a and b)
while a or b:
    pass
while not ret and s < len(key):
    if k:
        c = 1
    elif j:
        d = 2
import os
[os.f(x) for x in y]
def g():
    [os.f(x) for x in y]
    import sys
    sys.f(1)
class C:
    [os.f(x) for x in y]
    os.f(1)

from p import *
print(sorted(k for k in dir() if not k.startswith("__")))
from p.m import *
print(sorted(k for k in dir() if not k.startswith("__")))
import p
print(sorted(k for k in dir(p) if not k.startswith("__")))

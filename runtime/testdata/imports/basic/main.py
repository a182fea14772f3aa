import mod
print(mod.f(), mod.__name__, __name__)
import pkg
from pkg import sub
from pkg.sub import deep
print(deep.X, pkg.helper.Y)
from pkg import *
print(exported)
print('hidden' in dir())
import ns.inner.leaf
print(ns.inner.leaf.Z)
print(type(ns.__path__).__name__ in ('list', '_NamespacePath'))
print(mod.__spec__.name, repr(mod.__spec__.parent), pkg.__spec__.parent, pkg.__package__, sub.__package__, deep.__package__)
print(mod.__file__ == mod.__spec__.origin, mod.__spec__.has_location)
import sys
print(sys.modules['pkg.sub.deep'] is deep, 'mod' in sys.modules)
import importlib
print(importlib.import_module('pkg.sub.deep').X)
print(importlib.import_module('.helper', 'pkg').Y)
print(__import__('pkg.sub').__name__)
print(__import__('pkg.sub', fromlist=['x']).__name__)
try:
    import nothere
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import mod.x
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from pkg import nope
except ImportError as e:
    print(str(e).replace(__file__.rsplit('/', 1)[0], 'D'), e.name)
try:
    from . import mod
except ImportError as e:
    print(e)

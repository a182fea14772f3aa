import os, os.path
print(os.path.join("a", "b", "c.py"), os.path.splitext("x/y.tar.gz"), os.path.basename("/a/b"), os.path.dirname("/a/b"))
print(os.path.normpath("a//b/../c"), os.path.isabs("/x"), os.sep, os.fspath("p"))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.isdir(here), os.path.isfile(__file__), sorted(n for n in os.listdir(here) if n.endswith(".py")))
try:
    os.stat(os.path.join(here, "nothere"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
import glob, fnmatch
print(fnmatch.fnmatch("abc.py", "*.py"), [os.path.basename(p) for p in glob.glob(os.path.join(here, "*.py"))])

import io, os, shlex, tempfile
s = io.StringIO("line1\nline2\n")
print(s.readline(), s.read(), s.tell())
s.write("x"); print(repr(s.getvalue()))
b = io.BytesIO(b"abc"); b.seek(1); print(b.read(), isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase))
print(shlex.split("a 'b c' d"), shlex.quote("x y"))
here = os.path.dirname(os.path.abspath(__file__))
p = os.path.join(here, "tmp_out.txt")
with open(p, "w") as f:
    f.write("hello\nworld\n")
with open(p) as f:
    print(f.readlines())
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
print(os.path.exists(p))

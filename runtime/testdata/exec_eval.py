g = {"x": 2}
exec("y = x * 21", g)
print(g["y"], eval("x + 1", g), eval("[i for i in range(3)]"))
z = 5
exec("print(z * 2)")
print(eval("z ** 2"), eval("len('abc')"))
code = compile("a = 1\nb = a + 1\n", "<cfg>", "exec")
ns = {}
exec(code, ns)
print(ns["b"], type(code).__name__)
try:
    eval("1 +")
except SyntaxError as e:
    print("syntax:", e.msg, e.lineno, e.offset, repr(e.text), str(e))
exec("def f(n):\n    return n * 3\nprint(f(4))")
exec("1 / 0")

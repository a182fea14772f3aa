import ast, warnings
src = '''
import os, sys as system
from . import x
def f(a, /, b: int = 1, *args, c, d=2, **kw) -> "r":
    """doc"""
    global g
    return [i ** 2 for i in range(a) if i % 2]
class C(Base, metaclass=M):
    x: int = 3
    async def m(self):
        async with a as b, c:
            await x
        async for y in z:
            yield y
match p:
    case [1, *rest] | {"k": v, **kw} if v:
        pass
    case Point(x=0) as pt:
        pass
try:
    pass
except* ValueError as e:
    raise X from e
finally:
    del a[1:2, ::3]
lam = lambda x, *y: (x, *y)
s = f"{a!r:>{w}} {b=}"
t = a if b else c
w = (yield)
type Alias[T: int, *Ts, **P] = list[T]
'''
t = ast.parse(src)
print(ast.dump(t, indent=1))
print(ast.dump(t, include_attributes=True)[:2000])
print(ast.unparse(t))
print(ast.dump(ast.parse('x + 1', mode='eval')))
print(ast.dump(ast.parse('(int, str) -> bool', mode='func_type')))
print(ast.dump(compile('1 + 2 * 3', '<s>', 'eval', ast.PyCF_OPTIMIZED_AST)))
print(ast.literal_eval("[1, 2.5, 'a', (None, True), {1: b'x'}]"))
n = ast.Name('x')
print(ast.dump(n), n._fields, n.__match_args__, ast.Name._attributes)
print(ast.Name._field_types, ast.FunctionDef._field_types)
print(ast.expr.__doc__.splitlines()[:2], ast.Name.__doc__, ast.operator.__doc__)
print([c.__name__ for c in ast.Name.__mro__], isinstance(t, ast.AST), isinstance(t.body[0], ast.stmt))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    ast.BinOp(left=ast.Constant(1))
    ast.Name('x', foo=1)
    print(sorted(str(x.message) for x in w))
for bad in ["ast.Name('x', ast.Load(), 1)", "ast.Name('x', id='y')"]:
    try:
        eval(bad)
    except TypeError as e:
        print('TypeError', e)
for node in ast.walk(ast.parse('a.b(c)[d]')):
    print(type(node).__name__, end=' ')
print()
class V(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.copy_location(ast.Constant(node.value * 10), node)
print(ast.unparse(V().visit(ast.parse('x = 1 + 2'))))
print(ast.get_docstring(t.body[3]), ast.get_source_segment(src, t.body[3].body[1]))
try:
    ast.parse('x = (1,')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.offset)

import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/%()^,=])|([A-Za-z_]\w*))")
class Num:
    __match_args__ = ("v",)
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Num({self.v!r})"
class Var:
    __match_args__ = ("name",)
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Var({self.name!r})"
class BinOp:
    __match_args__ = ("op", "l", "r")
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def __repr__(self): return f"BinOp({self.op!r}, {self.l!r}, {self.r!r})"
class Neg:
    __match_args__ = ("e",)
    def __init__(self, e): self.e = e
class Call:
    __match_args__ = ("fn", "args")
    def __init__(self, fn, args): self.fn, self.args = fn, args
class Assign:
    __match_args__ = ("name", "e")
    def __init__(self, name, e): self.name, self.e = name, e
class ParseError(Exception): pass
def tokenize(s):
    pos, out = 0, []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m or m.end() == pos:
            raise ParseError(f"bad character at {pos}: {s[pos]!r}")
        num, op, name = m.groups()
        out.append(("num", float(num) if "." in num else int(num)) if num else ("op", op) if op else ("name", name))
        pos = m.end()
    return out
class Parser:
    def __init__(self, toks): self.toks, self.i = toks, 0
    def peek(self): return self.toks[self.i] if self.i < len(self.toks) else (None, None)
    def take(self, val=None):
        t = self.peek()
        if val is not None and t[1] != val:
            raise ParseError(f"expected {val!r}, got {t[1]!r}")
        self.i += 1
        return t
    def statement(self):
        if len(self.toks) >= 2 and self.toks[0][0] == "name" and self.toks[1] == ("op", "="):
            name = self.take()[1]; self.take("=")
            return Assign(name, self.expr())
        return self.expr()
    def expr(self):
        e = self.term()
        while self.peek()[1] in ("+", "-"):
            e = BinOp(self.take()[1], e, self.term())
        return e
    def term(self):
        e = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            e = BinOp(self.take()[1], e, self.factor())
        return e
    def factor(self):
        b = self.unary()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return BinOp("**", b, self.factor())
        return b
    def unary(self):
        if self.peek()[1] == "-":
            self.take(); return Neg(self.unary())
        return self.atom()
    def atom(self):
        kind, v = self.take()
        if kind == "num": return Num(v)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = []
                if self.peek()[1] != ")":
                    args.append(self.expr())
                    while self.peek()[1] == ",":
                        self.take(); args.append(self.expr())
                self.take(")")
                return Call(v, args)
            return Var(v)
        if v == "(":
            e = self.expr(); self.take(")"); return e
        raise ParseError(f"unexpected {v!r}")
import math
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}
def evaluate(node, env):
    match node:
        case Num(v): return v
        case Var(name):
            if name not in env: raise NameError(f"undefined variable {name!r}")
            return env[name]
        case Neg(e): return -evaluate(e, env)
        case BinOp("+", l, r): return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r): return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r): return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            d = evaluate(r, env)
            if d == 0: raise ZeroDivisionError("division by zero in expression")
            return evaluate(l, env) / d
        case BinOp("%", l, r): return evaluate(l, env) % evaluate(r, env)
        case BinOp("**", l, r): return evaluate(l, env) ** evaluate(r, env)
        case Call(fn, args): return FUNCS[fn](*[evaluate(a, env) for a in args])
        case Assign(name, e):
            env[name] = evaluate(e, env); return env[name]
    raise TypeError(f"unknown node {node!r}")
env = {"pi": 3.14159}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-4 + 10 % 3", "x = 7", "x * x - 1", "sqrt(16) + max(1, x, 3)",
             "10 / 4", "1 / 0", "y + 1", "3 $ 4", "(1 + 2", "abs(-2.5) * pi"]:
    try:
        tree = Parser(tokenize(line)).statement()
        print(f"{line:25} => {evaluate(tree, env)!r}")
    except (ParseError, ZeroDivisionError, NameError) as e:
        print(f"{line:25} !! {type(e).__name__}: {e}")
print(Parser(tokenize("a + b * 2")).statement())
print(sorted(env.items()))
evaluate(Parser(tokenize("q * 2")).statement(), env)

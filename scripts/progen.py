#!/usr/bin/env python3
"""Writes random *runnable* Python programs for differential testing of every
stage against CPython 3.13 (scripts/progen-diff.sh).

  progen.py DIR N [SEED]

Each program is built from a typed environment: variables of known types
(int, float, str, bool, list of int, dict of str to int, tuple), so that the
expressions it combines are mostly well-typed, and the few that are not
(division by zero, bad indexes, missing keys, int('x')) sit inside try
blocks that print the exception. Programs use functions with every argument
form, closures and nonlocal, classes with methods, properties, dunder
operators and inheritance, generators, comprehensions, f-strings and
%-formatting, while/for with break/else, match, with, and print results as
they go, so that the output pins down every value. Loops and sizes are
bounded; nothing depends on the clock, addresses or the environment.
Same seed, same programs.
"""
import os
import random
import sys

INDENT = "    "


class Gen:
    def __init__(self, rnd):
        self.r = rnd
        self.lines = []
        self.n = 0
        self.funcs = []  # (name, nparams) of int functions
        self.classes = []

    def fresh(self, prefix):
        self.n += 1
        return "%s%d" % (prefix, self.n)

    def emit(self, depth, text):
        self.lines.append(INDENT * depth + text)

    # --- expressions by type ---------------------------------------------------

    def int_expr(self, env, d=2):
        r = self.r
        ints = [v for v, t in env.items() if t == "int"]
        if d <= 0 or r.random() < 0.3:
            if ints and r.random() < 0.6:
                return r.choice(ints)
            return str(r.choice([0, 1, 2, 3, 7, 10, 42, 255, 1000, -1, -5, 2**31, 2**63 - 1, 10**20]))
        k = r.randrange(16)
        a, b = self.int_expr(env, d - 1), self.int_expr(env, d - 1)
        if k < 5:
            return "(%s %s %s)" % (a, r.choice(["+", "-", "*", "&", "|", "^"]), b)
        if k == 5:
            return "(%s // (abs(%s) + 1))" % (a, b)
        if k == 6:
            return "(%s %% (abs(%s) + 1))" % (a, b)
        if k == 7:
            return "(%s << (abs(%s) %% 70))" % (a, b)
        if k == 8:
            return "(-%s)" % a
        if k == 9:
            return "len(%s)" % self.str_expr(env, d - 1)
        if k == 10:
            return "(abs(%s) ** (abs(%s) %% 5))" % (a, b)
        if k == 11 and self.funcs:
            name, n = r.choice(self.funcs)
            return "%s(%s)" % (name, ", ".join(self.int_expr({}, d - 1) for _ in range(n)))
        if k == 12:
            return "(%s if %s else %s)" % (a, self.bool_expr(env, d - 1), b)
        if k == 13:
            return "sum(%s)" % self.list_expr(env, d - 1)
        if k == 14:
            return "int(%s)" % self.float_expr(env, d - 1).replace("inf", "1")
        return "max(%s, %s)" % (a, b)

    def float_expr(self, env, d=2):
        r = self.r
        fl = [v for v, t in env.items() if t == "float"]
        if d <= 0 or r.random() < 0.3:
            if fl and r.random() < 0.6:
                return r.choice(fl)
            return repr(r.choice([0.0, 0.5, 1.5, -2.25, 3.141592653589793, 1e-7, 1e16, 2.5e-300, 0.1]))
        k = r.randrange(8)
        a, b = self.float_expr(env, d - 1), self.float_expr(env, d - 1)
        if k < 3:
            return "(%s %s %s)" % (a, r.choice(["+", "-", "*"]), b)
        if k == 3:
            return "(%s / (abs(%s) + 1.0))" % (a, b)
        if k == 4:
            return "float(%s)" % self.int_expr(env, d - 1)
        if k == 5:
            return "round(%s, %d)" % (a, r.randrange(4))
        if k == 6:
            return "(%s %% 7.5)" % a
        return "abs(%s)" % a

    def str_expr(self, env, d=2):
        r = self.r
        ss = [v for v, t in env.items() if t == "str"]
        if d <= 0 or r.random() < 0.3:
            if ss and r.random() < 0.6:
                return r.choice(ss)
            return repr(r.choice(["", "a", "hello", "Hello World", "ß", "éx", "  pad  ", "a,b,,c", "日本", "x\ty\n"]))
        k = r.randrange(14)
        a = "(%s)" % self.str_expr(env, d - 1)
        if k == 0:
            return "(%s + %s)" % (a, self.str_expr(env, d - 1))
        if k == 1:
            return "(%s * (abs(%s) %% 4))" % (a, self.int_expr(env, d - 1))
        if k == 2:
            return "%s.%s()" % (a, r.choice(["upper", "lower", "strip", "title", "swapcase", "capitalize", "casefold"]))
        if k == 3:
            return "%s[%s:%s]" % (a, self.int_expr(env, 0), self.int_expr(env, 0))
        if k == 4:
            return "str(%s)" % r.choice([self.int_expr(env, d - 1), self.float_expr(env, d - 1), self.list_expr(env, d - 1)])
        if k == 5:
            return "repr(%s)" % r.choice([a, self.float_expr(env, d - 1), self.dict_expr(env, d - 1)])
        if k == 6:
            return "f'{%s!r:>12}|{%s:.3f}|{%s:#x}'" % (a, self.float_expr(env, d - 1), "abs(%s)" % self.int_expr(env, d - 1))
        if k == 7:
            return "'%%s-%%05d-%%.2e' %% (%s, %s, %s)" % (a, self.int_expr(env, d - 1), self.float_expr(env, d - 1))
        if k == 8:
            return "%s.join(%s)" % (repr(r.choice([",", "", " - "])), "[str(x) for x in %s]" % self.list_expr(env, d - 1))
        if k == 9:
            return "%s.replace(%r, %r)" % (a, r.choice(["a", "l", " "]), r.choice(["", "AA", "_"]))
        if k == 10:
            return "%s.center(%d, '*')" % (a, r.randrange(20))
        if k == 11:
            return "'{0}:{1!s}:{0}'.format(%s, %s)" % (a, self.int_expr(env, d - 1))
        if k == 12:
            return "chr(65 + abs(%s) %% 26)" % self.int_expr(env, d - 1)
        return "%s[::-1]" % a

    def bool_expr(self, env, d=2):
        r = self.r
        k = r.randrange(8)
        if d <= 0 or k == 0:
            return r.choice(["True", "False"])
        if k == 1:
            return "(%s %s %s)" % (self.int_expr(env, d - 1), r.choice(["<", "<=", "==", "!=", ">", ">="]), self.int_expr(env, d - 1))
        if k == 2:
            return "(%s < %s <= %s)" % (self.int_expr(env, d - 1), self.int_expr(env, d - 1), self.int_expr(env, d - 1))
        if k == 3:
            return "(%s in %s)" % (self.int_expr(env, d - 1), self.list_expr(env, d - 1))
        if k == 4:
            return "(%s and %s)" % (self.bool_expr(env, d - 1), self.bool_expr(env, d - 1))
        if k == 5:
            return "(not %s or %s)" % (self.bool_expr(env, d - 1), self.bool_expr(env, d - 1))
        if k == 6:
            return "(%s).startswith(%r)" % (self.str_expr(env, d - 1), r.choice(["a", "H", ""]))
        return "isinstance(%s, %s)" % (r.choice([self.int_expr(env, 0), self.str_expr(env, 0)]), r.choice(["int", "str", "(int, float)"]))

    def list_expr(self, env, d=2):
        r = self.r
        ls = [v for v, t in env.items() if t == "list"]
        if d <= 0 or r.random() < 0.3:
            if ls and r.random() < 0.6:
                return r.choice(ls)
            return "[%s]" % ", ".join(str(r.randrange(-5, 20)) for _ in range(r.randrange(6)))
        k = r.randrange(7)
        if k == 0:
            return "[x * %s for x in range(abs(%s) %% 8) if x %% 3 != 1]" % (self.int_expr(env, 0), self.int_expr(env, d - 1))
        if k == 1:
            return "sorted(%s, reverse=%s)" % (self.list_expr(env, d - 1), r.choice(["True", "False"]))
        if k == 2:
            return "(%s + %s)" % (self.list_expr(env, d - 1), self.list_expr(env, d - 1))
        if k == 3:
            return "list(map(abs, %s))" % self.list_expr(env, d - 1)
        if k == 4:
            return "%s[1:]" % self.list_expr(env, d - 1)
        if k == 5:
            return "[len(w) for w in (%s).split()]" % self.str_expr(env, d - 1)
        return "sorted(%s, key=lambda v: (v %% 3, -v))" % self.list_expr(env, d - 1)

    def dict_expr(self, env, d=2):
        r = self.r
        ds = [v for v, t in env.items() if t == "dict"]
        if d <= 0 or r.random() < 0.4:
            if ds and r.random() < 0.6:
                return r.choice(ds)
            return "{%s}" % ", ".join("%r: %d" % (k, r.randrange(100)) for k in r.sample(["a", "b", "c", "dd", "e"], r.randrange(4)))
        k = r.randrange(3)
        if k == 0:
            return "{str(i): i * i for i in range(abs(%s) %% 6)}" % self.int_expr(env, d - 1)
        if k == 1:
            return "{**%s, **%s}" % (self.dict_expr(env, d - 1), self.dict_expr(env, d - 1))
        return "dict(zip(%s, %s))" % ("['x', 'y', 'z']", self.list_expr(env, d - 1))

    def expr_of(self, t, env, d=2):
        return {"int": self.int_expr, "float": self.float_expr, "str": self.str_expr, "bool": self.bool_expr,
                "list": self.list_expr, "dict": self.dict_expr}[t](env, d)

    # --- statements ----------------------------------------------------------

    def block(self, depth, env, n, in_loop=False, in_func=False):
        for _ in range(n):
            before = len(self.lines)
            self.stmt(depth, env, in_loop, in_func)
            if len(self.lines) == before:  # that kind had nothing to work on here
                self.emit(depth, "print(%s)" % self.int_expr(env))

    def stmt(self, depth, env, in_loop, in_func):
        r = self.r
        k = r.randrange(22)
        types = ["int", "float", "str", "bool", "list", "dict"]
        if k < 5:
            t = r.choice(types)
            v = self.fresh(t[0])
            self.emit(depth, "%s = %s" % (v, self.expr_of(t, env)))
            env[v] = t
            if r.random() < 0.5:
                self.emit(depth, "print(%r, %s)" % (v, v))
        elif k == 5:
            ints = [v for v, t in env.items() if t == "int"]
            if ints:
                v = r.choice(ints)
                self.emit(depth, "%s %s= %s" % (v, r.choice(["+", "-", "*", "|", "^"]), self.int_expr(env, 1)))
                self.emit(depth, "print(%s)" % v)
        elif k == 6:
            self.emit(depth, "print(%s)" % ", ".join(self.expr_of(r.choice(types), env) for _ in range(r.randrange(1, 4))))
        elif k == 7 and depth < 4:
            self.emit(depth, "if %s:" % self.bool_expr(env))
            self.block(depth + 1, dict(env), r.randrange(1, 3), in_loop, in_func)
            if r.random() < 0.5:
                self.emit(depth, "elif %s:" % self.bool_expr(env))
                self.block(depth + 1, dict(env), 1, in_loop, in_func)
            if r.random() < 0.5:
                self.emit(depth, "else:")
                self.block(depth + 1, dict(env), 1, in_loop, in_func)
        elif k == 8 and depth < 4:
            v = self.fresh("i")
            self.emit(depth, "for %s in %s:" % (v, r.choice(["range(%d)" % r.randrange(6), self.list_expr(env, 1), "enumerate(%s)" % self.str_expr(env, 1)])))
            inner = dict(env)
            inner[v] = "int" if "enumerate" not in self.lines[-1] else "tuple"
            self.block(depth + 1, inner, r.randrange(1, 3), True, in_func)
            if r.random() < 0.3:
                self.emit(depth + 1, "if %s: break" % self.bool_expr(inner, 1))
            if r.random() < 0.3:
                self.emit(depth, "else:")
                self.emit(depth + 1, "print('loop done')")
        elif k == 9 and depth < 4:
            v = self.fresh("w")
            self.emit(depth, "%s = 0" % v)
            self.emit(depth, "while %s < %d:" % (v, r.randrange(1, 6)))
            self.emit(depth + 1, "%s += 1" % v)
            inner = dict(env)
            inner[v] = "int"
            self.block(depth + 1, inner, r.randrange(1, 3), True, in_func)
        elif k == 10 and depth < 3:
            self.try_stmt(depth, env, in_loop, in_func)
        elif k == 11 and depth < 2 and not in_func:
            self.func_def(depth, env)
        elif k == 12 and depth == 0:
            self.class_def(depth, env)
        elif k == 13 and depth < 3:
            self.gen_def(depth, env)
        elif k == 14 and in_loop and r.random() < 0.3:
            self.emit(depth, r.choice(["continue", "break"]))
        elif k == 15 and depth < 3:
            self.match_stmt(depth, env, in_loop, in_func)
        elif k == 16:
            ls = [v for v, t in env.items() if t == "list"]
            if ls:
                v = r.choice(ls)
                op = r.choice(["%s.append(%s)" % (v, self.int_expr(env, 1)), "%s.sort()" % v, "%s.reverse()" % v,
                               "%s.extend(%s)" % (v, self.list_expr(env, 1)), "%s[:1] = [99, 98]" % v, "del %s[:1]" % v])
                self.emit(depth, op)
                self.emit(depth, "print(%s)" % v)
        elif k == 17:
            ds = [v for v, t in env.items() if t == "dict"]
            if ds:
                v = r.choice(ds)
                self.emit(depth, "%s[%s] = %s" % (v, self.str_expr(env, 0), self.int_expr(env, 1)))
                self.emit(depth, "print(sorted(%s.items()), list(%s), len(%s))" % (v, v, v))
        elif k == 18:
            a, b = self.fresh("u"), self.fresh("u")
            self.emit(depth, "%s, *%s = %s" % (a, b, "[%s]" % ", ".join(self.int_expr(env, 1) for _ in range(r.randrange(1, 4)))))
            env[a], env[b] = "int", "list"
            self.emit(depth, "print(%s, %s)" % (a, b))
        elif k == 19:
            s = {self.int_expr(env, 0) for _ in range(r.randrange(1, 5))}
            self.emit(depth, "print(sorted({%s} | {%s}), {%s} & {1, 2, 3})" % (", ".join(s), self.int_expr(env, 1), ", ".join(s)))
        elif k == 20:
            self.emit(depth, "print({%s} ^ {'b', 'z'})" % ", ".join(repr(x) for x in self.r.sample("abcxyz", 3)))
        else:
            self.emit(depth, "print(%s)" % self.str_expr(env))

    def try_stmt(self, depth, env, in_loop, in_func):
        r = self.r
        risky = r.choice([
            "1 // (%s - %s)" % (self.int_expr(env, 0), self.int_expr(env, 0)),
            "%s[%s]" % (self.list_expr(env, 1), self.int_expr(env, 1)),
            "%s[%r]" % (self.dict_expr(env, 1), "zz"),
            "int(%s)" % self.str_expr(env, 1),
            "%s + %s" % (self.str_expr(env, 0), self.int_expr(env, 0)),
            "float('x' + %s)" % self.str_expr(env, 0),
            "[].pop()",
            "undefined_name_%d" % r.randrange(5),
        ])
        self.emit(depth, "try:")
        self.emit(depth + 1, "print(%s)" % risky)
        self.emit(depth, "except (ZeroDivisionError, IndexError, KeyError) as e:")
        self.emit(depth + 1, "print(type(e).__name__, e)")
        self.emit(depth, "except (ValueError, TypeError, NameError) as e:")
        self.emit(depth + 1, "print('error:', e)")
        if r.random() < 0.5:
            self.emit(depth, "else:")
            self.emit(depth + 1, "print('fine')")
        if r.random() < 0.5:
            self.emit(depth, "finally:")
            self.emit(depth + 1, "print('finally')")

    def func_def(self, depth, env):
        r = self.r
        name = self.fresh("f")
        n = r.randrange(1, 4)
        params = ["p%d" % i for i in range(n)]
        sig = list(params)
        kind = r.randrange(4)
        if kind == 1:
            sig[-1] += "=%d" % r.randrange(5)
        elif kind == 2:
            sig.append("*rest")
        elif kind == 3:
            sig.insert(1 if n > 1 else 0, "/") if n > 1 else None
        self.emit(depth, "def %s(%s):" % (name, ", ".join(s for s in sig if s)))
        fenv = {p: "int" for p in params}
        if kind == 2:
            fenv["rest"] = "tuple"
        if r.random() < 0.4:
            # a closure with nonlocal
            c = self.fresh("c")
            self.emit(depth + 1, "acc = 0")
            self.emit(depth + 1, "def %s(k):" % c)
            self.emit(depth + 2, "nonlocal acc")
            self.emit(depth + 2, "acc += k")
            self.emit(depth + 2, "return acc")
            self.emit(depth + 1, "for q in range(3):")
            self.emit(depth + 2, "%s(q + %s)" % (c, params[0]))
            fenv["acc"] = "int"
        self.block(depth + 1, fenv, r.randrange(1, 3), False, True)
        self.emit(depth + 1, "return %s" % self.int_expr(fenv))
        if depth == 0:
            self.funcs.append((name, n))  # defined on every path
        args = ", ".join(self.int_expr(env, 1) for _ in range(n))
        self.emit(depth, "print(%s(%s))" % (name, args))

    def gen_def(self, depth, env):
        r = self.r
        name = self.fresh("g")
        self.emit(depth, "def %s(n):" % name)
        self.emit(depth + 1, "for i in range(n):")
        self.emit(depth + 2, "got = yield i * %s" % self.int_expr({}, 1))
        self.emit(depth + 2, "if got: yield from range(got)")
        self.emit(depth, "gen = %s(%d)" % (name, r.randrange(1, 6)))
        self.emit(depth, "print(next(gen), list(gen))")
        self.emit(depth, "print(sum(x %% 5 for x in %s(%d)))" % (name, r.randrange(8)))

    def class_def(self, depth, env):
        r = self.r
        name = self.fresh("C")
        base = r.choice(self.classes) if self.classes and r.random() < 0.5 else None
        self.emit(depth, "class %s%s:" % (name, "(%s)" % base if base else ""))
        self.emit(depth + 1, "count = 0")
        self.emit(depth + 1, "def __init__(self, v):")
        if base:
            self.emit(depth + 2, "super().__init__(v * 2)")
        self.emit(depth + 2, "self.v = v")
        self.emit(depth + 2, "%s.count += 1" % name)
        self.emit(depth + 1, "def __repr__(self):")
        self.emit(depth + 2, "return f'%s({self.v!r})'" % name)
        self.emit(depth + 1, "def __add__(self, other):")
        self.emit(depth + 2, "return %s(self.v + (other.v if isinstance(other, %s) else other))" % (name, name))
        self.emit(depth + 1, "def __eq__(self, other):")
        self.emit(depth + 2, "return isinstance(other, %s) and self.v == other.v" % name)
        self.emit(depth + 1, "__hash__ = None" if r.random() < 0.3 else "def __hash__(self): return hash(self.v)")
        self.emit(depth + 1, "@property")
        self.emit(depth + 1, "def double(self):")
        self.emit(depth + 2, "return self.v * 2")
        self.emit(depth + 1, "@classmethod")
        self.emit(depth + 1, "def make(cls, n):")
        self.emit(depth + 2, "return [cls(i) for i in range(n)]")
        self.classes.append(name)
        a = self.fresh("o")
        self.emit(depth, "%s = %s(%s)" % (a, name, self.int_expr(env, 1)))
        self.emit(depth, "print(%s, %s + 1, %s.double, %s.make(3), %s.count, %s == %s(%s.v))" % (a, a, a, name, name, a, name, a))
        self.emit(depth, "print(type(%s).__name__, [c.__name__ for c in type(%s).__mro__])" % (a, a))

    def match_stmt(self, depth, env, in_loop, in_func):
        r = self.r
        subj = r.choice([self.int_expr(env, 1), self.list_expr(env, 1), self.dict_expr(env, 1), self.str_expr(env, 1)])
        self.emit(depth, "match %s:" % subj)
        self.emit(depth + 1, "case 0 | 1:")
        self.emit(depth + 2, "print('small')")
        self.emit(depth + 1, "case [x, *ys] if x > 0:")
        self.emit(depth + 2, "print('list', x, ys)")
        self.emit(depth + 1, "case {'a': av, **others}:")
        self.emit(depth + 2, "print('dict', av, sorted(others))")
        self.emit(depth + 1, "case str() as s if len(s) > 2:")
        self.emit(depth + 2, "print('str', s[:3])")
        self.emit(depth + 1, "case _:")
        self.emit(depth + 2, "print('other')")

    def program(self):
        env = {}
        self.block(0, env, self.r.randrange(12, 30))
        return "\n".join(self.lines) + "\n"


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        g = Gen(random.Random(seed * 1000003 + i))
        src = g.program()
        try:
            compile(src, "p.py", "exec")
        except SyntaxError:
            continue  # the generator's rare dead end; CPython is the judge
        with open(os.path.join(out, "prog_%05d.py" % i), "w") as f:
            f.write(src)


main()

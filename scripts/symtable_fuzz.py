#!/usr/bin/env python3
"""Writes random programs full of scoping constructs for a differential
test of the symbol table against CPython 3.13 (scripts/symtable-fuzz.sh).

  symtable_fuzz.py DIR N [SEED]

Each program nests defs, classes, lambdas, comprehensions, generics and
type aliases, and uses a small pool of names (private ones, super,
__class__) through every kind of binding: assignment, parameters, global,
nonlocal, walrus, imports, annotations, for, with, except, match, del.
Only programs CPython's parser accepts are written; many of them are
rejected by the symbol table, which is the point.
"""

import ast
import os
import random
import sys

NAMES = ["a", "b", "x", "y", "__p", "__q__", "super", "__class__", "T", "U", "__classdict__"]


class Gen:
    def __init__(self, rnd):
        self.r = rnd

    def name(self):
        return self.r.choice(NAMES)

    def expr(self, depth, ctx):
        r = self.r
        if depth <= 0:
            return r.choice([self.name(), "1", "'s'"])
        k = r.randrange(14)
        d = depth - 1
        if k == 0:
            return "%s(%s)" % (self.expr(d, ctx), self.expr(d, ctx))
        if k == 1:
            return "%s.%s" % (self.expr(d, ctx), self.name())
        if k == 2:
            params = self.params(d, ctx, lam=True)
            return "(lambda %s: %s)" % (params, self.expr(d, ctx))
        if k == 3:
            return self.comp(d, ctx)
        if k == 4:
            return "(%s := %s)" % (self.name(), self.expr(d, ctx))
        if k == 5 and ctx.get("func"):
            return "(yield %s)" % self.expr(d, ctx)
        if k == 6 and ctx.get("func"):
            return "(await %s)" % self.expr(d, ctx)
        if k == 7:
            return "[%s, *%s]" % (self.expr(d, ctx), self.expr(d, ctx))
        if k == 8:
            return "{%s: %s}" % (self.expr(d, ctx), self.expr(d, ctx))
        if k == 9:
            return "f'{%s}'" % self.expr(d, ctx)
        if k == 10:
            return "(%s if %s else %s)" % (self.expr(d, ctx), self.expr(d, ctx), self.expr(d, ctx))
        return self.name()

    def comp(self, d, ctx):
        r = self.r
        gens = []
        for _ in range(r.randint(1, 2)):
            target = r.choice([self.name(), "(%s, %s)" % (self.name(), self.name())])
            a = "async " if ctx.get("async") and r.random() < 0.2 else ""
            g = " %sfor %s in %s" % (a, target, self.expr(d, ctx))
            if r.random() < 0.4:
                g += " if %s" % self.expr(d, ctx)
            gens.append(g)
        body = self.expr(d, ctx)
        kind = r.randrange(4)
        if kind == 0:
            return "[%s%s]" % (body, "".join(gens))
        if kind == 1:
            return "{%s%s}" % (body, "".join(gens))
        if kind == 2:
            return "{%s: %s%s}" % (self.expr(d, ctx), body, "".join(gens))
        return "(%s%s)" % (body, "".join(gens))

    def params(self, d, ctx, lam=False):
        r = self.r
        out = []
        for i in range(r.randint(0, 3)):
            p = self.name()
            if not lam and r.random() < 0.3:
                p += ": " + self.expr(d, ctx)
            if r.random() < 0.3:
                p += "=" + self.expr(d, ctx)
            elif out and "=" in out[-1]:
                p += "=1"
            out.append(p)
        if r.random() < 0.2:
            out.append("*" + self.name())
        if r.random() < 0.2:
            out.append("**" + self.name())
        return ", ".join(out)

    def type_params(self, d, ctx):
        r = self.r
        if r.random() < 0.6:
            return ""
        out = []
        for _ in range(r.randint(1, 2)):
            k = r.randrange(3)
            p = ["", "*", "**"][k] + self.name()
            if k == 0 and r.random() < 0.3:
                p += ": " + self.expr(d, ctx)
            if r.random() < 0.2:
                p += " = " + self.expr(d, ctx)
            out.append(p)
        return "[" + ", ".join(out) + "]"

    def block(self, depth, ctx, indent):
        r = self.r
        lines = []
        for _ in range(r.randint(1, 4)):
            lines.extend(self.stmt(depth, ctx, indent))
        return lines

    def stmt(self, depth, ctx, indent):
        r = self.r
        pad = "    " * indent
        d = max(depth - 1, 0)
        k = r.randrange(20)
        if k < 3:
            return [pad + "%s = %s" % (self.name(), self.expr(2, ctx))]
        if k == 3:
            return [pad + "global %s" % self.name()]
        if k == 4:
            return [pad + "nonlocal %s" % self.name()]
        if k == 5:
            return [pad + self.expr(2, ctx)]
        if k == 6 and depth > 0:
            a = "async " if r.random() < 0.2 else ""
            sub = dict(ctx, func=True, async_=bool(a), **{"async": bool(a)})
            head = pad + "%sdef %s%s(%s):" % (a, self.name(), self.type_params(1, ctx), self.params(1, ctx))
            if r.random() < 0.2:
                head = pad + "@%s\n" % self.expr(1, ctx) + head
            return [head] + self.block(d, sub, indent + 1)
        if k == 7 and depth > 0:
            bases = "(%s)" % self.expr(1, ctx) if r.random() < 0.5 else ""
            sub = dict(ctx, func=False)
            sub.pop("async", None)
            return [pad + "class %s%s%s:" % (self.name(), self.type_params(1, ctx), bases)] + self.block(d, sub, indent + 1)
        if k == 8:
            return [pad + "type %s%s = %s" % (self.name(), self.type_params(1, ctx), self.expr(2, ctx))]
        if k == 9:
            return [pad + "%s: %s" % (self.name(), self.expr(1, ctx)) + (" = 1" if r.random() < 0.5 else "")]
        if k == 10 and depth > 0:
            return [pad + "for %s in %s:" % (self.name(), self.expr(1, ctx))] + self.block(d, ctx, indent + 1)
        if k == 11:
            return [pad + r.choice(["import %s", "from m import %s", "import m as %s", "import %s.sub"]) % self.name()]
        if k == 12:
            return [pad + "del %s" % self.name()]
        if k == 13 and ctx.get("func"):
            return [pad + "return %s" % self.expr(2, ctx)]
        if k == 14 and depth > 0:
            return [pad + "try:", pad + "    pass", pad + "except E as %s:" % self.name()] + self.block(d, ctx, indent + 1)
        if k == 15 and depth > 0:
            return [pad + "with %s as %s:" % (self.expr(1, ctx), self.name())] + self.block(d, ctx, indent + 1)
        if k == 16:
            return [pad + "%s += %s" % (self.name(), self.expr(1, ctx))]
        if k == 17 and depth > 0:
            return [pad + "match %s:" % self.expr(1, ctx),
                    pad + "    case [%s, *%s] | {'k': %s}:" % (self.name(), self.name(), self.name())] + self.block(d, ctx, indent + 2)
        if k == 18 and indent == 0 and r.random() < 0.3:
            return [pad + "from __future__ import annotations"]
        return [pad + "pass"]


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    rnd = random.Random(seed)
    g = Gen(rnd)
    os.makedirs(out, exist_ok=True)
    written = tries = 0
    while written < n and tries < 50 * n:
        tries += 1
        src = "\n".join(g.block(3, {}, 0)) + "\n"
        try:
            ast.parse(src)
        except SyntaxError:
            continue
        with open(os.path.join(out, "p%05d.py" % written), "w") as f:
            f.write(src)
        written += 1
    print("%d programs in %s (%d generated)" % (written, out, tries))


if __name__ == "__main__":
    main()

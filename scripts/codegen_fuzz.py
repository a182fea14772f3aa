#!/usr/bin/env python3
"""Writes random programs that nest try, try-except*, with, async with,
async for, loops, match statements, generators and generic definitions,
for comparing peglab's code generator with CPython's:

    python3.13 scripts/codegen_fuzz.py DIR [N] [SEED]
    go run ./compiler/internal/codegencmp -v -oracle "$(scripts/find-oracle.sh)" DIR

Programs CPython rejects (a SyntaxError such as 'break' outside loop or
an unreachable pattern) are not written.
"""

import ast
import os
import random
import sys
import warnings

PATTERNS = [
    "1", "-1", "1 | 2", "None", "True", "'s'", "b'b'", "1+2j", "x.y", "_",
    "a", "[a, b]", "[a, *rest]", "[*_, z]", "(a, _, *_)", "{'k': a}",
    "{'k': a, **kw}", "{1: _, 2: [a, b]}", "C()", "C(a, b=c)", "C(x=[a, *_])",
    "[a, b] | [b, a]", "(1 | 2) as a", "str(a) | bytes(a)", "[[a], (b | 1)]",
    "{'x': C(a) | D(a)}", "[a, b, c] | [c, a, b]",
]


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.n = 0

    def name(self):
        self.n += 1
        return "v%d" % self.n

    def expr(self, asyncok):
        opts = ["a", "f()", "x.y", "(yield)", "g(a, b)"]
        if asyncok:
            opts.append("await c()")
        return self.r.choice(opts)

    def simple(self, ctx):
        opts = ["pass", "x = %s" % self.expr(ctx["async"]), "f()", "del q", "raise E"]
        if ctx["loop"]:
            opts += ["break", "continue"]
        if ctx["func"]:
            opts += ["return", "return %s" % self.expr(ctx["async"])]
        s = self.r.choice(opts)
        if not ctx["func"] and "yield" in s:
            s = "f()"
        return s

    def block(self, ctx, depth, indent):
        n = self.r.randint(1, 3)
        return "".join(self.stmt(ctx, depth, indent) for _ in range(n))

    def stmt(self, ctx, depth, indent):
        p = "    " * indent
        if depth <= 0 or self.r.random() < 0.3:
            return p + self.simple(ctx) + "\n"
        k = self.r.choice(["try", "tryfin", "trystar", "with", "asyncwith", "for", "asyncfor",
                           "while", "match", "if"])
        d = depth - 1
        sub = lambda c: self.block(c, d, indent + 1)
        if k == "try":
            out = p + "try:\n" + sub(ctx)
            for _ in range(self.r.randint(1, 2)):
                out += p + self.r.choice(["except E:", "except E as e:", "except (A, B) as e:"]) + "\n" + sub(ctx)
            if self.r.random() < 0.3:
                out += p + "except:\n" + sub(ctx)
            if self.r.random() < 0.3:
                out += p + "else:\n" + sub(ctx)
            if self.r.random() < 0.3:
                out += p + "finally:\n" + sub(ctx)
            return out
        if k == "tryfin":
            return p + "try:\n" + sub(ctx) + p + "finally:\n" + sub(ctx)
        if k == "trystar":
            noexit = dict(ctx, loop=False, func=False)
            out = p + "try:\n" + sub(ctx)
            out += p + "except* E as eg:\n" + sub(noexit)
            if self.r.random() < 0.5:
                out += p + "except* (A, B):\n" + sub(noexit)
            if self.r.random() < 0.3:
                out += p + "finally:\n" + sub(ctx)
            return out
        if k == "with":
            items = self.r.choice(["a", "a as b", "a as (b, c), d", "a(), b as c"])
            return p + "with %s:\n" % items + sub(ctx)
        if k == "asyncwith" and ctx["async"]:
            return p + "async with %s:\n" % self.r.choice(["a", "a as b, c"]) + sub(ctx)
        if k == "asyncfor" and ctx["async"]:
            out = p + "async for i in it:\n" + sub(dict(ctx, loop=True))
            if self.r.random() < 0.3:
                out += p + "else:\n" + sub(ctx)
            return out
        if k == "for":
            out = p + "for i in %s:\n" % self.r.choice(["xs", "[1, 2]", "range(3)"]) + sub(dict(ctx, loop=True))
            if self.r.random() < 0.3:
                out += p + "else:\n" + sub(ctx)
            return out
        if k == "while":
            return p + "while w:\n" + sub(dict(ctx, loop=True))
        if k == "match":
            out = p + "match s:\n"
            for _ in range(self.r.randint(1, 4)):
                pat = self.r.choice(PATTERNS)
                guard = " if g" if self.r.random() < 0.3 else ""
                out += p + "    case %s%s:\n" % (pat, guard) + self.block(ctx, d, indent + 2)
            return out
        return p + "if c:\n" + sub(ctx)

    def program(self):
        out = []
        for _ in range(self.r.randint(1, 4)):
            kind = self.r.choice(["def", "async", "gen", "class", "generic", "top"])
            if kind == "top":
                out.append(self.block({"async": False, "loop": False, "func": False}, 3, 0))
            elif kind == "class":
                out.append("class K%s:\n" % self.name() + self.block({"async": False, "loop": False, "func": False}, 2, 1))
            elif kind == "generic":
                tp = self.r.choice(["T", "T: int", "T: (A, B)", "*Ts", "**P", "T, *Ts = (int,)", "T = int"])
                what = self.r.choice(["def", "class", "type"])
                if what == "def":
                    out.append("def g%s[%s](x=1, *, y=2) -> T:\n" % (self.name(), tp) +
                               self.block({"async": False, "loop": False, "func": True}, 2, 1))
                elif what == "class":
                    out.append("class G%s[%s](B):\n    x: T\n" % (self.name(), tp))
                else:
                    out.append("type Al%s[%s] = list[T]\n" % (self.name(), tp))
            else:
                a = kind == "async"
                head = "async def" if a else "def"
                body = self.block({"async": a, "loop": False, "func": True}, 3, 1)
                if kind == "gen":
                    body = "    yield 1\n" + body
                out.append("%s f%s(a, b):\n" % (head, self.name()) + body)
        return "".join(out)


def main():
    d = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    os.makedirs(d, exist_ok=True)
    rng = random.Random(seed)
    written = 0
    tries = 0
    while written < n and tries < 50 * n:
        tries += 1
        src = Gen(rng).program()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                compile(src, "fuzz.py", "exec", dont_inherit=True)
        except SyntaxError:
            continue
        with open(os.path.join(d, "p%04d.py" % written), "w") as f:
            f.write(src)
        written += 1
    print("%d programs in %s" % (written, d))


if __name__ == "__main__":
    main()

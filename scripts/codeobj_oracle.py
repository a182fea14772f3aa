"""Print every code object CPython 3.13 compiles a source file into.

Usage: python3.13 scripts/codeobj_oracle.py FILE [--optimize N]

The module's code object, then each code object among its constants,
depth first, as `peglab`'s compiler.DumpCode prints them, so that the end
to end output of the compiler can be compared field by field:

    code PATH                 0 for the module, 0.1 for its 2nd nested code object, ...
    FIELD VALUE               name, qualname, argcount, posonlyargcount,
                              kwonlyargcount, flags, stacksize, firstlineno,
                              code (hex), consts, names, varnames, cellvars,
                              freevars, linetable (hex), exceptiontable (hex)
"""
import sys


def const_repr(c):
    if type(c).__name__ == "code":
        return "<code %s>" % c.co_name
    if type(c) is tuple:
        items = [const_repr(x) for x in c]
        return "(" + items[0] + ",)" if len(items) == 1 else "(" + ", ".join(items) + ")"
    if type(c) is frozenset:
        if not c:
            return "frozenset()"
        return "frozenset({" + ", ".join(sorted(set(const_repr(x) for x in c))) + "})"
    return repr(c)


def names(seq):
    return "[" + ", ".join(repr(s) for s in seq) + "]"


def dump(co, path, out):
    out.append("code %s" % path)
    for f in ("name", "qualname", "argcount", "posonlyargcount", "kwonlyargcount",
              "flags", "stacksize", "firstlineno"):
        out.append("%s %s" % (f, getattr(co, "co_" + f)))
    out.append("code " + co.co_code.hex())
    out.append("consts [" + ", ".join(const_repr(c) for c in co.co_consts) + "]")
    for f in ("names", "varnames", "cellvars", "freevars"):
        out.append("%s %s" % (f, names(getattr(co, "co_" + f))))
    out.append("linetable " + co.co_linetable.hex())
    out.append("exceptiontable " + co.co_exceptiontable.hex())
    i = 0
    for c in co.co_consts:
        if type(c).__name__ == "code":
            dump(c, "%s.%d" % (path, i), out)
            i += 1


def main():
    args = sys.argv[1:]
    optimize = 0
    if "--optimize" in args:
        k = args.index("--optimize")
        optimize = int(args[k + 1])
        del args[k:k + 2]
    with open(args[0], "rb") as f:
        src = f.read()
    co = compile(src, args[0], "exec", optimize=optimize, dont_inherit=True)
    out = []
    dump(co, "0", out)
    sys.stdout.write("\n".join(out) + "\n")


main()

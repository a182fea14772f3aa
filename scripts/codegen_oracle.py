"""Print CPython 3.13's code generator output (before the CFG optimizer) for a source file.

Usage: python3.13 scripts/codegen_oracle.py FILE [--optimize N]

It runs _testinternalcapi.compiler_codegen, which is compile.c's codegen after
the AST optimizer and before flowgraph.c, so peglab's codegen can be compared
with CPython's in isolation from the back end. Format (one unit after another,
nested units after their parent, depth-first, in the order codegen made them):

    unit PATH                    PATH: 0 for the module, 0.1 for its 2nd nested unit, ...
    meta KEY VALUE               the top unit only: name, consts, names, varnames,
                                 cellvars, freevars, argcount, posonlyargcount, kwonlyargcount
    INDEX OPNAME OPARG LINE END_LINE COL END_COL
                                 OPARG is '-' for none; a jump's OPARG is the
                                 index of its target instruction; -1s are NO_LOCATION
"""
import ast
import opcode
import sys
import _testinternalcapi

names = {v: k for k, v in opcode.opmap.items()}


def const_repr(c):
    # Recursive, so that a code object anywhere shows as <code NAME> and the
    # members of a frozenset come sorted (their order is the hash's).
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


def dump(seq, path, out):
    out.append("unit %s" % path)
    for i, (op, arg, l1, l2, c1, c2) in enumerate(seq.get_instructions()):
        out.append("%d %s %s %d %d %d %d" % (i, names.get(op, "<%d>" % op), "-" if arg is None else arg, l1, l2, c1, c2))
    for j, nested in enumerate(seq.get_nested()):
        dump(nested, "%s.%d" % (path, j), out)


def main():
    args = sys.argv[1:]
    optimize = 0
    if "--optimize" in args:
        k = args.index("--optimize")
        optimize = int(args[k + 1])
        del args[k:k + 2]
    path = args[0]
    with open(path, "rb") as f:
        src = f.read()
    tree = ast.parse(src, path)
    seq, meta = _testinternalcapi.compiler_codegen(tree, path, optimize)
    out = []
    dump(seq, "0", out)
    head = out[:1]
    for key in ("name", "consts", "names", "varnames", "cellvars", "freevars",
                "argcount", "posonlyargcount", "kwonlyargcount"):
        v = meta.get(key)
        if isinstance(v, dict):
            v = "[" + ", ".join(const_repr(k) for k in v) + "]"
        head.append("meta %s %s" % (key, v))
    sys.stdout.write("\n".join(head + out[1:]) + "\n")


main()

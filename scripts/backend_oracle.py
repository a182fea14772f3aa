"""Record CPython 3.13's back end (flowgraph.c + assemble.c) for peglab's back end tests.

Usage: python3.13 scripts/backend_oracle.py [--out DIR] FILE...

For each FILE it writes one JSON record per code unit (one line each, JSONL)
to DIR/<basename>.jsonl, or to stdout without --out. A record is the input
of the back end as CPython's codegen left it and the code object CPython
made of it:

  path       "0" for the module, "0.1" for its 2nd nested unit, ... (the
             order of InstructionSequence.get_nested, that is, the order in
             which codegen finished the units)
  instrs     [[opcode, oparg, line, end_line, col, end_col], ...] from
             _testinternalcapi.compiler_codegen; a jump's or SETUP_*'s oparg
             is the index of its target instruction; no oparg is 0
  consts     the unit's constants before the back end, in index order
  names, varnames, cellvars, freevars, fasthidden, argcount (without the
  positional-only ones), posonlyargcount, kwonlyargcount, firstlineno,
  name, qualname, flags: the unit's metadata
  expect     the final code object: code, linetable, exctable,
             localspluskinds (hex); consts, names, localsplusnames,
             stacksize, flags, ...
  skip       set when the unit cannot be compared (and why)

compiler_codegen gives the metadata of the module only; a nested unit's
metadata is read back from its final code object (nothing the back end
does changes names, varnames, cells, free variables or counts; cells and
free variables are in the order compile.c sorts them). Its constants are
not: the back end drops and adds some. They are rebuilt here by running
CPython's own optimizer (_testinternalcapi.optimize_cfg) over the unit with
stand-in objects for the unknown constants and unifying what it keeps with
the final co_consts, until the two agree. A constant that no path of the
optimizer keeps is written as ["lost", truthy] (only its truth value
mattered).

Constants are tagged lists: ["None"], ["Ellipsis"], ["bool", b], ["int",
"123"], ["float", float.hex], ["complex", re_hex, im_hex], ["str", s],
["strx", hex of the WTF-8 bytes] (a str with lone surrogates), ["bytes",
hex], ["tuple", [...]], ["frozenset", [...]] (in the final object's
iteration order; compare them as sets), ["code", path], ["lost", truthy].
"""
import ast
import itertools
import json
import os
import sys
import _testinternalcapi

CO_FAST_HIDDEN, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE = 0x10, 0x20, 0x40, 0x80
MAKE_FUNCTION = 26
LOAD_CONST = 83
CO_VARARGS, CO_VARKEYWORDS = 4, 8


class Stand:
    """An unknown constant: unique (the const cache keys it by identity), of a chosen truth."""

    def __init__(self, k, truthy=True):
        self.k = k
        self.truthy = truthy

    def __bool__(self):
        return self.truthy

    def __repr__(self):
        return "<stand %d>" % self.k


def enc(c, codes):
    t = type(c)
    if c is None:
        return ["None"]
    if c is Ellipsis:
        return ["Ellipsis"]
    if t is bool:
        return ["bool", c]
    if t is int:
        return ["int", str(c)]
    if t is float:
        return ["float", c.hex()]
    if t is complex:
        return ["complex", c.real.hex(), c.imag.hex()]
    if t is str:
        try:
            c.encode("utf-8")
            return ["str", c]
        except UnicodeEncodeError:
            return ["strx", c.encode("utf-8", "surrogatepass").hex()]
    if t is bytes:
        return ["bytes", c.hex()]
    if t is tuple:
        return ["tuple", [enc(x, codes) for x in c]]
    if t is frozenset:
        return ["frozenset", [enc(x, codes) for x in c]]
    if t is Stand:
        return ["lost", c.truthy]
    if t is type(enc.__code__):
        return ["code", codes.get(id(c), "?")]
    raise TypeError("constant of type %s" % t.__name__)


def same(a, b):
    """Whether a and b are the same constant as the compiler's const cache sees it."""
    if type(a) is not type(b):
        return False
    if type(a) is tuple:
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if type(a) is float:
        return a.hex() == b.hex() or (a != a and b != b)
    if type(a) is complex:
        return same(a.real, b.real) and same(a.imag, b.imag)
    if type(a) in (Stand, type(enc.__code__)):
        return a is b
    return a == b


def unify(got, want, learned):
    """Match got (with stand-ins) against the final constant want; learn stand-ins' values."""
    if type(got) is Stand:
        learned[got.k] = want
        return True
    if type(got) is tuple and type(want) is tuple:
        return len(got) == len(want) and all(unify(x, y, learned) for x, y in zip(got, want))
    return same(got, want)


def const_indices(instrs):
    import opcode
    hasconst = set(opcode.hasconst)
    return [arg for (op, arg, *_) in instrs if op in hasconst]


def rebuild_consts(seq, instrs, final, nlocals, seed=()):
    used = const_indices(instrs)
    n = max(used) + 1 if used else 0
    n = max(n, 1 if final else 0, len(seed))
    values = {}
    if final:
        values[0] = final[0]
    for k, v in enumerate(seed):
        if type(v) is not type(enc.__code__):
            values[k] = v
    # Stand-ins whose truth or None-ness may matter: a LOAD_CONST before a test.
    tested = set()
    for i, (op, arg, *_) in enumerate(instrs):
        if op == LOAD_CONST and i + 1 < len(instrs) and instrs[i + 1][0] in (40, 76, 97, 100):
            tested.add(arg)
    for _ in range(8):
        unknown = sorted(k for k in tested if k not in values)[:6]
        ok = None
        for combo in itertools.product((True, False, None), repeat=len(unknown)):
            choice = dict(zip(unknown, combo))
            P = []
            for k in range(n):
                if k in values:
                    P.append(values[k])
                elif k in choice and choice[k] is None:
                    P.append(None)
                else:
                    P.append(Stand(k, choice.get(k, True)))
            res = list(P)
            _testinternalcapi.optimize_cfg(seq, res, nlocals)
            learned = {}
            if len(res) == len(final) and all(unify(g, w, learned) for g, w in zip(res, final)):
                new = {k: v for k, v in learned.items() if k not in values}
                ok = (P, new)
                break
        if ok is None:
            return None
        P, new = ok
        if not new:
            return P
        values.update(new)
    return None


def sorted_cells(names):
    special = [s for s in ("__class__", "__classdict__") if s in names]
    return sorted(n for n in names if n not in special) + special




def unit_record(path, seq, co, top_meta, codes, out, filename):
    instrs = [[op, arg or 0, l1, l2, c1, c2] for (op, arg, l1, l2, c1, c2) in seq.get_instructions()]
    lp_names, kinds = marshal_locals(co)
    varnames = [n for n, k in zip(lp_names, kinds) if k & CO_FAST_LOCAL]
    cellnames = [n for n, k in zip(lp_names, kinds) if k & CO_FAST_CELL]
    freevars = [n for n, k in zip(lp_names, kinds) if k & CO_FAST_FREE]
    hidden = [n for n, k in zip(lp_names, kinds) if k & CO_FAST_HIDDEN]
    rec = {
        "path": path,
        "name": co.co_name,
        "qualname": co.co_qualname,
        "flags": co.co_flags,
        "firstlineno": co.co_firstlineno,
        "argcount": co.co_argcount - co.co_posonlyargcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "names": list(co.co_names),
        "varnames": varnames,
        "fasthidden": hidden,
        "instrs": instrs,
    }
    if top_meta is not None:
        rec["cellvars"] = list(top_meta["cellvars"])
        rec["freevars"] = list(top_meta["freevars"])
        # Its code constants are those of another compilation: learn the
        # final ones as for a nested unit.
        seed = [k[1] if type(k) is tuple else k for k in top_meta["consts"]]
        consts = rebuild_consts(seq, instrs, list(co.co_consts), len(varnames), seed)
    else:
        rec["cellvars"] = sorted_cells(cellnames)
        rec["freevars"] = sorted(freevars)
        consts = rebuild_consts(seq, instrs, list(co.co_consts), len(varnames))
    rec["expect"] = {
        "code": co.co_code.hex(),
        "linetable": co.co_linetable.hex(),
        "exctable": co.co_exceptiontable.hex(),
        "stacksize": co.co_stacksize,
        "consts": [enc(c, codes) for c in co.co_consts],
        "names": list(co.co_names),
        "localsplusnames": lp_names,
        "localspluskinds": bytes(kinds).hex(),
    }
    nested = seq.get_nested()
    children = []
    if consts is None:
        rec["skip"] = "constants not rebuilt"
        rec["consts"] = []
    else:
        # The code constants, in the order codegen added them, are the
        # nested units in the order codegen finished them.
        code_idx = sorted({instrs[i][1] for i in range(len(instrs) - 1)
                           if instrs[i][0] == LOAD_CONST and instrs[i + 1][0] == MAKE_FUNCTION})
        if len(code_idx) == len(nested):
            for j, k in enumerate(code_idx):
                c = consts[k] if k < len(consts) else None
                if type(c) is type(co):
                    codes[id(c)] = "%s.%d" % (path, j)
                    children.append((j, c))
        elif nested:
            rec["skip_nested"] = "code constants do not match the nested units"
        rec["consts"] = [enc(c, codes) for c in consts]
        rec["expect"]["consts"] = [enc(c, codes) for c in co.co_consts]
    out.append(rec)
    done = {j for j, _ in children}
    for j, c in children:
        unit_record("%s.%d" % (path, j), nested[j], c, None, codes, out, filename)
    for j in range(len(nested)):
        if j not in done:
            out.append({"path": "%s.%d" % (path, j), "skip": "its code object is not in the parent's constants"})






def record_file(path):
    with open(path, "rb") as f:
        src = f.read()
    try:
        tree = ast.parse(src, path)
        co = compile(src, path, "exec", dont_inherit=True, optimize=0)
        seq, meta = _testinternalcapi.compiler_codegen(tree, path, 0)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        return [{"path": "0", "skip": "does not compile: %s" % type(e).__name__}]
    out = []
    unit_record("0", seq, co, meta, {}, out, path)
    return out



def marshal_locals(co):
    """co_localsplusnames and co_localspluskinds, which Python does not show,
    read out of marshal's image of co (without its nested code objects)."""
    import marshal
    shallow = co.replace(co_consts=tuple(None if type(c) is type(co) else c for c in co.co_consts))
    data = marshal.dumps(shallow)
    r = _Reader(data)
    names, kinds = r.code_locals()
    return [n.decode("utf-8", "surrogatepass") for n in names], list(kinds)


class _Reader:
    """Just enough of marshal's format to reach a code object's localspluskinds."""

    def __init__(self, data):
        self.d = data
        self.p = 0
        self.refs = []

    def byte(self):
        b = self.d[self.p]
        self.p += 1
        return b

    def long(self):
        v = int.from_bytes(self.d[self.p:self.p + 4], "little", signed=True)
        self.p += 4
        return v

    def obj(self):
        code = self.byte()
        flag = code & 0x80
        t = chr(code & 0x7F)
        idx = None
        if flag:
            idx = len(self.refs)
            self.refs.append(None)
        v = self._obj(t)
        if flag:
            self.refs[idx] = v
        return v

    def _obj(self, t):
        if t in "0NFTS.":
            return t
        if t == "i":
            return self.long()
        if t == "l":
            n = self.long()
            self.p += 2 * abs(n)
            return 0
        if t == "g":
            self.p += 8
            return 0.0
        if t == "y":
            self.p += 16
            return 0j
        if t in "sauAt":
            n = self.long()
            b = self.d[self.p:self.p + n]
            self.p += n
            return b
        if t in "zZ":
            n = self.byte()
            b = self.d[self.p:self.p + n]
            self.p += n
            return b
        if t in ")":
            n = self.byte()
            return tuple(self.obj() for _ in range(n))
        if t in "([<>":
            n = self.long()
            return tuple(self.obj() for _ in range(n))
        if t == "r":
            return self.refs[self.long()]
        if t == "c":
            return self._code()
        raise ValueError(t)

    def _code(self):
        for _ in range(5):  # argcount, posonly, kwonly, stacksize, flags
            self.long()
        self.obj()  # code
        self.obj()  # consts
        self.obj()  # names
        names = self.obj()  # localsplusnames
        kinds = self.obj()  # localspluskinds
        return names, kinds

    def code_locals(self):
        return self.obj()


def main():
    args = sys.argv[1:]
    outdir = None
    if args[:1] == ["--out"]:
        outdir = args[1]
        args = args[2:]
    sys.setrecursionlimit(10000)
    for path in args:
        recs = record_file(path)
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
        if outdir is None:
            sys.stdout.write(text)
        else:
            name = os.path.basename(path)
            if name.endswith(".py"):
                name = name[:-3]
            with open(os.path.join(outdir, name + ".jsonl"), "w", encoding="utf-8") as f:
                f.write(text)


main()

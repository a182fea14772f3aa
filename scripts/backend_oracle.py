"""Record CPython 3.13's back end (flowgraph.c + assemble.c) for peglab's back end tests.

Usage: python3.13 scripts/backend_oracle.py [--optimize N] [--tree] [--out DIR] FILE...

For each FILE it writes one JSON record per code unit (one line each, JSONL)
to DIR/<basename>.jsonl (with --tree, the whole path with _ for /), or to
stdout without --out. A record is the input
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
the final co_consts, until the two agree; where a constant was folded away
(a test of a constant: only its truth or None-ness mattered), each choice
of truth is tried and the one whose optimized code has the final code's
opcodes, lines and NOPs wins. Such a constant is written as ["lost",
truthy]. Units whose constants cannot be rebuilt, and nested units whose
code objects are gone (dead code), are written with "skip".

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


_IGNORED = {"NOP", "JUMP", "JUMP_NO_INTERRUPT", "JUMP_FORWARD", "JUMP_BACKWARD",
            "JUMP_BACKWARD_NO_INTERRUPT", "SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH",
            "POP_BLOCK", "CACHE", "EXTENDED_ARG", "RETURN_GENERATOR", "POP_TOP",
            "MAKE_CELL", "COPY_FREE_VARS"}
_SPLIT = {"LOAD_CLOSURE": ("LOAD_FAST",), "STORE_FAST_MAYBE_NULL": ("STORE_FAST",),
          "LOAD_FAST_CHECK": ("LOAD_FAST",), "LOAD_FAST_LOAD_FAST": ("LOAD_FAST", "LOAD_FAST"),
          "STORE_FAST_LOAD_FAST": ("STORE_FAST", "LOAD_FAST"),
          "STORE_FAST_STORE_FAST": ("STORE_FAST", "STORE_FAST"),
          "POP_JUMP_IF_FALSE": ("CONDJUMP",), "POP_JUMP_IF_TRUE": ("CONDJUMP",),
          "POP_JUMP_IF_NONE": ("CONDJUMP",), "POP_JUMP_IF_NOT_NONE": ("CONDJUMP",)}


def nop_lines(instrs):
    """The lines of the NOPs (and the SETUP_*s, NOPs later) of a unit."""
    return {line for name, line in instrs if name in ("NOP", "SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH")}


def profile(instrs):
    """The (opcode, line) pairs of a unit, as a multiset, up to what the
    passes after optimize_cfg change (layout, prefix, pseudo-ops,
    LOAD_FAST_CHECK)."""
    import collections
    c = collections.Counter()
    for name, line in instrs:
        if name in _IGNORED:
            continue
        for n in _SPLIT.get(name, (name,)):
            c[n, line] += 1
    return c


def dedup(res):
    """optimize_cfg's const cache is its own: a folded tuple equal to a
    constant codegen added is appended again, where the compiler's shared
    cache finds the one there. Drop those copies."""
    out = []
    for c in res:
        if type(c) is tuple and any(same(c, x) for x in out):
            continue
        out.append(c)
    return out


def rebuild_consts(seq, instrs, final, nlocals, seed=(), final_code=None):
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
        if op == LOAD_CONST and i + 1 < len(instrs) and instrs[i + 1][0] in (40, 61, 76, 97, 100):
            tested.add(arg)
    import dis
    opname = dis.opname + ["<%d>" % i for i in range(len(dis.opname), 512)]
    for name, op in dis._all_opmap.items() if hasattr(dis, "_all_opmap") else ():
        if op >= 256:
            opname[op] = name
    final_instrs = None
    if final_code is not None:
        final_instrs = [(i.opname, i.positions.lineno if i.positions.lineno is not None else -1)
                        for i in dis.get_instructions(final_code)]
    # The strictest check that some choice passes wins: the opcodes with
    # their whole locations; with their lines, NOPs included with their
    # columns; with their lines;
    # with the NOPs of the final code among those kept (SETUP_*s become
    # NOPs later); without the NOPs; constants only.
    want = want_nops = want_nop_pos = want_pos = None
    if final_instrs is not None:
        want = profile(final_instrs)
        want_nops = sorted(l for n, l in final_instrs if n == "NOP")
        want_nop_pos = sorted(tuple(-1 if x is None else x for x in i.positions)
                              for i in dis.get_instructions(final_code) if i.opname == "NOP")
        want_pos = profile((i.opname, tuple(-1 if x is None else x for x in i.positions))
                           for i in dis.get_instructions(final_code))

    def tier_of(out):
        """0 (best) to 5: the strictest check out passes."""
        raw = out.get_instructions()
        if want is None:
            return 5
        got = [(opname[i[0]], i[2]) for i in raw]
        if profile(got) != want:
            return 5
        if sorted(tuple(i[2:6]) for i in raw if opname[i[0]] == "NOP") == want_nop_pos:
            if profile((opname[i[0]], tuple(i[2:6])) for i in raw) == want_pos:
                return 0
            return 1
        if sorted(l for nm, l in got if nm == "NOP") == want_nops:
            return 2
        if set(want_nops) <= nop_lines(got):
            return 3
        return 4

    for _ in range(12):
        unknown = sorted(k for k in tested if k not in values)[:6]
        best = None
        progress = None
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
            out = _testinternalcapi.optimize_cfg(seq, res, nlocals)
            res = dedup(res)
            learned = {}
            if len(res) == len(final) and all(unify(g, w, learned) for g, w in zip(res, final)):
                t = tier_of(out)
                if best is None or t < best[0]:
                    best = (t, P, {k: v for k, v in learned.items() if k not in values})
                if t == 0:
                    break
                continue
            if progress is None and len(res) != len(final):
                # A folded constant may equal an unknown one (CPython then
                # reuses it): learn what the common prefix tells.
                learned = {}
                for g, w in zip(res, final):
                    if not unify(g, w, learned):
                        break
                # A folded tuple of unknowns left over may be one of the
                # final tuples.
                for g in res[len(final):]:
                    if type(g) is tuple:
                        for w in final:
                            trial = {}
                            if (type(w) is tuple and unify(g, w, trial)
                                    and all(same(learned.get(k, v), v) for k, v in trial.items())):
                                learned.update(trial)
                                break
                new = {k: v for k, v in learned.items() if k not in values}
                if new:
                    progress = new
        if best is None:
            if progress is None:
                return None
            values.update(progress)
            continue
        _, P, new = best
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
        consts = rebuild_consts(seq, instrs, list(co.co_consts), len(varnames), seed, co)
    else:
        rec["cellvars"] = sorted_cells(cellnames)
        rec["freevars"] = sorted(freevars)
        consts = rebuild_consts(seq, instrs, list(co.co_consts), len(varnames), final_code=co)
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
        # Its nested units can still be compared when each has its code
        # object among the final constants, in order.
        finals = [c for c in co.co_consts if type(c) is type(co)]
        if len(finals) == len(nested):
            for j, c in enumerate(finals):
                codes[id(c)] = "%s.%d" % (path, j)
                children.append((j, c))
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






OPTIMIZE = 0


def record_file(path):
    with open(path, "rb") as f:
        src = f.read()
    try:
        tree = ast.parse(src, path)
        co = compile(src, path, "exec", dont_inherit=True, optimize=OPTIMIZE)
        seq, meta = _testinternalcapi.compiler_codegen(tree, path, OPTIMIZE)
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
    flat = True
    global OPTIMIZE
    if args[:1] == ["--optimize"]:  # as python -O (1) or -OO (2)
        OPTIMIZE = int(args[1])
        args = args[2:]
    if args[:1] == ["--tree"]:  # name outputs by the whole path
        flat = False
        args = args[1:]
    if args[:1] == ["--out"]:
        outdir = args[1]
        args = args[2:]
    sys.setrecursionlimit(10000)
    for path in args:
        try:
            recs = record_file(path)
        except Exception as e:  # an oracle-side failure skips the file, not the run
            recs = [{"path": "0", "skip": "oracle failed: %s: %s" % (type(e).__name__, e)}]
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
        if outdir is None:
            sys.stdout.write(text)
        else:
            name = os.path.basename(path) if flat else path.strip("/").replace("/", "_")
            if name.endswith(".py"):
                name = name[:-3]
            with open(os.path.join(outdir, name + ".jsonl"), "w", encoding="utf-8") as f:
                f.write(text)


main()

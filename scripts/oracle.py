#!/usr/bin/env python3
"""The oracle: what CPython 3.13 says about a piece of Python source.

Every golden file in the repository comes from this script, run by the
scripts next to it, so anyone with CPython 3.13 can regenerate them.

  oracle.py tokens [-e] FILE|-        exactly `python -m tokenize [-e] FILE`
  oracle.py ast [--attributes] [--indent N] [--mode M] FILE|-
                                      ast.dump(ast.parse(...)) or the error
  oracle.py astjson [--mode M] [--type-comments] [--dump SPEC]... FILE|-
                                      the tree as JSON (see ast/astjson), with
                                      ast.dump for each SPEC: "" or a comma
                                      list of "a" (attributes) and "iN" (indent)
  oracle.py classes -                 the ast module's node classes as JSON
  oracle.py symtable FILE|-           every table of symtable.symtable(src, FILE,
                                      "exec"), depth first (see symtable/doc.go)
  oracle.py compile FILE|-            compile(src, FILE, "exec"): nothing, or
                                      the SyntaxError of any stage
  oracle.py code FILE|-               every field of every code object of
                                      compile(src, FILE, "exec"), depth first
                                      (the text of `peglab code`; see
                                      bytecode.Dump)
  oracle.py dis [-C] [-O] FILE|-      exactly `python -m dis [-C] [-O] FILE`,
                                      code object addresses masked
  oracle.py batch STAGE [ARGS...]     one JSON line per path read on stdin:
                                      {"path", "out", "err", "status"}

Run it with CPython 3.13 (PEGLAB_PYTHON, or `PYENV_VERSION=3.13.0 python3.13`).
Stages register themselves in STAGES; each takes (path, argv) and returns
(stdout text, stderr text, exit status).
"""

import argparse
import ast
import io
import json
import os
import subprocess
import sys
import traceback

if sys.version_info[:2] != (3, 13):
    sys.exit("oracle.py needs CPython 3.13, not %s" % sys.version.split()[0])


def read_source(path):
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


def stage_tokens(path, argv):
    """The exact text of `python -m tokenize`: tokenize's own main() run in
    this process (a process per file made corpus runs take minutes), or as
    a subprocess for standard input and when tokenize crashes, so that its
    argument handling and error printing are CPython's own."""
    if path != "-":
        res = tokenize_in_process(path, argv)
        if res is not None:
            return res
    if path == "-":  # tokenize reads standard input when given no file
        cmd = [sys.executable, "-m", "tokenize", *argv]
        r = subprocess.run(cmd, input=sys.stdin.buffer.read(), capture_output=True)
        dec = lambda b: b.decode("utf-8", "surrogateescape")
        return dec(r.stdout), dec(r.stderr), r.returncode
    cmd = [sys.executable, "-m", "tokenize", *argv, path]
    r = subprocess.run(cmd, capture_output=True, text=True, errors="surrogateescape")
    return r.stdout, r.stderr, r.returncode


def tokenize_in_process(path, argv):
    """tokenize.main() with its output captured, or None when it raised
    something other than SystemExit (its crash output needs a real
    process)."""
    import contextlib
    import tokenize
    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = ["python -m tokenize", *argv, path]
    status = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            tokenize.main()
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else 1
    except BaseException:
        return None
    finally:
        sys.argv = saved
    return out.getvalue(), err.getvalue(), status


def syntax_error_text(err, filename):
    """What CPython prints for an uncaught SyntaxError raised while compiling
    a file: the traceback module's format of the exception alone."""
    return "".join(traceback.format_exception_only(err))


def stage_ast(path, argv):
    ap = argparse.ArgumentParser(prog="oracle.py ast")
    ap.add_argument("--attributes", action="store_true")
    ap.add_argument("--indent", type=int, default=None)
    ap.add_argument("--mode", default="exec")
    opts = ap.parse_args(argv)
    src = read_source(path)
    name = "<stdin>" if path == "-" else path
    try:
        tree = ast.parse(src, filename=name, mode=opts.mode)
    except (SyntaxError, ValueError, MemoryError) as err:
        return "", syntax_error_text(err, name), 1
    out = ast.dump(tree, include_attributes=opts.attributes, indent=opts.indent)
    return out + "\n", "", 0


def encode_constant(v):
    """A constant as ast/astjson reads it: JSON has no inf, nan, big ints,
    bytes or lone surrogates, so each kind is spelled out."""
    if v is None or v is True or v is False:
        return v
    if v is ...:
        return {"ellipsis": True}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": v.hex()}
    if isinstance(v, complex):
        return {"complex": [v.real.hex(), v.imag.hex()]}
    if isinstance(v, str):
        try:
            v.encode("utf-8")
            return {"str": v}
        except UnicodeEncodeError:
            return {"wtf8": v.encode("utf-8", "surrogatepass").hex()}
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    raise TypeError("no JSON form for constant %r" % (v,))


def encode_node(node):
    """A node as {"_type": class, field: value..., attribute: value...}."""
    if isinstance(node, list):
        return [encode_node(x) for x in node]
    if not isinstance(node, ast.AST):
        return node
    out = {"_type": type(node).__name__}
    for name in node._fields:
        value = getattr(node, name)
        if name == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)):
            out[name] = encode_constant(value)
        else:
            out[name] = encode_node(value)
    for name in node._attributes:
        out[name] = getattr(node, name, None)
    return out


def stage_astjson(path, argv):
    ap = argparse.ArgumentParser(prog="oracle.py astjson")
    ap.add_argument("--mode", default="exec")
    ap.add_argument("--type-comments", action="store_true")
    ap.add_argument("--dump", action="append", default=[])
    opts = ap.parse_args(argv)
    src = read_source(path)
    name = "<stdin>" if path == "-" else path
    try:
        tree = ast.parse(src, filename=name, mode=opts.mode, type_comments=opts.type_comments)
    except (SyntaxError, ValueError, MemoryError) as err:
        return "", syntax_error_text(err, name), 1
    out = {"tree": encode_node(tree)}
    if opts.dump:
        out["dumps"] = {}
    for spec in opts.dump:
        attrs, indent = False, None
        for part in filter(None, spec.split(",")):
            if part == "a":
                attrs = True
            elif part.startswith("i"):
                indent = int(part[1:])
            else:
                raise ValueError("bad --dump spec %r" % spec)
        out["dumps"][spec] = ast.dump(tree, include_attributes=attrs, indent=indent)
    return json.dumps(out) + "\n", "", 0


def stage_classes(path, argv):
    """Every node class of the _ast module: what grammar/Python.asdl must
    describe. Optional means ast.dump's test: the class default is None."""
    import _ast
    out = []
    for name in sorted(n for n in dir(_ast) if isinstance(getattr(_ast, n), type)):
        cls = getattr(_ast, name)
        if not issubclass(cls, ast.AST) or cls is ast.AST:
            continue
        base = cls.__mro__[1].__name__
        types = getattr(cls, "_field_types", {})
        out.append({
            "name": name,
            "base": None if base == "AST" else base,
            "doc": cls.__doc__,
            "fields": [[f, str(types.get(f)), getattr(cls, f, ...) is None] for f in cls._fields],
            "attributes": [[a, getattr(cls, a, ...) is None] for a in cls._attributes],
            "subclasses": [c.__name__ for c in cls.__subclasses__() if hasattr(_ast, c.__name__)],
        })
    return json.dumps(out, indent=1) + "\n", "", 0


# The bits of a symbol's raw flags, named as in CPython's
# Include/internal/pycore_symtable.h, and the scopes stored above them.
SYMTABLE_FLAGS = [
    ("DEF_GLOBAL", 1), ("DEF_LOCAL", 2), ("DEF_PARAM", 4), ("DEF_NONLOCAL", 8),
    ("USE", 16), ("DEF_FREE", 32), ("DEF_FREE_CLASS", 64), ("DEF_IMPORT", 128),
    ("DEF_ANNOT", 256), ("DEF_COMP_ITER", 512), ("DEF_TYPE_PARAM", 1024),
    ("DEF_COMP_CELL", 2048),
]
SYMTABLE_SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}


def symtable_dump(table, out, depth=0):
    """One table and, indented under it, its symbols sorted by name and its
    children in order. Everything the symtable module exposes is here, raw:
    type, name, line, nested, varnames, and per symbol its scope, every flag
    bit by name, and how many child tables bear its name (namespaces)."""
    import _symtable
    raw = table._table
    pad = "  " * depth
    line = "%s%s %r line %d" % (pad, table.get_type().value, raw.name, raw.lineno)
    if raw.nested:
        line += " nested"
    if raw.varnames:
        line += " varnames=%r" % (list(raw.varnames),)
    out.append(line)
    for name in sorted(raw.symbols):
        flags = raw.symbols[name]
        scope = (flags >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
        bits = flags & ((1 << _symtable.SCOPE_OFF) - 1)
        names = [n for n, v in SYMTABLE_FLAGS if bits & v]
        rest = bits & ~sum(v for _, v in SYMTABLE_FLAGS)
        if rest:
            names.append(hex(rest))
        text = "%s  %r %s %s" % (pad, name, SYMTABLE_SCOPES.get(scope, str(scope)),
                                  "|".join(names) or "-")
        ns = sum(1 for c in raw.children if c.name == name)
        if ns:
            text += " namespaces=%d" % ns
        out.append(text)
    for child in table.get_children():
        symtable_dump(child, out, depth + 1)


def stage_symtable(path, argv):
    import symtable
    if argv:
        return "", "oracle.py symtable: no options expected, got %r\n" % (argv,), 2
    src = read_source(path)
    name = "<stdin>" if path == "-" else path
    try:
        top = symtable.symtable(src, name, "exec")
    except (SyntaxError, ValueError, MemoryError, RecursionError) as err:
        return "", syntax_error_text(err, name), 1
    out = []
    symtable_dump(top, out)
    return "\n".join(out) + "\n", "", 0


def stage_compile(path, argv):
    """compile(src, path, "exec"): nothing when it compiles, else the
    SyntaxError as CPython prints it (warnings are not errors here)."""
    import warnings
    if argv:
        return "", "oracle.py compile: no options expected, got %r\n" % (argv,), 2
    src = read_source(path)
    name = "<stdin>" if path == "-" else path
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(src, name, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as err:
        return "", syntax_error_text(err, name), 1
    return "", "", 0


def const_repr(v):
    """repr of a constant as bytecode.Dump shows it: sets sorted by the
    repr of their elements (their own order depends on hashing), code
    objects by qualified name and line."""
    import types
    if isinstance(v, types.CodeType):
        return "<code %s line %d>" % (v.co_qualname, v.co_firstlineno)
    if isinstance(v, tuple):
        if len(v) == 1:
            return "(%s,)" % const_repr(v[0])
        return "(%s)" % ", ".join(const_repr(x) for x in v)
    if isinstance(v, list):
        return "[%s]" % ", ".join(const_repr(x) for x in v)
    if isinstance(v, (set, frozenset)):
        if not v:
            return "%s()" % type(v).__name__
        inner = ", ".join(sorted(const_repr(x) for x in v))
        return ("frozenset({%s})" if isinstance(v, frozenset) else "{%s}") % inner
    if isinstance(v, dict):
        return "{%s}" % ", ".join("%s: %s" % (const_repr(k), const_repr(x)) for k, x in v.items())
    return repr(v)


def code_dump(co, out):
    """Every co_* field of co, then of its nested code objects, depth first
    (bytecode.Dump prints the same text from our code objects)."""
    import dis
    import types
    opt = lambda n: "None" if n is None else str(n)
    names = lambda t: "(%s)" % (", ".join(map(repr, t)) + ("," if len(t) == 1 else ""))
    out.append("code %s" % co.co_qualname)
    out.append("  filename %r" % co.co_filename)
    out.append("  name %r" % co.co_name)
    out.append("  qualname %r" % co.co_qualname)
    for f in ("firstlineno", "argcount", "posonlyargcount", "kwonlyargcount", "stacksize"):
        out.append("  %s %d" % (f, getattr(co, "co_" + f)))
    flags = "  flags %#x" % co.co_flags
    if co.co_flags:
        flags += " (%s)" % dis.pretty_flags(co.co_flags)
    out.append(flags)
    out.append("  nlocals %d" % co.co_nlocals)
    out.append("  code %s" % co.co_code.hex())
    out.append("  consts")
    for i, k in enumerate(co.co_consts):
        out.append("    %d: %s" % (i, const_repr(k)))
    out.append("  names %s" % names(co.co_names))
    lp = localsplus(co)
    out.append("  localsplusnames %s" % names(tuple(lp["localsplusnames"])))
    out.append("  localspluskinds %s" % lp["localspluskinds"].hex())
    out.append("  varnames %s" % names(co.co_varnames))
    out.append("  cellvars %s" % names(co.co_cellvars))
    out.append("  freevars %s" % names(co.co_freevars))
    out.append("  linetable %s" % co.co_linetable.hex())
    out.append("  exceptiontable %s" % co.co_exceptiontable.hex())
    out.append("  exceptions")
    for e in dis._parse_exception_table(co):
        out.append("    %d %d %d %d%s" % (e.start, e.end, e.target, e.depth, " lasti" if e.lasti else ""))
    out.append("  lines")
    for s, e, l in co.co_lines():
        out.append("    %d %d %s" % (s, e, opt(l)))
    out.append("  positions")
    for i, p in enumerate(co.co_positions()):
        out.append("    %d: %s" % (2 * i, " ".join(map(opt, p))))
    for k in co.co_consts:
        if isinstance(k, types.CodeType):
            out.append("")
            code_dump(k, out)


def localsplus(co):
    """co_localsplusnames and co_localspluskinds, which Python does not
    expose: read back from the code object's marshal form (fields in 3.13's
    TYPE_CODE order)."""
    import marshal
    return marshal_code_fields(marshal.dumps(co))


def marshal_code_fields(data):
    """The top code object's localsplus fields, read from its marshal
    bytes with a minimal reader of the format."""
    import struct
    pos = 0
    refs = []

    def rd():
        nonlocal pos
        code = data[pos]
        pos += 1
        flag, t = code & 0x80, chr(code & 0x7F)
        idx = None
        if flag:
            idx = len(refs)
            refs.append(None)

        def keep(v):
            if flag:
                refs[idx] = v
            return v
        def n32():
            nonlocal pos
            v = struct.unpack_from("<i", data, pos)[0]
            pos += 4
            return v
        def raw(n):
            nonlocal pos
            v = data[pos:pos + n]
            pos += n
            return v
        if t in "NFTS.0":
            return {"N": None, "F": False, "T": True, "S": StopIteration, ".": ..., "0": None}[t]
        if t == "i":
            return keep(n32())
        if t == "l":
            n = n32()
            raw(2 * abs(n))
            return keep(0)
        if t == "g":
            return keep(struct.unpack("<d", raw(8))[0])
        if t == "y":
            return keep(complex(*struct.unpack("<dd", raw(16))))
        if t == "s":
            return keep(raw(n32()))
        if t in "tuaA":
            return keep(raw(n32()).decode("utf-8", "surrogatepass"))
        if t in "zZ":
            n = data[pos]
            pos += 1
            return keep(raw(n).decode("latin-1"))
        if t in "()[<>":
            n = data[pos] if t == ")" else None
            if t == ")":
                pos += 1
            else:
                n = n32()
            items = []
            v = keep(items)
            for _ in range(n):
                items.append(rd())
            return v
        if t == "{":
            while rd() is not None:
                rd()
            return keep({})
        if t == "r":
            return refs[n32()]
        if t == "c":
            f = {}
            for k in ("argcount", "posonly", "kwonly", "stacksize", "flags"):
                f[k] = n32()
            for k in ("code", "consts", "names", "localsplusnames", "localspluskinds",
                      "filename", "name", "qualname"):
                f[k] = rd()
            f["firstlineno"] = n32()
            f["linetable"] = rd()
            f["exceptiontable"] = rd()
            return keep(f)
        raise ValueError("marshal type %r" % t)
    return rd()


def compile_file(path):
    """compile(src, path, "exec") with warnings silenced, as `python -m dis`
    compiles (its source read as bytes)."""
    import warnings
    src = read_source(path)
    name = "<stdin>" if path == "-" else path
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compile(src, name, "exec", dont_inherit=True)


def stage_code(path, argv):
    if argv:
        return "", "oracle.py code: no options expected, got %r\n" % (argv,), 2
    try:
        co = compile_file(path)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as err:
        return "", syntax_error_text(err, "<stdin>" if path == "-" else path), 1
    out = []
    code_dump(co, out)
    return "\n".join(out) + "\n", "", 0


ADDR_RE = None


def mask_addresses(text):
    """The address in each code object's repr is the one run-dependent part
    of dis's output."""
    global ADDR_RE
    import re
    if ADDR_RE is None:
        # a name may hold blanks: "<code object <generic parameters of A> at"
        ADDR_RE = re.compile(r"(<code object [^\n]*? at )0x[0-9a-fA-F]+(?=, file \")")
    return ADDR_RE.sub(r"\g<1>0x0", text)


def stage_dis(path, argv):
    """`python -m dis [-C] [-O] FILE`, run in this process: dis.dis of the
    compiled module with the addresses masked."""
    import dis
    ap = argparse.ArgumentParser(prog="oracle.py dis")
    ap.add_argument("-C", "--show-caches", action="store_true")
    ap.add_argument("-O", "--show-offsets", action="store_true")
    opts = ap.parse_args(argv)
    try:
        co = compile_file(path)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as err:
        return "", syntax_error_text(err, "<stdin>" if path == "-" else path), 1
    buf = io.StringIO()
    dis.dis(co, file=buf, show_caches=opts.show_caches, show_offsets=opts.show_offsets)
    return mask_addresses(buf.getvalue()), "", 0


STAGES = {
    "tokens": stage_tokens,
    "ast": stage_ast,
    "astjson": stage_astjson,
    "classes": stage_classes,
    "symtable": stage_symtable,
    "compile": stage_compile,
    "code": stage_code,
    "dis": stage_dis,
}


def batch(stage, argv):
    fn = STAGES[stage]
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        try:
            out, err, status = fn(path, argv)
        except Exception as exc:  # an oracle crash is data, not the end
            out, err, status = "", "oracle crashed: %r\n" % exc, 99
        sys.stdout.write(json.dumps({"path": path, "out": out, "err": err, "status": status}) + "\n")
        sys.stdout.flush()


def main():
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        return 0 if len(sys.argv) >= 2 else 2
    cmd, rest = sys.argv[1], sys.argv[2:]
    if (cmd == "dis" or cmd == "batch" and rest[:1] == ["dis"]) and os.environ.get("PYTHONHASHSEED") != "0":
        # dis shows frozensets in their hash order, which for strings is
        # fixed only with a fixed seed; compiler/dis hashes with seed 0.
        os.execve(sys.executable, sys.orig_argv, dict(os.environ, PYTHONHASHSEED="0"))
    if cmd == "batch":
        batch(rest[0], rest[1:])
        return 0
    if cmd not in STAGES:
        sys.exit("oracle.py: unknown stage %r (known: %s)" % (cmd, ", ".join(STAGES)))
    path = rest[-1] if rest else "-"
    out, err, status = STAGES[cmd](path, rest[:-1])
    sys.stdout.write(out)
    sys.stderr.write(err)
    return status


if __name__ == "__main__":
    sys.exit(main())

"""Print CPython 3.13's opcode facts as compiler/bytecode/opcodes.tsv.

Run: scripts/opcodes.sh (or PYTHON scripts/opcodes.py > compiler/bytecode/opcodes.tsv).
Every fact comes from the oracle's own opcode and _opcode modules; the Go
generator (internal/build/generate, step opcodes) turns the table into
compiler/bytecode/opcodes_gen.go.
"""
import opcode
import _opcode
import sys

if sys.version_info[:2] != (3, 13):
    sys.exit("scripts/opcodes.py needs CPython 3.13, not %s" % sys.version.split()[0])


def effect(op, jump):
    """The net stack effect as a formula of oparg n: 'A', 'A+Bn', or a named special."""
    takes = op >= opcode.HAVE_ARGUMENT or op >= 256
    vals = [_opcode.stack_effect(op, a if takes else None, jump=jump) for a in range(600)]
    a0 = vals[0]
    b = vals[1] - vals[0]
    if all(v == a0 + b * i for i, v in enumerate(vals)):
        if b == 0:
            return str(a0)
        return "%d%+dn" % (a0, b)
    # The few effects that are not linear in oparg, named after what decides them.
    if all(v == a0 + (i & 1) for i, v in enumerate(vals)):
        return "%d+lowbit" % a0
    if all(v == a0 - (i & 1) for i, v in enumerate(vals)):
        return "%d-lowbit" % a0
    if all(v == (i & 0xFF) + (i >> 8) for i, v in enumerate(vals)):
        return "unpack_ex"
    if all(v == (-2 if i == 3 else -1) for i, v in enumerate(vals)):
        return "build_slice"
    raise SystemExit("unknown stack effect shape for %s: %r" % (opcode.opname[op], vals[:12]))


backward = {"JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT"}
family = {}
for base, specs in opcode._specializations.items():
    for s in specs:
        family[s] = base

print("# CPython 3.13 opcodes, written by scripts/opcodes.py from the oracle's opcode module.")
print("# name\tcode\tflags\tcaches\teffect\tjump_effect\tfamily")
print("# flags: arg const name jump back local free compare exc pseudo instrumented specialized; '-' none")
rows = []
for name, op in opcode.opmap.items():
    rows.append((op, name))
for name, op in opcode._specialized_opmap.items():
    rows.append((op, name))
for op, name in sorted(rows):
    flags = []
    pseudo = op >= 256
    instrumented = opcode.MIN_INSTRUMENTED_OPCODE <= op < 256
    specialized = name in family
    # _opcode.has_arg is dis.hasarg: WITH_EXCEPT_START (44, which is
    # HAVE_ARGUMENT) takes none, and some instrumented forms past it neither.
    # A specialized form has its family's; every pseudo keeps one (the
    # compiler carries an oparg on each until the assembler).
    if pseudo or _opcode.has_arg(opcode.opmap[family[name]] if specialized else op):
        flags.append("arg")
    if op in opcode.hasconst:
        flags.append("const")
    if op in opcode.hasname:
        flags.append("name")
    if op in opcode.hasjump:
        flags.append("jump")
    if name in backward:
        flags.append("back")
    if op in opcode.haslocal:
        flags.append("local")
    if op in opcode.hasfree:
        flags.append("free")
    if op in opcode.hascompare:
        flags.append("compare")
    if op in opcode.hasexc:
        flags.append("exc")
    if pseudo:
        flags.append("pseudo")
    if instrumented:
        flags.append("instrumented")
    if specialized:
        flags.append("specialized")
    caches = opcode._inline_cache_entries.get(family.get(name, name), 0)
    if instrumented or specialized:
        eff = jeff = "-"
    else:
        eff, jeff = effect(op, False), effect(op, True)
    print("\t".join([name, str(op), ",".join(flags) or "-", str(caches), eff, jeff, family.get(name, "-")]))

"""Race peglab's VM against CPython 3.13 (and other Pythons, for the record) on bench/*.py.

Usage: python3.13 scripts/bench_vm.py --peglab BIN [--rounds N] [--vs NAME=CMD ...] [PROGRAM ...]

Each program runs as a whole process under every side; the sides take turns
for N rounds and each keeps its best (minimum) wall time, so load on the
machine disturbs all alike. Outputs must be identical to CPython 3.13's: a
program whose output differs is reported as such and its ratio is left out of
the geometric mean. Peak RSS comes from wait4's rusage.
"""
import argparse
import math
import os
import shlex
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_rss(cmd, timeout):
    """Run cmd, return (seconds, stdout, stderr, exit status, peak RSS in MB)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    bufs = {}
    readers = [threading.Thread(target=lambda k, f: bufs.__setitem__(k, f.read()), args=(k, f))
               for k, f in (("out", p.stdout), ("err", p.stderr))]
    for t in readers:
        t.start()
    killer = threading.Timer(timeout, p.kill)
    killer.start()
    _, status, ru = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t0
    timed_out = not killer.is_alive()
    killer.cancel()
    for t in readers:
        t.join()
    p.returncode = os.waitstatus_to_exitcode(status)
    if timed_out:
        return None, b"", b"timeout", -1, 0.0
    return dt, bufs["out"], bufs["err"], p.returncode, ru.ru_maxrss / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--peglab", required=True, help="the peglab binary")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--vs", action="append", default=[], help="NAME=COMMAND, another Python to time for the record")
    ap.add_argument("programs", nargs="*")
    a = ap.parse_args()
    progs = a.programs or sorted(os.path.join("bench", f) for f in os.listdir(os.path.join(ROOT, "bench")) if f.endswith(".py"))
    sides = [("cpython3.13", [sys.executable]), ("peglab", [a.peglab, "run"])]
    for v in a.vs:
        name, _, cmd = v.partition("=")
        sides.append((name, shlex.split(cmd)))
    env_note = "PYTHONHASHSEED=0 for every side"
    os.environ["PYTHONHASHSEED"] = "0"
    print("bench-vm: %d programs, best of %d rounds, %s" % (len(progs), a.rounds, env_note))
    print("%-22s %10s %10s %8s %9s %9s  %s" % ("program", "cpython s", "peglab s", "ratio", "cpy MB", "peglab MB", "notes"))
    ratios = []
    for prog in progs:
        best = {}
        outs = {}
        peak = {}
        notes = []
        for _ in range(a.rounds):
            for name, cmd in sides:
                dt, out, err, status, rss = run_rss(cmd + [prog], a.timeout)
                peak[name] = max(peak.get(name, 0.0), rss)
                if dt is None:
                    outs[name] = ("timeout", status)
                    continue
                outs[name] = (out, status, err)
                best[name] = min(best.get(name, dt), dt)
        ref = outs.get("cpython3.13")
        for name, _ in sides[1:]:
            got = outs.get(name)
            if got is None or got[0] == "timeout":
                notes.append("%s: timeout" % name)
            elif got[0] != ref[0] or got[1] != ref[1]:
                last = got[2].decode("utf-8", "replace").strip().splitlines()[-1:] if len(got) > 2 else []
                notes.append("%s: OUTPUT DIFFERS%s" % (name, (" (" + last[0][:80] + ")") if last else ""))
        pg = best.get("peglab")
        cp = best["cpython3.13"]
        ok = pg is not None and not any(n.startswith("peglab:") for n in notes)
        ratio = pg / cp if ok else None
        if ratio:
            ratios.append(ratio)
        for name, _ in sides[2:]:
            if name in best:
                notes.append("%s %.2fx" % (name, best[name] / cp))
        print("%-22s %10.3f %10s %8s %9.1f %9.1f  %s" % (os.path.basename(prog), cp,
              "%.3f" % pg if pg is not None else "-", "%.2fx" % ratio if ratio else "-",
              peak.get("cpython3.13", 0), peak.get("peglab", 0), "; ".join(notes)))
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("geometric mean peglab/cpython3.13: %.2fx over %d of %d programs (max %.2fx)" % (gm, len(ratios), len(progs), max(ratios)))
    else:
        print("geometric mean: no program ran identically under peglab")


main()

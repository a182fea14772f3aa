#!/usr/bin/env python3
"""Records how CPython 3.13 answers each limit case (cmd/peglab/testdata/
limits/*.py): exit status (negative: killed by that signal, as subprocess
reports it), the first line of stdout, and the last line of stderr.

  limits_golden.py DIR OUT.json -- python3.13

Cases run from DIR with their file name as argument, so tracebacks name
them alike. The file name's prefix says how a case runs:
  sigint_*  SIGINT one second after the start (Ctrl-C);
  head_*    stdout is a pipe whose reader takes one line and closes it
            (`... | head -1`);
  others    plainly, stdin empty.
The Go test (cmd/peglab/limits_test.go) runs peglab the same way.
"""
import json
import os
import signal
import subprocess
import sys
import time


# the environment's PYTHON* settings (PYTHONUNBUFFERED changes when a
# closed pipe is noticed) are not the cases'
ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def run(cmd, name, cwd):
    """One case's answer; the case folder's absolute path, which error
    messages name, reads DIR."""
    argv = cmd + [name]
    if name.startswith("head_"):
        p = subprocess.Popen(argv, cwd=cwd, env=ENV, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        first = p.stdout.readline()
        p.stdout.close()
        err = p.stderr.read()
        p.wait(timeout=60)
        out = first
    elif name.startswith("sigint_"):
        p = subprocess.Popen(argv, cwd=cwd, env=ENV, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(1.0)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=60)
    else:
        p = subprocess.run(argv, cwd=cwd, env=ENV, stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
        out, err = p.stdout, p.stderr
    err = err.decode("utf-8", "backslashreplace").replace(os.path.abspath(cwd), "DIR")
    lines = err.rstrip("\n").split("\n")
    return {
        "exit": p.returncode,
        "stdout_first": out.decode("utf-8", "backslashreplace").split("\n")[0],
        "stderr_last": lines[-1],
    }


def main():
    d, out = sys.argv[1], sys.argv[2]
    cmd = sys.argv[sys.argv.index("--") + 1:]
    res = {}
    for name in sorted(os.listdir(d)):
        if name.endswith(".py"):
            res[name] = run(cmd, name, d)
    with open(out, "w") as f:
        json.dump(res, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")


main()

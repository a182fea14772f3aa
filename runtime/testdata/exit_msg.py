import sys
print("out", file=sys.stdout)
print("err", file=sys.stderr)
sys.exit("fatal: something went wrong")

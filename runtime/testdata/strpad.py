# str padding: center's odd margin goes left only when the width is odd
# (found by scripts/progen-diff.sh), ljust/rjust/zfill, non-ASCII widths.
for w in range(0, 9):
    for s in ["", "a", "ab", "abc", "日本", "-5", "+x"]:
        print(repr(s.center(w, "*")), repr(s.ljust(w, ".")), repr(s.rjust(w)), repr(s.zfill(w)))
# a width no string can have is a MemoryError, not a crash
try:
    "a".ljust(10**12)
except MemoryError:
    print("MemoryError")
print("ab".center(7, "日"), "-5".zfill(6))

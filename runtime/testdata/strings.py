s = "The quick brown fox"
print(s.split(), s.lower(), s.title(), s.find("quick"), s.index("fox"), s.count("o"))
print(s.startswith("The"), s.endswith(("x", "y")), s.center(25, "*"), s.ljust(22, "."), s.rjust(22))
print("a-b-c".rsplit("-", 1), "x".zfill(3), "-5".zfill(4), "ab\ncd\n".splitlines(), "a b".partition(" "))
print("%-5s|%05d|%+.3e|%o|%%|%c" % ("ab", 42, 12345.678, 8, 65))
print("{:<6}|{:^6}|{:>6}|{:*^7}|{:08.3f}|{:+d}|{:e}|{:g}|{:%}".format("l", "c", "r", "s", 3.14159, 5, 1234.5, 0.0001, 0.25))
print(f"{'nested'!r:>10} {10:b} {10:o} {3.0} {1e20} {1/7:.10g}")
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("".join(parts), "|".join(map(str, range(3))))
u = "héllo wörld"
print(len(u), u[1], u[-3:], u.upper(), u.encode(), "ß".upper())
print(str(b"bytes"), b"ab" + b"cd", list(b"hi"), bytes([65, 66]))
print(ascii("é"), repr("\x00\x7f"), "tab\there".expandtabs(4))

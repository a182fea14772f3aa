vals = [0, 1, -1, 3.14159, -2.5, 1e-7, 1.5e300, 123456789, 2**70, 0.1, 100.0, float("inf"), float("nan")]
for v in vals:
    print(repr(v), str(v), f"{v}", "%s" % v)
for spec in ["", "10", "<10", "^10", ">+10", "010", ",", "_", ".3", ".3f", ".2e", ".3g", "%", "#x", "x", "b", "o", "c", "n", "08.3f", "+.1f", " .2f", ".0f", ".10g", "e", "G", "E"]:
    out = []
    for v in [42, -3.75, 255, 0.5]:
        try:
            out.append(format(v, spec))
        except (ValueError, TypeError) as e:
            out.append("ERR:" + str(e))
    print(repr(spec), out)
print("%5s|%-5s|%.2s|%c|%5.1f|%-8.3e|%g|%G|%i|%u|%X|%#o|%+d|% d|%%" % ("ab", "cd", "xyz", "q", 3.14159, 12345.678, 0.00001234, 1e20, 7, 8, 255, 8, 5, 5))
print("{:>10,.2f}|{:<8}|{:^9}|{!s:>6}|{:=+8d}".format(1234567.891, "left", "mid", 42, 17))
print(f"{'abc':.2}", f"{12:#b}", f"{-12:x}", f"{3.0:g}", f"{1e100:g}", f"{123.456:.1e}", f"{0.1:.20f}")
print(str(1/7), repr(1e23), 1e22, 9.999999999999999e22, 5e-324, 2.2250738585072014e-308, 0.30000000000000004)
print(int(1e18), int(1.5e18), float(10**18), float(2**63), 2**63 / 3, 10**30 / 10**10, 7 // 2.0, 2 ** 0.5 ** 2)
print(round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5e-3, 3), round(1e20), round(-1.5), round(7, -1), round(15, -1), round(25, -1))

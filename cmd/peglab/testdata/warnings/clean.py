# No warning at all.
x = r"\d" + "\\d" + f"{1:>3}"
print(x is None, x, [1, 2][0])

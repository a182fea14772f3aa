# The tokenizer's number followed by a keyword (verify_end_of_number).
x = [1, 2]
a = 1if x else 2
b = [0x1for y in x]
c = 0o7or 1
d = 0b1and 2
e = 1.5if x else 2j
f = 1jif x else 3
g = 1_0 in x
h = [1in x, 2not in x]
print(a, b, c, d, e, f, g, h)

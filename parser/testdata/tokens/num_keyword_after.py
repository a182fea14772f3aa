print(1if 1else 2)
x = [0x1for x in y]
z = 1or 2
w = 1and 2
v = 1in y
u = 1not in y
t = 1is 1

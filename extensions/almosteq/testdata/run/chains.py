# ~= chains like < and ==: a < b ~= c is a < b and b ~= c
a, b, c = 1, 2, 2.05
print(a < b ~= c)
print(a ~= b < c)
print(0 < 0.05 ~= 0 < 1)
print(1 ~= 1.05 ~= 1.1 ~= 1.15)
print(1 ~= 1.05 ~= 1.3)

def calls(x):
    print("eval", x)
    return x

# the middle operand is evaluated once, and the chain stops at the first False
print(calls(1) ~= calls(5) ~= calls(5.01))
if 3 ~= 3.01 == 3.01:
    print("branch taken")
print(not 1 ~= 2)

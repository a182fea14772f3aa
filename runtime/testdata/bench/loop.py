def f():
    total = 0
    x = 0.0
    for i in range(3000000):
        total += i * 2 % 7
        x += i * 0.5
    return total, x
print(f())

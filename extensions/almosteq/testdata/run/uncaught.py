def close(a, b):
    return a ~= b

print(close(1, 1.05))
print(close("1", 1))

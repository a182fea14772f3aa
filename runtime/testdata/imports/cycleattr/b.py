import a
print(a.__name__)
print(a.VAL)

# coding: nope-nope
print(1)


x

# Warnings of every stage in one file: the parser's first, as they are
# raised while parsing, then the compiler's.
x = 1
def g():
    return x is 7
y = "\d" if x is 8 else 1if x else 2
print(g(), y)

# coding: latin-1
s = "é"
def f(é): pass

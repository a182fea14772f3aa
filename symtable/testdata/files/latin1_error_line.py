# -*- coding: latin-1 -*-
def f():
    x = "éé"; global x

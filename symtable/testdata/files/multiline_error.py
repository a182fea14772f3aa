def g():
    def f(a,
          a): pass

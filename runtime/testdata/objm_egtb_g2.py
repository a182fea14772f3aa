try:
    raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]), KeyError("k")])
except* KeyError:
    pass

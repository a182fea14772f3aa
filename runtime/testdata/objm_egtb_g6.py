def level(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        level(n - 1)
    except Exception as e:
        raise ExceptionGroup(f"lvl{n}", [e, RuntimeError(n)])
level(3)

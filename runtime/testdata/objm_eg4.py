def nest(d):
    if d == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {d}", [nest(d-1), TypeError(d)])
raise nest(12)

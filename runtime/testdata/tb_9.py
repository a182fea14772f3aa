try:
    raise TypeError("one")
except TypeError:
    try:
        raise ValueError("two")
    except ValueError as e:
        raise KeyError("three") from e

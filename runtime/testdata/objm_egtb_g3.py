def handler():
    try:
        raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
    except* ValueError as e:
        raise KeyError("from val") from e
    except* TypeError:
        raise
handler()

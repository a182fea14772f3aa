try:
    x = [0] * 10**12
except MemoryError as e:
    print('caught', type(e).__name__, repr(e))

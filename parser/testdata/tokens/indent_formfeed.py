if x:
    y

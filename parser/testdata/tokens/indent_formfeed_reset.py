if x:
    y
      z

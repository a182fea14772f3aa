if x:
  # c
  y

z

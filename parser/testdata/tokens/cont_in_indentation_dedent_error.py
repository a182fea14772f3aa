if x:
    pass
  \
  y

if x:
  \
  y

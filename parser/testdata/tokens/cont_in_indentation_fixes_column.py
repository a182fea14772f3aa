if x:
  y
  \
 z

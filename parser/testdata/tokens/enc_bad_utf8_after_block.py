if x:
  y
ÿþ

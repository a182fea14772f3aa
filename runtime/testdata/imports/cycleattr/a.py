import b
VAL = 1

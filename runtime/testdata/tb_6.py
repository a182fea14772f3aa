def g():
    raise ValueError("bad value: %d" % 3)
try:
    g()
except ValueError as e:
    e.add_note("a note")
    raise

def f(i):
    raise ValueError(f"v{i}")
errs = []
for i in range(3):
    try: f(i)
    except ValueError as e:
        e.add_note(f"note {i}")
        errs.append(e)
eg = ExceptionGroup("batch", errs)
eg.add_note("group note")
try:
    raise eg
except ExceptionGroup as g:
    raise TypeError("wrapper") from g

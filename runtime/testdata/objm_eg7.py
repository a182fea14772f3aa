class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
def task(i):
    if i % 2:
        raise E(i)
    raise ValueError(i)
errs = []
for i in range(4):
    try:
        task(i)
    except Exception as e:
        errs.append(e)
try:
    raise ExceptionGroup("tasks", errs)
except* E as g:
    print([e.code for e in g.exceptions])
    raise ValueError("handler failed")

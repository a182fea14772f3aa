class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

def validate(rec):
    if "name" not in rec:
        raise ValidationError("name", "missing")

def load(recs):
    for r in recs:
        try:
            validate(r)
        except ValidationError as e:
            raise RuntimeError(f"bad record {r!r}") from e

try:
    load([{"name": 1}, {}])
except RuntimeError as e:
    print("caught:", e, "| cause:", e.__cause__, e.__cause__.field)

def finish():
    try:
        1 / 0
    finally:
        print("finally runs")

finish()

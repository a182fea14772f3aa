class ValidationError(Exception):
    def __init__(self, field, msg):
        self.field = field
        super().__init__(f"{field}: {msg}")
class User:
    def __init__(self, name, age):
        if not name: raise ValidationError("name", "empty")
        if age < 0: raise ValidationError("age", f"negative ({age})")
        self.name, self.age = name, age
def make(rows):
    users, errors = [], []
    for r in rows:
        try:
            users.append(User(*r))
        except ValidationError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("invalid users", errors)
    return users
try:
    make([("a", 1), ("", 2), ("c", -5)])
except* ValidationError as eg:
    for e in eg.exceptions:
        print("invalid", e.field, e)
def process():
    try:
        make([("x", -1), ("", 0)])
    except* ValidationError as eg:
        raise RuntimeError("processing failed") from eg
process()

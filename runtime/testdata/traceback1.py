def inner(x):
    return x["key"] + 1

def middle(d):
    value = inner(d)
    return value

def outer():
    data = {"other": 1}
    try:
        middle(data)
    except KeyError:
        raise ValueError("bad data") from None

try:
    outer()
except ValueError:
    print("first")

def compute(a, b):
    return a / b + 1

print("start")
try:
    compute(1, 0)
except ZeroDivisionError as e:
    raise RuntimeError("compute failed")

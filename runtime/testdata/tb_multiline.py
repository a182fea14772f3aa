def add(a, b):
    return a + b

data = {"x": [1, 2, 3]}
total = add(
    data["x"][0],
    data["y"],
)

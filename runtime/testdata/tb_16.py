values = [3, 1, "x"]
values.sort()

# Recursive copying of containers in the style of pyperformance's deepcopy, written afresh:
# a hand-written deep copy dispatching on type with a memo dict, copy.deepcopy of nested
# data and of instances, and structural equality checks.
import copy


def my_deepcopy(x, memo):
    i = id(x)
    if i in memo:
        return memo[i]
    t = type(x)
    if t is list:
        y = []
        memo[i] = y
        for v in x:
            y.append(my_deepcopy(v, memo))
    elif t is dict:
        y = {}
        memo[i] = y
        for k, v in x.items():
            y[my_deepcopy(k, memo)] = my_deepcopy(v, memo)
    elif t is tuple:
        y = tuple([my_deepcopy(v, memo) for v in x])
        memo[i] = y
    elif isinstance(x, Record):
        y = Record.__new__(Record)
        memo[i] = y
        y.__dict__.update(my_deepcopy(x.__dict__, memo))
    else:
        y = x
    return y


class Record:
    def __init__(self, name, tags, data):
        self.name = name
        self.tags = tags
        self.data = data

    def __eq__(self, other):
        return isinstance(other, Record) and self.__dict__ == other.__dict__


def make_data(n):
    shared = [1, 2, 3]
    return {
        "ints": list(range(n)),
        "strs": ["s%d" % i for i in range(n // 4)],
        "nested": [{"k": i, "v": (i, str(i), [i, i + 1])} for i in range(n // 8)],
        "records": [Record("r%d" % i, ("a", "b"), {"x": i, "shared": shared}) for i in range(n // 16)],
        "shared": [shared, shared],
        "tuple": tuple(range(20)),
    }


data = make_data(400)
total = 0
for _ in range(1000):
    c = my_deepcopy(data, {})
    assert c == data
    assert c["shared"][0] is c["shared"][1]
    total += len(c["ints"]) + len(c["nested"])
for _ in range(150):
    c = copy.deepcopy(data)
    assert c == data and c is not data
    assert c["records"][3].data["shared"] is c["shared"][0]
    total += len(c["records"])
print(total)

import math
def compute(values):
    return [math.sqrt(v) for v in values]
compute([4, -1])

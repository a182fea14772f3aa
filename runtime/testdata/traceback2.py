class Thing:
    def __init__(self):
        self.value = 1

def f(items):
    total = 0
    for it in items:
        total = total + it.vaule
    return total

f([Thing()])

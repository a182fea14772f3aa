class A:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self.itemz
a = A()
a.add(1)

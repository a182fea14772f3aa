class Tree:
    def __init__(self, children=()):
        self.children = list(children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
    def __repr__(self):
        return f"Tree({self.children!r})"
t = Tree([Tree(), Tree([Tree()])])
print(t.depth(), t)
def bad():
    yield from (1 / x for x in [1, 0])
list(bad())

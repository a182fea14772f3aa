# ~= and -> together: -> binds tighter than comparisons
class Scale:
    def __init__(self, k):
        self.k = k
    def __rarrow__(self, x):
        return x * self.k

print(1 -> Scale(1.05) ~= 1)
print(1 -> Scale(2) ~= 2 -> Scale(1.01))
print([n for n in range(5) if n -> Scale(0.5) ~= 1])

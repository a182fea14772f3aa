class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __matmul__(self, o):
        n, m = self.shape; m2, p = o.shape
        if m != m2: raise ValueError(f"shape mismatch {self.shape} @ {o.shape}")
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __mul__(self, k): return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __add__(self, o): return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self): return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(f"{x:>{w}}" for x in r) for r in self.rows)
    def __iter__(self): return iter(self.rows)
    def __len__(self): return len(self.rows)
    def T(self): return Matrix(zip(*self.rows))
m = Matrix([[1, 2], [3, 4]])
print(m @ Matrix.identity(2) == m, m @ m, 2 * m, m * 3, m + m, m.T(), sep="\n")
print(str(m @ m))
m[0, 1] = 9; print(m[0, 1], m.shape, len(m), list(m))
try:
    m @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
m @ Matrix([[1, 2, 3]])

class Life:
    def __init__(self, rows, cols, live=()):
        self.rows, self.cols = rows, cols
        self.cells = set(live)
    @classmethod
    def parse(cls, text):
        lines = text.strip("\n").splitlines()
        live = {(r, c) for r, line in enumerate(lines) for c, ch in enumerate(line) if ch == "#"}
        return cls(len(lines), max(map(len, lines)), live)
    def neighbours(self, r, c):
        return sum(((r + dr) % self.rows, (c + dc) % self.cols) in self.cells
                   for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
    def step(self):
        new = set()
        for r in range(self.rows):
            for c in range(self.cols):
                n = self.neighbours(r, c)
                if n == 3 or (n == 2 and (r, c) in self.cells):
                    new.add((r, c))
        self.cells = new
        return self
    def __str__(self):
        return "\n".join("".join("#" if (r, c) in self.cells else "." for c in range(self.cols)) for r in range(self.rows))
    def __eq__(self, o): return self.cells == o.cells
    def __hash__(self): return hash(frozenset(self.cells))
    def __len__(self): return len(self.cells)
g = Life.parse("""
......
..#...
...#..
.###..
......
......
""")
for gen in range(4):
    print(f"gen {gen} ({len(g)} alive)"); print(g); g.step()
blinker = Life(5, 5, {(2, 1), (2, 2), (2, 3)})
seen = {}
for i in range(6):
    key = frozenset(blinker.cells)
    if key in seen:
        print("period", i - seen[key]); break
    seen[key] = i
    blinker.step()
import itertools
def run(life, n):
    for _ in itertools.repeat(None, n): life.step()
    return life
big = Life(20, 20, {(r, c) for r in range(20) for c in range(20) if (r * 7 + c * 3) % 5 == 0})
print(len(run(big, 15)))
print(sorted(big.cells)[:5])

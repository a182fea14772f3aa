# Board search in the style of pyperformance's hexiom and go, written afresh: a sudoku
# solver by constraint propagation and depth-first search (dicts of candidate strings,
# copies of the board per guess) and random playouts on a small grid with flood fill.
import random

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
SQUARES = [r + c for r in ROWS for c in DIGITS]
UNITS_LIST = ([[r + c for r in ROWS] for c in DIGITS] +
              [[r + c for c in DIGITS] for r in ROWS] +
              [[r + c for r in rs for c in cs] for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITS_LIST if s in u] for s in SQUARES}
PEERS = {s: set(sum(UNITS[s], [])) - {s} for s in SQUARES}


def assign(values, s, d):
    others = values[s].replace(d, "")
    for d2 in others:
        if not eliminate(values, s, d2):
            return False
    return values


def eliminate(values, s, d):
    if d not in values[s]:
        return values
    values[s] = values[s].replace(d, "")
    if len(values[s]) == 0:
        return False
    if len(values[s]) == 1:
        d2 = values[s]
        for s2 in PEERS[s]:
            if not eliminate(values, s2, d2):
                return False
    for u in UNITS[s]:
        places = [s2 for s2 in u if d in values[s2]]
        if not places:
            return False
        if len(places) == 1 and not assign(values, places[0], d):
            return False
    return values


def parse(grid):
    values = {s: DIGITS for s in SQUARES}
    for s, d in zip(SQUARES, grid):
        if d in DIGITS and not assign(values, s, d):
            return False
    return values


def search(values):
    if values is False:
        return False
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        r = search(assign(values.copy(), s, d))
        if r:
            return r
    return False


PUZZLES = [
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
    "48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....",
]


class Board:
    def __init__(self, size, rng):
        self.size = size
        self.cells = [0] * (size * size)
        self.rng = rng

    def neighbours(self, i):
        n = self.size
        r, c = divmod(i, n)
        if r > 0:
            yield i - n
        if r < n - 1:
            yield i + n
        if c > 0:
            yield i - 1
        if c < n - 1:
            yield i + 1

    def group(self, i):
        colour = self.cells[i]
        seen = {i}
        stack = [i]
        libs = 0
        while stack:
            j = stack.pop()
            for k in self.neighbours(j):
                v = self.cells[k]
                if v == 0:
                    libs += 1
                elif v == colour and k not in seen:
                    seen.add(k)
                    stack.append(k)
        return seen, libs

    def play(self, i, colour):
        self.cells[i] = colour
        captured = 0
        for k in self.neighbours(i):
            if self.cells[k] == 3 - colour:
                g, libs = self.group(k)
                if libs == 0:
                    for j in g:
                        self.cells[j] = 0
                    captured += len(g)
        return captured

    def playout(self, moves):
        colour = 1
        score = 0
        for _ in range(moves):
            empties = [i for i, v in enumerate(self.cells) if v == 0]
            if not empties:
                break
            score += self.play(self.rng.choice(empties), colour)
            colour = 3 - colour
        return score + sum(self.cells)


out = []
for _ in range(8):
    for p in PUZZLES:
        v = search(parse(p))
        out.append("".join(v[s] for s in SQUARES)[:9])
print(out[:4])
rng = random.Random(7)
print(sum(Board(9, rng).playout(60) for _ in range(600)))

# List, dict and set comprehensions (PEP 709 inlined) over ranges and nested data.
grid = [[(i * j) % 17 for j in range(300)] for i in range(300)]
total = 0
for _ in range(40):
    flat = [x for row in grid for x in row if x % 3]
    total += len(flat)
    sq = {i: i * i for i in range(5000)}
    total += sum(v for k, v in sq.items() if k % 7 == 0) % 1000
    seen = {x * 31 % 101 for x in flat}
    total += len(seen)
    transposed = [[row[i] for row in grid] for i in range(0, 300, 3)]
    total += sum(map(sum, transposed)) % 997
print(total)

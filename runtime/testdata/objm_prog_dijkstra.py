import heapq
from collections import defaultdict
class Graph:
    def __init__(self): self.adj = defaultdict(list)
    def add(self, u, v, w, both=True):
        self.adj[u].append((v, w))
        if both: self.adj[v].append((u, w))
    def dijkstra(self, src):
        dist = {src: 0}; prev = {}; pq = [(0, src)]; seen = set()
        while pq:
            d, u = heapq.heappop(pq)
            if u in seen: continue
            seen.add(u)
            for v, w in self.adj[u]:
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd; prev[v] = u; heapq.heappush(pq, (nd, v))
        return dist, prev
    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist: return None, float("inf")
        p = [dst]
        while p[-1] != src: p.append(prev[p[-1]])
        return p[::-1], dist[dst]
g = Graph()
for u, v, w in [("A","B",7),("A","C",9),("A","F",14),("B","C",10),("B","D",15),("C","D",11),("C","F",2),("D","E",6),("E","F",9)]:
    g.add(u, v, w)
g.add("X", "Y", 1, both=False)
dist, _ = g.dijkstra("A")
print(sorted(dist.items()))
for dst in "EDFX":
    print(dst, g.path("A", dst))
grid = ["S.#.....", ".##.###.", "....#...", "#.#...#E"]
def grid_graph(grid):
    G = Graph()
    R, C = len(grid), len(grid[0])
    for r in range(R):
        for c in range(C):
            if grid[r][c] == "#": continue
            for dr, dc in ((0,1),(1,0)):
                nr, nc = r+dr, c+dc
                if nr < R and nc < C and grid[nr][nc] != "#":
                    G.add((r,c), (nr,nc), 1 + (nr+nc) % 3)
    return G
G = grid_graph(grid)
p, d = G.path((0,0), (3,7))
print(d, len(p), p[:4])
h = []
for x in [5, 1, 8, 3, 9, 2]: heapq.heappush(h, (x % 3, -x, f"t{x}"))
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nsmallest(3, [7, 1, 5, 3], key=lambda x: -x), heapq.nlargest(2, "hello"))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
h2 = [4, 1, 3]; heapq.heapify(h2); print(h2, heapq.heappushpop(h2, 0), heapq.heapreplace(h2, 10), h2)

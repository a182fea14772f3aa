import heapq, bisect, random
random.seed(1)
data = [random.random() for _ in range(200000)]
h = []
for x in data:
    heapq.heappush(h, x)
t = 0.0
while h:
    t += heapq.heappop(h)
s = []
for x in data[:20000]:
    bisect.insort(s, x)
c = sum(bisect.bisect_left(s, x) for x in data[:100000])
print(round(t, 6), c)

import heapq, bisect, random
random.seed(5)
data = [random.randrange(10000) for _ in range(6000)]
h = data[:]; heapq.heapify(h); print(h[:20], h[2990:3010])
small = data[:50]; heapq.heapify(small); print(small)
out = [heapq.heappop(h) for _ in range(30)]; print(out)
heapq.heappush(h, -1); print(h[:5], heapq.heapreplace(h, 50000), heapq.heappushpop(h, -5), heapq.heappushpop(h, 10**9), h[:5])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda v: -v), list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
m = data[:100]; heapq._heapify_max(m); print(m[:10], heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m[:5])
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1), lambda: heapq.heapify(1), lambda: heapq.heappush([1], 'x'), lambda: heapq.heappush([]), lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(1, 1), lambda: bisect.insort([1, 'a'], 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
s = sorted(data[:200])
print([bisect.bisect_left(s, v) for v in (0, 500, 5000, 9999, 10**6)], [bisect.bisect_right(s, v) for v in (0, 500, 5000)], bisect.bisect(s, 5000, 10, 50), bisect.bisect_left(s, 5000, hi=20))
pairs = sorted((v, str(v)) for v in data[:30]); print(bisect.bisect(pairs, 5000, key=lambda p: p[0]), bisect.bisect_left(pairs, 5000, key=lambda p: p[0]))
l = []; [bisect.insort(l, v) for v in data[:30]]; print(l); bisect.insort_left(l, 100); bisect.insort_right(l, 100, lo=2); print(l[:5]); bisect.insort(pairs, (5000, 'x'), key=lambda p: p[0]); print(pairs[:3])
print(bisect.bisect_right(range(100), 42), bisect.bisect_left((1, 2, 2, 3), 2))

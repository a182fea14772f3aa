import random
random.seed(12345)
print(random.random(), random.random(), random.randint(1, 100), random.choice("abcdef"))
random.seed(2**70 + 3)
print(random.random(), random.getrandbits(70))
r = random.Random(7); print(r.random(), r.uniform(1, 2))
l = list(range(10)); random.seed(1); random.shuffle(l); print(l)
random.seed("hello"); print(random.random())

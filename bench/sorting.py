# sorted() with keys, list.sort with reverse, tuples compared element-wise.
import random

random.seed(2024)
records = [(random.randrange(1000), "n%05d" % random.randrange(100000), random.random()) for _ in range(60000)]
total = 0
for _ in range(3):
    by_name = sorted(records, key=lambda r: r[1])
    by_score = sorted(records, key=lambda r: (-r[0], r[2]))
    plain = sorted(records)
    total += by_name[0][0] + by_score[0][0] + plain[-1][0]
    words = [r[1] for r in records]
    words.sort(reverse=True)
    total += len(words[0]) + int(by_score[100][2] * 1000)
    nums = [r[0] * 7919 % 10007 for r in records]
    nums.sort(key=abs)
    total += nums[len(nums) // 2]
print(total)

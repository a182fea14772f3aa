nums = [1, 2, 3]
result = nums[1] / (nums[0] - 1)

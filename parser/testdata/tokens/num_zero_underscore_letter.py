x = 0_a

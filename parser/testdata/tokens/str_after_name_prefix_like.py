bar'x' rb1 = 2

abc€def = 1

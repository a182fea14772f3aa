if x:
    # c
  # d
        # e
    y
# f
z

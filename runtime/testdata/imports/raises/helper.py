def run(n):
    if n == 0:
        raise ValueError("boom")
    return run(n - 1)

print("helper", __name__)

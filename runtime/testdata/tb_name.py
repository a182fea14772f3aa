def helper():
    counter = 1
    return countr + 1

def run(items):
    results = [
        helper()
        for _ in items
    ]
    return results

run([1])

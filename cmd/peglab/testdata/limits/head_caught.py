import sys
try:
    for i in range(100000):
        print(i)
except BrokenPipeError:
    sys.stderr.write('broken pipe caught\n')

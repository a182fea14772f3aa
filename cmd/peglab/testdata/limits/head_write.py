import sys
for i in range(100000):
    sys.stdout.write('%d\n' % i)

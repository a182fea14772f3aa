import sys
print(sys.argv[1:])
print("bye")
sys.exit(3)

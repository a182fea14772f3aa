import time
try:
    while True:
        pass
except KeyboardInterrupt:
    print('caught KeyboardInterrupt')

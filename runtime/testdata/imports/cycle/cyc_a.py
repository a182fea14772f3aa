print("a start")
import cyc_b
print("a end")
thing = 1

print("before")
import bad

s = "abc"
s.upper().lower().foo()

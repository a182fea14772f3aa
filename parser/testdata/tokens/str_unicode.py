s = 'héllo wörld €𝄞'
t = b'\xff'

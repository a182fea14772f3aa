r'a' u'b' b'c' br'd' rb'e' R'f' U'g' B'h' BR'i' Rb'j' bR'k' rB'l' Br'm'

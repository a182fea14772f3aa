a = complex(3, 4); b = 1 - 2j
print(a, b, a + b, a - b, a * b, a / b, a ** 2, 2 ** b, abs(a), -a, +b, a == 3+4j, a != b, a.real, a.imag, a.conjugate())
print(complex("1+2j"), complex("-3.5j"), complex(" 2 "), complex(2.5), complex(1, 1j), complex(), complex(imag=2))
print(1 + 1j, 2.0 * 1j, 1j * 1j, (1+2j) / 2, hash(1+0j) == hash(1), bool(0j), bool(1j), 1j ** 0, 0j ** 2)
print(type(1j).__name__, isinstance(1j, complex), (3+4j).__abs__(), complex.__add__(1j, 2))
for bad in ["abc", "1+", ""]:
    try: complex(bad)
    except ValueError as e: print(e)
try: 1j < 2j
except TypeError as e: print(e)
try: 1j / 0
except ZeroDivisionError as e: print(e)
try: 1j // 2
except TypeError as e: print(e)
class C(complex):
    def __abs__(self): return 99
print(abs(C(3, 4)), C(1, 2) + 1, type(C(1, 2) + 1), C(1, 2))
import cmath
print(cmath.sqrt(-1), cmath.phase(1j), cmath.polar(1+1j))

import array
import _struct as struct
print(array.typecodes, array.ArrayType is array.array, sorted(n for n in dir(array) if not n.startswith('__')))
for call in [lambda: array.array(), lambda: array.array('z'), lambda: array.array('ii'), lambda: array.array(1), lambda: array.array('b', [300]), lambda: array.array('B', [-1]),
             lambda: array.array('i', [1.5]), lambda: array.array('f', ['x']), lambda: array.array('i', 'abc'), lambda: array.array('h', b'abc'),
             lambda: array.array('i', [1])[5], lambda: array.array('i').pop(), lambda: array.array('i', [1]).remove(5), lambda: array.array('i', [1]).index(5),
             lambda: array.array('i') + array.array('d'), lambda: array.array('i') + [1], lambda: array.array('I', [2**32]), lambda: array.array('q', [2**63]), lambda: array.array('Q', [-1]),
             lambda: array.array('l', [2**64]), lambda: array.array('i', [1]).frombytes('ab'), lambda: array.array('i').fromlist((1,)), lambda: array.array('i', [1, 2]).tounicode(),
             lambda: array.array('i', [1,2])['a'], lambda: array.array('H', [70000]), lambda: array.array('b', [1]).extend([1, 'x'])]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
a = array.array('i', [1, 2, 3])
print(a, repr(array.array('d')), array.array('w', 'ab'), array.array('f', [0.1]), array.array('b', b'\x01\xff'))
a.append(4); a.extend([5, 6]); a.extend(array.array('i', [7])); a.insert(0, 0); a.insert(-1, 99); a.insert(100, 100)
print(a, len(a), a[0], a[-1], a[1:3], a[::2], a.tolist(), a.itemsize, a.typecode, a.count(99), a.index(99), 99 in a, a.pop(), a.pop(0), a)
a[0] = 42; a[1:3] = array.array('i', [8, 9, 10]); del a[-1]; del a[0:1]
print(a, a.tobytes(), array.array('i', a.tobytes()) == a, a == array.array('d', a.tolist()), a < array.array('i', [100]))
b = array.array('h'); b.frombytes(b'\x01\x00\x02\x00'); b.fromlist([3]); b.reverse(); print(b, b.buffer_info()[1], b * 2, 2 * b, b + b, list(b), sum(b))
b.byteswap(); print(b)
c = array.array('d', [1.5, 2.5]); c += array.array('d', [3.0]); c *= 2; print(c, c.tolist())
print(struct.unpack('<3i', array.array('i', [1, 2, 3])), struct.pack_into('<h', b, 0, 7), b)
print(array.array('B', range(5)), array.array('b', (x for x in range(3))), array.array('i', array.array('b', [1, 2])))
try: a[0] = 'x'
except Exception as e: print(type(e).__name__, e)
try: a[1:2] = [1]
except Exception as e: print(type(e).__name__, e)
try: array.array('i', [1]) + array.array('i', [2]) * 'x'
except Exception as e: print(type(e).__name__, e)
print(hash is not None, bool(array.array('i')), str(array.array('i', [1])))
d = array.array('i', [5, 1, 4]); print(sorted(d), max(d), d[::-1], d.__class__.__name__, type(d).__module__)
e = array.array('i', [1,2,3,4,5]); e[::2] = array.array('i', [0,0,0]); print(e)
try: e[::2] = array.array('i', [0])
except Exception as x: print(type(x).__name__, x)
for code in 'bBhHiIlLqQ':
    r = [code]
    for v in (2**70, 2**40, 2**17, 300, -1, -300, -2**17, -2**40, -2**70):
        try:
            array.array(code, [v]); r.append('ok')
        except OverflowError as e:
            r.append(str(e))
    print(*r, sep=' | ')
a = array.array('i', [1, 2, 3])
for call in [lambda: a.__init__() or exec('a[0:1] = array.array("d", [1.0])'), lambda: a.extend(array.array('d')), lambda: a.frombytes(b'abc'), lambda: a.index(2, 2), lambda: array.array('d', [1, 'x'])]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(a.index(3, 1, 5), a.buffer_info()[1], array.array('i', [1]) == [1], array.array('d', [1.0]) == array.array('i', [1]))
w = array.array('w', 'h\u00e9\U0001f600'); print(w, len(w), w[2], w.tounicode(), w.itemsize); w.fromunicode('z'); print(w)
import copy
print(copy.copy(a) if False else a.__copy__(), array.array('q', [-1]).tobytes(), array.array('f', b'\x00\x00\x80\x3f'))

import _struct as struct
for mode in '@=<>!':
    for c in 'bBhHiIlLqQnNP?cefd':
        f = mode + c
        try: sz = struct.calcsize(f)
        except struct.error as e: print(f, 'calcsize', e); continue
        out = [f, sz]
        for v in (2**64, -2**64, -1, 2**31, 1.5, 'x', b'xy', 1e300, None):
            try: r = struct.pack(f, v); out.append(r.hex())
            except Exception as e: out.append(f'{type(e).__name__}:{e}')
        print(*out, sep=' | ')
for f in ['3x', 'x3', '5s', '5p', '0s', '2c', 'ci', '@ic', 'ic', '<ic', ' i  h ', 'i2', '2', 'z', 'i#', '10000000000000000000000i', '99999999999999999999s']:
    try: print(repr(f), struct.calcsize(f))
    except Exception as e: print(repr(f), type(e).__name__, e)
s = struct.Struct('<hi')
print(repr(s), s.format, s.size)
print(repr(struct.Struct(b'>q')), struct.Struct(b'>q').format)
for call in [lambda: struct.pack('i'), lambda: struct.pack('i', 1, 2), lambda: struct.unpack('i', b'abc'), lambda: struct.unpack('i', 'abcd'),
             lambda: struct.unpack_from('i', b'abcdef', 4), lambda: struct.unpack_from('i', b'abcdef', -1), lambda: struct.unpack_from('i', b'abcdef', -10),
             lambda: struct.pack_into('i', bytearray(3), 0, 1), lambda: struct.pack_into('i', bytearray(8), 6, 1), lambda: struct.pack_into('i', bytearray(8), -9, 1),
             lambda: struct.pack_into('i', b'abcd', 0, 1), lambda: struct.iter_unpack('i', b'abcde'), lambda: struct.iter_unpack('', b''), lambda: struct.Struct(1),
             lambda: struct.pack('5s', 'abc'), lambda: struct.pack('5p', 1), lambda: struct.pack_into('i'), lambda: struct.pack_into('i', bytearray(4)),
             lambda: struct.pack('c', b'ab'), lambda: struct.pack('c', 1), lambda: struct.unpack_from('i', buffer=b'abcd', offset=0), lambda: struct.calcsize(1),
             lambda: struct.pack(), lambda: struct.Struct('i').pack_into(bytearray(4), 1, 2), 
             lambda: struct.pack('d', '1'), lambda: struct.pack('?', []), lambda: struct.pack('e', 1e10), lambda: struct.pack('f', 1e300), lambda: struct.pack('<f', -1e39),
             lambda: struct.pack('i', 1.0), lambda: struct.pack('q', True), lambda: struct.unpack('>e', b'\x7c\x00'), lambda: struct.pack('>e', 65519.0), lambda: struct.pack('>e', 65520.0)]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
print(struct.unpack('<5p', b'\x03abcd'), struct.pack('<5p', b'abcdefg'), struct.pack('3p', b'a'), struct.pack('1p', b'abc'), struct.pack('300p', b'a'*300)[:3])
print(struct.pack('@bhiqd', 1, 2, 3, 4, 5.0).hex(), struct.calcsize('@bhiqd'), struct.calcsize('@?e'), struct.calcsize('xi'))
print(struct.unpack('<?', b'\x02'), struct.pack('?', 'x'), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
print(struct.pack('>e', 1.5).hex(), struct.unpack('>e', b'\x3e\x00'), struct.pack('<e', float('nan')).hex(), struct.pack('<e', 5.960464477539063e-08).hex(), struct.pack('<e', 2.9e-08).hex(), struct.pack('<e',3e-08).hex())
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.pack('>d', -0.0).hex(), struct.pack('<f', float('inf')).hex())
class I:
    def __index__(self): return 7
print(struct.pack('<i', I()), struct.pack('<Q', 2**64-1), struct.unpack('<q', b'\xff'*8), struct.pack('<P', 5) if False else '')
print(struct.__doc__ is not None, sorted(n for n in dir(struct) if not n.startswith("__")), struct.error.__module__, struct.Struct.__module__)
s = struct.Struct('@2h5sxq?')
print(s.size, s.format, s.pack(1, -2, b'hello', 3, True), s.unpack(s.pack(1, -2, b'hello', 3, True)))
print(s.unpack_from(bytes(40), 8), s.unpack_from(buffer=bytes(32)), len(list(s.iter_unpack(bytes(s.size * 3)))))
it = s.iter_unpack(bytes(s.size * 2)); print(it.__length_hint__(), next(it), it.__length_hint__())
buf = bytearray(20); s2 = struct.Struct('>I'); s2.pack_into(buf, 4, 0xdeadbeef); s2.pack_into(buf, -4, 1); print(buf)
print(struct.pack('<qQ', -2**63, 2**64 - 1), struct.unpack('<qQ', struct.pack('<qQ', -2**63, 2**64 - 1)))
print(struct.pack('>3s2p', b'abcdef', b'xyz'), struct.unpack('>hhl', b'\x00\x01\x00\x02\x00\x00\x00\x03'))
for f in ['<e', '>f', '<d']:
    for x in [0.0, -0.0, 1.0, -2.5, 65504.0, 1e-5, 3.4e38, float('inf'), -float('inf')]:
        try:
            b = struct.pack(f, x)
            print(f, x, b, struct.unpack(f, b)[0])
        except (OverflowError, struct.error) as e:
            print(f, x, type(e).__name__, e)
print(struct.calcsize('@b') , struct.calcsize('@bh'), struct.calcsize('@bi'), struct.calcsize('@bq'), struct.calcsize('@bd'), struct.calcsize('@bP'), struct.calcsize('@bn'), struct.calcsize('@b?'), struct.calcsize('@be'), struct.calcsize('@bf'), struct.calcsize('@3sl'))
print(struct.calcsize('=bhiqd'), struct.calcsize('<0i'), struct.pack('0i'), struct.unpack('0s', b''))
try:
    raise struct.error('x')
except struct.error as e:
    print(type(e), isinstance(e, Exception))

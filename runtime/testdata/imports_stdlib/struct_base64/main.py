import struct, base64
print(struct.pack('<i', 5), struct.calcsize('@iq'), struct.Struct('>H').unpack(b'\x01\x02'))
data = bytes(range(40))
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode), (base64.standard_b64encode, base64.standard_b64decode), (base64.b32hexencode, base64.b32hexdecode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
print(base64.b64decode('aGVsbG8=', validate=True), base64.encodebytes(b'x' * 100), base64.decodebytes(b'eHh4\n'))
for bad in ['aGVsbG8', 'a===', '!!!!']:
    try:
        print(base64.b64decode(bad, validate=True))
    except Exception as e:
        print(type(e).__name__, e)
print(base64.b64encode(b'\xff\xfe', altchars=b'-_'), base64.b64decode(b'__8=', altchars=b'-_'))
for v, n, o, s in [(0, 1, 'big', False), (255, 1, 'big', False), (256, 2, 'little', False), (-1, 1, 'big', True), (-128, 1, 'big', True), (127, 1, 'big', True), (128, 1, 'big', True), (-129, 1, 'big', True), (256, 1, 'big', False), (-1, 2, 'big', False), (0, 0, 'big', False), (1, 0, 'big', True), (2**64, 9, 'little', False), (-2**63, 8, 'big', True)]:
    try:
        print(v, (v).to_bytes(n, o, signed=s))
    except OverflowError as e:
        print(v, 'OverflowError', e)
print((5).to_bytes(), (1).to_bytes(2, 'little'), (3).to_bytes(length=2, byteorder='big'))
print(bytes.maketrans(b'ab', b'xy')[97:99], b'abc'.translate(bytes.maketrans(b'a', b'z'), b'c'), b' ab '.strip(), b'a,b,,c'.split(b','), b'a b  c'.split(), b'a b c'.split(None, 1), b'a,b,c'.rsplit(b',', 1))
print(b'abc'.upper(), b'ABC'.lower(), b'-'.join([b'a', bytearray(b'b')]), b'abcabc'.find(b'c'), b'abcabc'.rfind(b'c'), b'abcabc'.count(b'b'), b'abc'.startswith((b'x', b'ab')), b'abc'.endswith(b'c'), b'aXbX'.replace(b'X', b'-'))
print(bytes.fromhex('de ad BE'), bytearray.fromhex('00ff'), bytearray(b'abc').upper(), b'abc'.index(98), b'12'.isdigit(), b''.isalpha(), b'abc'.removeprefix(b'a'))
try:
    bytes.fromhex('zz')
except ValueError as e:
    print(e)
try:
    b'abc'.index(b'z')
except ValueError as e:
    print(e)
m = memoryview(b'abc')
print(m.format, m.itemsize, m.ndim, m.shape, m.nbytes, m.readonly, m.tobytes(), m.tolist(), m[1], m[1:].tobytes(), len(m), bytes(m[0:2]) if False else '')
import array
ma = memoryview(array.array('i', [1, 2]))
print(ma.format, ma.itemsize, ma.tolist(), ma.nbytes, struct.unpack('<2i', ma), memoryview(bytearray(2)).readonly)
print(base64.encodebytes(memoryview(b'hi')), base64.b64encode(array.array('B', [1, 2, 3])))

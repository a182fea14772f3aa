import json, _json
print(json.dumps({'b':[1,2.5,None,True,False,"x\u00e9\n"],'a':(3,[]), 'c':{}}, sort_keys=True))
print(json.dumps({'b':[1,2.5,{'q':[]}],'a':(3,[])}, indent=2))
print(json.dumps("caf\u00e9 \u2603 \U0001f600", ensure_ascii=False), json.dumps("caf\u00e9 \u2603 \U0001f600"))
print(json.loads('{"a": [1, 2.5, -3e5, "x\\u00e9\\ud83d\\ude00", null, true, false], "b": {}}'))
print(json.loads('"caf\u00e9"'), json.loads(' [1, "\u2603", 2] '))
for bad in ['[1,]', '{"a" 1}', '{"a":1,}', '[1 2]', '', '   ', '{', '[', '"abc', 'nul', '{1:2}', '[1] x', '"\u2603\u2603" x', '-', '1.5e', '01']:
    try: print(repr(json.loads(bad)))
    except json.JSONDecodeError as e: print(repr(bad), e, e.pos)
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s)*10))
print(json.loads('{"a":1,"b":2}', object_pairs_hook=list), json.loads('{"a":1}', object_hook=lambda d: sorted(d)))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('[NaN]', parse_constant=lambda c: c))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(E().encode({'s': {3,1,2}}))
try: json.dumps({'s': {1}})
except TypeError as e: print(e)
try: json.dumps({(1,2): 3})
except TypeError as e: print(e)
print(json.dumps({(1,2): 3, 'a': 1}, skipkeys=True))
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print(e)
x = []; x.append(x)
try: json.dumps(x)
except ValueError as e: print(e)
try: json.dumps({'a': 1, 2: 3}, sort_keys=True)
except TypeError as e: print(e)
print(json.dumps({1: 'a', 2.5: 'b', None: 'c', True: 'd'}))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps({'a': 1}, indent='\t'))
import collections
print(json.dumps(collections.OrderedDict([('z', 1), ('a', 2)])))

# the C scanner and encoder are in use, with their attributes
print(type(json.decoder.JSONDecoder().scan_once).__name__, json.scanner.make_scanner is json.scanner.c_make_scanner)
sc = json.decoder.JSONDecoder(strict=False).scan_once
print(sc.strict, sc.object_hook, sc.parse_float, sc.parse_int)
print(sc('"a\tb" tail', 0), sc('  [1]', 2))
try:
    sc('x', 0)
except StopIteration as e:
    print('StopIteration', e.value)
enc = _json.make_encoder(None, str, _json.encode_basestring, '  ', ': ', ',', True, False, True)
print(enc.sort_keys, enc.skipkeys, enc.indent, repr(enc.key_separator), enc.markers, enc.default)
print(enc({'b': [1, 2, {}], 'a': (3, [])}, 1))
for args in [([], None, None, None, ':', ',', False, False, True), (None, None, None, None, 1, ',', False, False, True), (None,)]:
    try:
        _json.make_encoder(*args)
    except TypeError as e:
        print('TypeError', e)
print(_json.encode_basestring_ascii('x\x00\u2028\U0001f600"\\\x7f'), _json.encode_basestring('x\x00\x7f\u2028"\x1f'))
for f in (_json.encode_basestring, _json.encode_basestring_ascii):
    try:
        f(b'x')
    except TypeError as e:
        print('TypeError', e)
for s in ['"abc', '"a\\x"', '"\\u12', '"\\ud83d\\ude00"', '"\\ud83dx"', '"a\nb"', '"\\ud83d\\u00e9"', '"\\ud83d\\uzzzz"']:
    try:
        print(repr(_json.scanstring(s, 1)))
    except json.JSONDecodeError as x:
        print(type(x).__name__, x, x.pos, x.lineno, x.colno)
print(_json.scanstring('"a\nb"', 1, False), _json.scanstring('\u00e9"\u00e9\u2603" x', 2))
for end in (5, -1):
    try:
        _json.scanstring('"a"', end)
    except ValueError as e:
        print('ValueError', e)

# errors deep in a document: line and column
doc = '{\n  "a": [1, 2,\n    3 4]\n}'
try:
    json.loads(doc)
except json.JSONDecodeError as e:
    print(e.msg, e.lineno, e.colno, e.pos)
print(json.loads('{"caf\u00e9": "\u2603", "n": [1, 2]} '))
try:
    json.loads('{"caf\u00e9": "\u2603" "n": 1}')
except json.JSONDecodeError as e:
    print(e)

# numbers: big ints, exponents, negative zero, huge floats
print(json.loads('[12345678901234567890123, -0, -0.0, 1e400, -1e400, 1E+2, 2.5e-3, 0.1]'))
print(json.dumps([10**30, -0.0, 1e16, 1.5e-7, 3.0, float('inf')]))
print(json.dumps({'a': 1, 'b': [1, 2]}, indent=0), json.dumps([], indent=4), json.dumps([[]], indent=4))

# nesting limits
deep = '[' * 5000 + ']' * 5000
print(len(json.dumps(json.loads(deep))))
try:
    json.loads('[' * 20000 + ']' * 20000)
except RecursionError as e:
    print('RecursionError', e)
x = []
for i in range(20000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print('RecursionError', e)

# subclasses of the builtins
import enum
class Color(enum.IntEnum):
    RED = 1
class S(str):
    pass
class L(list):
    pass
class D(dict):
    def items(self):
        return [('z', 1), ('a', 2)]
print(json.dumps([Color.RED, S('q'), L([1]), D(x=1), {Color.RED: 1.0}]))
print(json.dumps(D(x=1), sort_keys=True))
class Bad(dict):
    def items(self):
        return [(1, 2, 3)]
try:
    json.dumps(Bad(a=1))
except ValueError as e:
    print('ValueError', e)
print(json.dumps({'b': 1, 'a': 2, 'c': {'y': 1, 'x': 2}}, sort_keys=True, indent=1, separators=(',', ' = ')))
print(json.dumps(['\u00e9'], ensure_ascii=False, indent='\u00b7'))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2)], default=lambda o: o.__dict__))
try:
    json.dumps([Point(1, 2)])
except TypeError as e:
    print('TypeError', e)
print(json.dumps({'k': 1}, check_circular=False), json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1, 2]', object_pairs_hook=dict), json.loads('{"a": {"b": 1}}', object_pairs_hook=lambda p: ('P', p)))
import decimal
print(json.loads('[1.10, 2]', parse_float=decimal.Decimal))

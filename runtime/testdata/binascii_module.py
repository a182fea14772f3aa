import binascii as b
print(b.Error.__mro__, b.Error.__module__, b.Incomplete.__mro__)
for call in [lambda: b.unhexlify(b'abc'), lambda: b.unhexlify('zz'), lambda: b.unhexlify('\u00e9a'), lambda: b.a2b_base64(b'abc'), lambda: b.a2b_base64(b'abcde'), lambda: b.a2b_base64(b'ab=c'),
  lambda: b.a2b_base64(b'=abc', strict_mode=True), lambda: b.a2b_base64(b'ab==c', strict_mode=True), lambda: b.a2b_base64(b'a!bc', strict_mode=True), lambda: b.a2b_base64(b'ab=c=', strict_mode=True),
  lambda: b.a2b_base64(b'a!b c\n'), lambda: b.a2b_base64('YWJj'), lambda: b.b2a_base64('x'), lambda: b.hexlify(b'abc', '::'), lambda: b.hexlify(b'abcdef', '-', 2), lambda: b.hexlify(b'abcde', b':', -2),
  lambda: b.hexlify(b'abcde', 1), lambda: b.crc32(b'hello'), lambda: b.crc32(b'hello', 12345), lambda: b.crc32(b'hello', -1), lambda: b.crc_hqx(b'hello', 0), lambda: b.crc_hqx(b'hello', 0x1ffff),
  lambda: b.b2a_base64(b'\x00\xff\x10', newline=False), lambda: b.b2a_hex(bytearray(b'\x01')), lambda: b.a2b_hex(b'0A'), lambda: b.hexlify(), lambda: b.b2a_base64(b'', newline=False),
  lambda: b.a2b_base64(b'YQ=='), lambda: b.a2b_base64(b'YQ'), lambda: b.a2b_base64(b'Y'), lambda: b.a2b_base64(b'YQ===ab'), lambda: b.a2b_base64(b'YWJj\nZGVm'), lambda: b.unhexlify(b'12 34'), lambda: b.crc_hqx(b'x'),
  lambda: b.hexlify('ab'), lambda: b.hexlify(b'ab', ''), lambda: b.hexlify(b'abcdefg', ' ', 3), lambda: b.hexlify(b'abcdefg', ' ', -3), lambda: b.b2a_base64(bytes(range(256))),
  lambda: b.a2b_base64(b.b2a_base64(bytes(range(256)))) == bytes(range(256)), lambda: b.crc32(bytes(range(256)), 2**40), lambda: b.unhexlify(bytearray(b'ff00')), lambda: b.Error('x'), lambda: b.a2b_base64(b'YWJj', strict_mode=True)]:
  try: print(repr(call()))
  except Exception as e: print(type(e).__name__, e)
try:
    raise b.Error('boom')
except ValueError as e:
    print('caught', repr(e), isinstance(e, b.Error))

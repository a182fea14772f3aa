import hashlib, _blake2, _sha3, _sha2, _md5
data = [b'', b'abc', b'x' * 1000, bytes(range(256)) * 9]
for name in sorted(hashlib.algorithms_guaranteed):
    for d in data:
        h = hashlib.new(name, d)
        if name.startswith('shake'):
            print(name, h.hexdigest(40), h.digest_size, h.block_size)
        else:
            c = h.copy(); c.update(b'more')
            print(name, h.hexdigest(), c.hexdigest()[:16], h.digest_size, h.block_size, h.name)
print(hashlib.blake2s(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=2, inner_size=3, last_node=True).hexdigest())
print(hashlib.blake2b(b'abc', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=2, inner_size=3, last_node=True).hexdigest())
for k in [b'', b'k', b'x'*64]:
    print(hashlib.blake2b(b'y'*300, key=k, digest_size=33).hexdigest())
    print(hashlib.blake2s(b'y'*300, key=k[:32], digest_size=17).hexdigest())
h = hashlib.sha256()
for i in range(100): h.update(str(i).encode())
print(h.hexdigest(), hashlib.md5(bytearray(b'zz')).hexdigest())
for e in ['_blake2.blake2b(digest_size=0)','_blake2.blake2b(key=b"x"*65)','_blake2.blake2b(salt=b"x"*17)','_blake2.blake2b(person=b"x"*17)','_blake2.blake2b(fanout=256)','_blake2.blake2b(depth=0)','_blake2.blake2b(node_depth=256)','_blake2.blake2b(inner_size=65)','_blake2.blake2s(node_offset=2**48)','_blake2.blake2b(leaf_size=2**32)','_sha2.sha256("x")','_sha2.sha256(1)','_sha2.sha256(b"a", string=b"b")','_sha3.shake_128().digest()','_sha3.shake_128().digest(-1)', '_md5.md5().update()','_sha2.SHA256Type()','_sha2.sha256(b"x", b"y")','_sha2.sha256(foo=1)','_sha3.sha3_256(b"x", b"y")','_blake2.blake2b(b"x", b"y")','_blake2.blake2b(data=b"x")', '_md5.md5(string="s")']:
    try: print(eval(e))
    except Exception as x: print(e, type(x).__name__, x)
print(_sha3.sha3_224()._rate_bits, _sha3.shake_256()._capacity_bits, _sha3.sha3_512()._suffix, _blake2.blake2b.SALT_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE)
print(type(_sha2.sha224()), _md5.MD5Type, _sha3.sha3_256, type(_blake2.blake2s()))

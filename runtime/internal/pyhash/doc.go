// Package pyhash computes CPython 3.13's hash values on 64-bit Linux, bit
// for bit, so that hash() agrees with python3.13 and so that the VM's sets
// iterate in CPython's order (set order follows hash values).
//
// String and bytes hashes are SipHash-1-3 (sys.hash_info.algorithm) keyed
// by the hash secret. The key defaults to zero, which is what
// PYTHONHASHSEED=0 gives; SetKey installs another one. A str is hashed over
// the bytes of the representation PyUnicode keeps: one byte per code point
// when every code point is below U+0100, two when below U+10000, four
// otherwise (little-endian). Str takes the WTF-8 Go string the VM stores,
// lone surrogates included, and walks it twice (maximum code point, then
// the bytes) without allocating. Empty str and bytes hash to 0
// (_Py_HashBytes; Py_HASH_CUTOFF is 0, so there is no small-string case).
//
// Numbers hash by reduction modulo the Mersenne prime 2**61-1
// (sys.hash_info.modulus), so that equal int, float and complex values
// hash alike; -1 is CPython's error value and becomes -2. NaN has no value
// to hash: since 3.10 it hashes like its object's identity, so Float and
// Complex take the identity (an address, or any stable number the VM
// gives each object) and hash it as _Py_HashPointer does.
//
// Tuple and frozenset hashes combine the hashes of the items, which the
// caller computes (they may run __hash__): Tuple is the xxHash-based
// tuplehash, Slice the same without its length step (slice_hash),
// Frozenset the order-independent shuffle-and-xor of frozenset_hash.
// hash(None) is the constant None; a range hashes as the tuple (len,
// start, step), with None for step when len is 1 and for both when 0.
//
// The golden values in testdata/ come from scripts/pyhash_golden.py, run by
// `go test -update` under the oracle.
package pyhash

// Package hashtab holds the VM's two hash tables, CPython 3.13's dict
// (Objects/dictobject.c) and set (Objects/setobject.c), generic over the
// element type and bit-compatible with CPython where a program can see it:
// iteration order, popitem/pop order, which stored keys __eq__ is called
// on and in what order, when tables resize (hence __sizeof__ and what
// iteration under mutation does).
//
// The tables never hash: the caller passes each key's hash (see package
// pyhash), and it must not be -1 (no Python hash is). Equality is a
// callback, Eq, called with the stored key first as PyObject_RichCompareBool
// is; it may fail, and its error is returned, or mutate the table, after
// which the lookup starts again as CPython's does (the check is CPython's:
// the table was replaced or the compared entry no longer holds the key).
// Identity is Go's == on K, which for the VM's Value is Python's `is`;
// CPython tests identity before calling __eq__ and so do these tables.
//
// # Dict
//
// A Dict is the combined table: indices, a power-of-two array of entry
// numbers (-1 empty, -2 deleted), probed from hash&mask by
// i = i*5 + perturb + 1 with perturb = hash >> 5 each step; and entries,
// an array in insertion order that only grows at its end. Deleting leaves a
// hole (Hash -1) and a dummy index; holes go when the table is rebuilt.
// Insertion into a full table (dk_usable == 0) rebuilds it at the size of
// GROWTH_RATE = used*3 through 3.13.0's calculate_log2_keysize. So
// iteration is insertion order, popitem takes the last entry, and an entry
// index from Lookup stays valid until KeysVersion changes, which the VM's
// inline caches use; Version changes on every mutation. CPython's table
// kinds are kept as a flag (UnicodeKeys): a table whose keys are all exact
// strs is of the unicode kind, and storing any other key converts it with
// a resize, as CPython does; the caller says which keys are exact strs.
// Split tables (instance dicts sharing keys) are not modelled: SizeOf
// matches CPython's __sizeof__ for combined tables only.
//
// # Set
//
// A Set is setobject.c's table: one array of (key, hash) slots, a power of
// two from 8 up, probed in runs of LINEAR_PROBES = 9 neighbours (when they
// fit before the end) between perturbation jumps i = i*5 + 1 + perturb.
// A discarded key leaves a dummy (Hash -1); fill counts active and dummy
// slots, used active ones. Add takes the first empty slot of the probe
// sequence, or the last dummy seen before it, and once fill*5 >= mask*3
// rebuilds at the smallest power of two above used*4 (used*2 past 50000),
// reinserting in slot order; so iteration, which is slot order, is
// CPython's exactly, for ints and (with PYTHONHASHSEED=0) strs. Pop walks
// from a finger that survives clear(). The set algebra is CPython's
// recipe by recipe: union copies then merges (a clone of the slots when
// the copy is empty and the sizes agree), intersection walks the smaller
// set, difference copies-and-discards when the left set is over four times
// the right, difference_update first intersects a right side over eight
// times larger and drops dummies when they pass a quarter of the table,
// symmetric difference builds from the right side then toggles the left's
// items. The ...Iter variants take a Python iterable as an Iter that yields
// each item with its hash. The zero K marks empty slots and is never a key.
//
// # Iteration
//
// DictIter and SetIter are CPython's iterators, with their checks: a
// change of size since the start is a RuntimeError every time next is
// asked (ErrDictChangedSize, ErrSetChangedSize); a dict iterator that finds
// more items than the dict had (keys deleted and as many others added)
// raises ErrDictKeysChanged once and is then exhausted. Positions are
// entry numbers or slots, so what iteration yields across mutations is
// CPython's.
//
// The goldens in testdata/ come from scripts/hashtab_golden.py (`go test
// -update` runs it under the oracle): random operation sequences on
// CPython's dict and set, with each step's result, __eq__ calls,
// __sizeof__ and iteration order.
package hashtab

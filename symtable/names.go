package symtable

import (
	"math/bits"
	"strings"
	"unsafe"
)

// nameID is an interned name. Each Build interns every name it meets, so
// that symbols, lookups and the analysis' sets work on small integers
// instead of strings.
type nameID = int32

// Names every build needs, interned first so their ids are constants.
const (
	idDot0 nameID = iota
	idClass
	idClassdict
	idSuper
	idTypeParamsDot
	idGenericBase
	idDefaults
	idKwdefaults
	idDunderTypeParams
	idAnnotation
	numFixedNames
)

var fixedNames = [numFixedNames]string{
	idDot0:             ".0",
	idClass:            "__class__",
	idClassdict:        "__classdict__",
	idSuper:            "super",
	idTypeParamsDot:    ".type_params",
	idGenericBase:      ".generic_base",
	idDefaults:         ".defaults",
	idKwdefaults:       ".kwdefaults",
	idDunderTypeParams: "__type_params__",
	idAnnotation:       "_annotation",
}

// interner maps names to ids and back. Its table is open addressing
// over slots stamped with the run that filled them, so that forgetting the
// names of one module costs nothing.
type interner struct {
	names   []string
	hashes  []uint32             // hashes[id] is the hash of names[id]
	slots   []slot               // len is a power of two, at least twice len(names)
	run     uint32               // slots of other runs are empty
	mangles map[[2]nameID]nameID // (private, name) -> mangled
}

type slot struct {
	run  uint32
	hash uint32
	id   nameID
}

func (in *interner) init() {
	in.names = make([]string, 0, 256)
	in.hashes = make([]uint32, 0, 256)
	in.slots = make([]slot, 512)
	in.run = 1
	for _, s := range fixedNames {
		in.intern(s)
	}
}

// reset forgets every name but the fixed ones, keeping the capacity
// (unless one module made it huge).
func (in *interner) reset() {
	if len(in.names) == int(numFixedNames) {
		return
	}
	if len(in.names) > 1<<14 || in.run == 1<<32-1 {
		in.mangles = nil
		in.init()
		return
	}
	clear(in.names[numFixedNames:])
	in.names = in.names[:numFixedNames]
	in.hashes = in.hashes[:numFixedNames]
	in.run++
	for id, h := range in.hashes {
		in.place(h, nameID(id))
	}
	clear(in.mangles)
}

// hashString mixes the name eight bytes at a time: identifiers are short,
// and a byte-at-a-time hash is a chain of multiplications.
func hashString(s string) uint32 {
	h := uint64(len(s)) * 0x9e3779b97f4a7c15
	p := unsafe.StringData(s)
	n := len(s)
	for ; n >= 8; n -= 8 {
		h = (h ^ *(*uint64)(unsafe.Pointer(p))) * 0xbf58476d1ce4e5b9
		h ^= h >> 31
		p = (*byte)(unsafe.Add(unsafe.Pointer(p), 8))
	}
	var w uint64
	for i := range n {
		w |= uint64(*(*byte)(unsafe.Add(unsafe.Pointer(p), i))) << (8 * i)
	}
	h = (h ^ w) * 0x94d049bb133111eb
	h ^= h >> 29
	return uint32(h)
}

func (in *interner) place(h uint32, id nameID) {
	mask := uint32(len(in.slots) - 1)
	i := h & mask
	for in.slots[i].run == in.run {
		i = (i + 1) & mask
	}
	in.slots[i] = slot{in.run, h, id}
}

func (in *interner) intern(s string) nameID {
	h := hashString(s)
	mask := uint32(len(in.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &in.slots[i]
		if sl.run != in.run {
			break
		}
		if sl.hash == h && in.names[sl.id] == s {
			return sl.id
		}
	}
	id := nameID(len(in.names))
	in.names = append(in.names, s)
	in.hashes = append(in.hashes, h)
	if 2*len(in.names) > len(in.slots) {
		in.slots = make([]slot, 4*len(in.slots))
		in.run++
		for id, h := range in.hashes {
			in.place(h, nameID(id))
		}
	} else {
		in.place(h, id)
	}
	return id
}

// noPrivate stands for "not inside a class": no name is mangled.
const noPrivate nameID = -1

// Mangle is CPython's _Py_Mangle, the name mangling of private names:
// inside class private ("" outside any class), a name __x that does not
// end in two underscores and has no dot becomes _private__x, with the
// class name's leading underscores stripped; a class named only with
// underscores mangles nothing. The compiler mangles as this pass does.
func Mangle(private, name string) string {
	if private == "" || !mangles(name) {
		return name
	}
	priv := strings.TrimLeft(private, "_")
	if priv == "" {
		return name
	}
	return "_" + priv + name
}

// mangles reports whether a name is private: __x, not __x__ nor dotted.
func mangles(name string) bool {
	return len(name) >= 2 && name[0] == '_' && name[1] == '_' &&
		!strings.HasSuffix(name, "__") && strings.IndexByte(name, '.') < 0
}

// mangle is Mangle over interned names, remembering its results.
func (in *interner) mangle(private, name nameID) nameID {
	if private == noPrivate || !mangles(in.names[name]) {
		return name
	}
	key := [2]nameID{private, name}
	if m, ok := in.mangles[key]; ok {
		return m
	}
	m := in.intern(Mangle(in.names[private], in.names[name]))
	if in.mangles == nil {
		in.mangles = make(map[[2]nameID]nameID)
	}
	in.mangles[key] = m
	return m
}

// nameSet is a set of names: a bitset over name ids. The analysis copies
// its sets for every child block, as CPython does; bitsets make that a
// short copy of words.
type nameSet []uint64

func (s nameSet) has(id nameID) bool {
	w := int(id >> 6)
	return w < len(s) && s[w]&(1<<(uint(id)&63)) != 0
}

func (s nameSet) add(id nameID) { s[id>>6] |= 1 << (uint(id) & 63) }

// discard removes id and reports whether it was there.
func (s nameSet) discard(id nameID) bool {
	w := int(id >> 6)
	if w >= len(s) {
		return false
	}
	bit := uint64(1) << (uint(id) & 63)
	had := s[w]&bit != 0
	s[w] &^= bit
	return had
}

func (s nameSet) or(t nameSet) {
	for i := range t {
		s[i] |= t[i]
	}
}

// each calls f for every member, in id order.
func (s nameSet) each(f func(nameID)) {
	for i, w := range s {
		for w != 0 {
			b := bits.TrailingZeros64(w)
			f(nameID(i<<6 | b))
			w &= w - 1
		}
	}
}

// growSet is a set that grows with the names interned while the first
// pass runs (ste_mangled_names): its members are added as they are met.
type growSet struct{ s nameSet }

func (g *growSet) add(id nameID) {
	for int(id>>6) >= len(g.s) {
		g.s = append(g.s, 0)
	}
	g.s.add(id)
}

func (g *growSet) has(id nameID) bool { return g.s.has(id) }

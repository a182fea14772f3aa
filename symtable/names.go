package symtable

import (
	"math/bits"
	"strings"
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

// interner maps names to ids and back.
type interner struct {
	ids     map[string]nameID
	names   []string
	mangles map[[2]nameID]nameID // (private, name) -> mangled
}

func (in *interner) init() {
	in.ids = make(map[string]nameID, 256)
	in.names = make([]string, 0, 256)
	for _, s := range fixedNames {
		in.intern(s)
	}
}

func (in *interner) intern(s string) nameID {
	if id, ok := in.ids[s]; ok {
		return id
	}
	id := nameID(len(in.names))
	in.ids[s] = id
	in.names = append(in.names, s)
	return id
}

// noPrivate stands for "not inside a class": no name is mangled.
const noPrivate nameID = -1

// mangle is CPython's _Py_Mangle: inside class C, a name __x that does not
// end in two underscores and has no dot becomes _C__x (leading underscores
// of the class name stripped; a class named only with underscores mangles
// nothing).
func (in *interner) mangle(private, name nameID) nameID {
	if private == noPrivate {
		return name
	}
	ident := in.names[name]
	if len(ident) < 2 || ident[0] != '_' || ident[1] != '_' {
		return name
	}
	if strings.HasSuffix(ident, "__") || strings.IndexByte(ident, '.') >= 0 {
		return name
	}
	key := [2]nameID{private, name}
	if m, ok := in.mangles[key]; ok {
		return m
	}
	priv := strings.TrimLeft(in.names[private], "_")
	m := name
	if priv != "" {
		m = in.intern("_" + priv + ident)
	}
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

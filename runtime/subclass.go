package runtime

import (
	"math/big"
	"unsafe"
)

// Instances of class statements deriving from list, dict, set, frozenset,
// tuple, int or str: the builtin's Go struct first (so v.list(), v.str()
// ... work unchanged) followed by the instance dict.
type (
	listSub struct {
		List
		dict *Dict
	}
	dictSub struct {
		Dict
		dict *Dict
	}
	setSub struct {
		Set
		dict *Dict
	}
	tupleSub struct {
		Tuple
		dict *Dict
	}
	intSubObj struct {
		BigInt // holds the value even when it fits in int64
		dict   *Dict
	}
	strSub struct {
		Str
		dict *Dict
	}
	// a float subclass's instance: the Value's n holds the float's bits
	// as an inline float's does (so v.Float() works unchanged), p this
	floatSub struct {
		Header
		dict *Dict
	}
	complexSub struct {
		Complex
		dict *Dict
	}
	bytesSub struct {
		Bytes
		dict *Dict
	}
)

const (
	layoutListSub = iota + 2
	layoutDictSub
	layoutSetSub
	layoutTupleSub
	layoutIntSub
	layoutStrSub
	layoutTypeSub  // a metaclass: its instances are *Type (import work: mod_types.go)
	layoutDescrSub // classmethod, staticmethod: their struct has fn and dict
	layoutPropSub  // property: propSub (mod_types.go)
	layoutGoSub    // a type of a Go module whose newf makes t's instances (goSubclassable)
	layoutFloatSub
	layoutComplexSub
	layoutBytesSub
)

// goSubclassable are the Go modules' types a class may derive from, with
// how to find an instance's dict (import work).
var goSubclassable = map[*Type]func(v Value) *Dict{}

func subLayout(solid *Type) (int, bool) {
	switch solid {
	case ListType:
		return layoutListSub, true
	case DictType:
		return layoutDictSub, true
	case SetType, FrozenSetType:
		return layoutSetSub, true
	case TupleType:
		return layoutTupleSub, true
	case IntType:
		return layoutIntSub, true
	case StrType:
		return layoutStrSub, true
	case TypeType:
		return layoutTypeSub, true
	case ClassMethodType, StaticMethodType:
		return layoutDescrSub, true
	case PropertyType:
		return layoutPropSub, true
	case FloatType:
		return layoutFloatSub, true
	case ComplexType:
		return layoutComplexSub, true
	case BytesType:
		return layoutBytesSub, true
	}
	if _, ok := goSubclassable[solid]; ok {
		return layoutGoSub, true
	}
	return 0, false
}

// subDict is the instance dict of a builtin subclass's instance.
func subDict(v Value) *Dict {
	switch v.hdr().typ.layout {
	case layoutListSub:
		return (*listSub)(v.p).dict
	case layoutDictSub:
		return (*dictSub)(v.p).dict
	case layoutSetSub:
		return (*setSub)(v.p).dict
	case layoutTupleSub:
		return (*tupleSub)(v.p).dict
	case layoutIntSub:
		return (*intSubObj)(v.p).dict
	case layoutStrSub:
		return (*strSub)(v.p).dict
	case layoutDescrSub:
		c := (*ClassMethod)(v.p) // StaticMethod has the same layout
		if c.dict == nil {
			c.dict = NewDict()
		}
		return c.dict
	case layoutPropSub:
		return (*propSub)(v.p).dict
	case layoutGoSub:
		return goSubclassable[v.hdr().typ.solidBase()](v)
	case layoutFloatSub:
		return (*floatSub)(v.p).dict
	case layoutComplexSub:
		return (*complexSub)(v.p).dict
	case layoutBytesSub:
		return (*bytesSub)(v.p).dict
	}
	return nil
}

// rewrap turns a builtin's new object into an instance of subclass t.
func rewrap(v Value, t *Type) Value {
	if v.p == nil || v.Type() == t {
		return v
	}
	switch t.layout {
	case layoutListSub:
		return obj(&listSub{List{Header{t}, v.list().items}, NewDict()})
	case layoutDictSub:
		s := &dictSub{Dict: *v.dict(), dict: NewDict()}
		s.Dict.typ = t
		return obj(s)
	case layoutSetSub:
		return obj(&setSub{Set{Header{t}, v.set().t}, NewDict()})
	case layoutTupleSub:
		return obj(&tupleSub{Tuple{Header{t}, v.tuple().items}, NewDict()})
	case layoutIntSub:
		s := &intSubObj{BigInt: BigInt{Header: Header{t}}, dict: NewDict()}
		s.b.Set(toBig(v))
		return obj(s)
	case layoutStrSub:
		st := v.str()
		return obj(&strSub{Str{Header: Header{t}, s: st.s, n: st.n, ascii: st.ascii, hash: -1}, NewDict()})
	case layoutFloatSub:
		f, _, _ := toFloat(v)
		return Value{unsafe.Pointer(&floatSub{Header{t}, NewDict()}), MakeFloat(f).n}
	case layoutComplexSub:
		if v.Type().IsSubtype(ComplexType) {
			return obj(&complexSub{Complex{Header{t}, (*Complex)(v.p).v}, NewDict()})
		}
	case layoutBytesSub:
		if v.Type().IsSubtype(BytesType) {
			return obj(&bytesSub{Bytes{Header{t}, v.bytes().b}, NewDict()})
		}
	}
	return v
}

func makeSubNew(solid *Type) func(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
	if solid == TypeType || solid == ClassMethodType || solid == StaticMethodType {
		return solid.newf // it makes an instance of t itself
	}
	if solid == PropertyType {
		return newPropSub
	}
	if _, ok := goSubclassable[solid]; ok {
		return solid.newf
	}
	return func(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
		r, err := solid.newf(solid, args, kw)
		if err != nil {
			return Null, err
		}
		return rewrap(r, t), nil
	}
}

var _ = big.NewInt

package runtime

import (
	"math"
	"math/big"
	"strconv"
)

func initNumbers() {
	IntType = newBuiltinType("int", ObjectType)
	i := IntType
	for op := nbAdd; op <= nbXor; op++ {
		if op == nbMatMul {
			continue
		}
		i.num[op] = &binSlot{intBinop(op)}
	}
	i.richcmp = intCompare
	i.hash = func(v Value) (int64, *Exception) {
		if x, ok := smallInt(v); ok {
			return intHash(x), nil
		}
		return bigHash(&v.bigint().b), nil
	}
	i.repr = func(v Value) (Value, *Exception) {
		s, err := intStr(v)
		if err != nil {
			return Null, err
		}
		return NewStr(s), nil
	}
	i.boolf = func(v Value) (bool, *Exception) {
		if x, ok := smallInt(v); ok {
			return x != 0, nil
		}
		return true, nil
	}
	i.index = func(v Value) (Value, *Exception) {
		if x, ok := smallInt(v); ok {
			return MakeInt(x), nil
		}
		if v.Type() != IntType {
			return newBig(toBig(v)), nil // an int subclass's value as a plain int
		}
		return v, nil
	}
	i.toInt = i.index
	i.toFloat = func(v Value) (Value, *Exception) {
		f, err := intToFloat(v)
		return MakeFloat(f), err
	}
	i.neg = func(v Value) (Value, *Exception) {
		if x, ok := smallInt(v); ok && x != math.MinInt64 {
			return MakeInt(-x), nil
		}
		var r big.Int
		return newBig(r.Neg(toBig(v))), nil
	}
	i.pos = i.index
	i.abs = func(v Value) (Value, *Exception) {
		if x, ok := smallInt(v); ok && x != math.MinInt64 {
			return MakeInt(abs64(x)), nil
		}
		var r big.Int
		return newBig(r.Abs(toBig(v))), nil
	}
	i.invert = func(v Value) (Value, *Exception) {
		if x, ok := smallInt(v); ok {
			return MakeInt(^x), nil
		}
		var r big.Int
		return newBig(r.Not(toBig(v))), nil
	}
	i.newf = intNew
	i.def("bit_length", func(a []Value, kw *Tuple) (Value, *Exception) {
		return MakeInt(int64(new(big.Int).Abs(toBig(a[0])).BitLen())), nil
	})
	i.def("bit_count", func(a []Value, kw *Tuple) (Value, *Exception) {
		b := new(big.Int).Abs(toBig(a[0]))
		n := 0
		for _, w := range b.Bits() {
			n += popcount(uint64(w))
		}
		return MakeInt(int64(n)), nil
	})
	i.def("conjugate", func(a []Value, kw *Tuple) (Value, *Exception) { return i.index(a[0]) })
	i.def("__format__", func(a []Value, kw *Tuple) (Value, *Exception) {
		return formatInt(a[0], a[1].str().s)
	})
	i.def("__index__", func(a []Value, kw *Tuple) (Value, *Exception) { return i.index(a[0]) })
	i.def("__int__", func(a []Value, kw *Tuple) (Value, *Exception) { return i.index(a[0]) })
	i.def("__float__", func(a []Value, kw *Tuple) (Value, *Exception) { return i.toFloat(a[0]) })
	i.def("__neg__", func(a []Value, kw *Tuple) (Value, *Exception) { return i.neg(a[0]) })
	i.def("__abs__", func(a []Value, kw *Tuple) (Value, *Exception) { return i.abs(a[0]) })
	i.def("__bool__", func(a []Value, kw *Tuple) (Value, *Exception) {
		b, _ := i.boolf(a[0])
		return MakeBool(b), nil
	})
	for _, n := range []string{"real", "numerator"} {
		i.defAttr(n, obj(&GetSet{Header{GetSetType}, n, func(v Value) (Value, *Exception) { return i.index(v) }, nil}))
	}
	i.defAttr("imag", obj(&GetSet{Header{GetSetType}, "imag", func(v Value) (Value, *Exception) { return MakeInt(0), nil }, nil}))
	i.defAttr("denominator", obj(&GetSet{Header{GetSetType}, "denominator", func(v Value) (Value, *Exception) { return MakeInt(1), nil }, nil}))

	BoolType = newBuiltinType("bool", IntType)
	b := BoolType
	b.final = true
	trueObj.typ = BoolType
	falseObj.typ = BoolType
	b.repr = func(v Value) (Value, *Exception) {
		if v.Is(True) {
			return NewStr("True"), nil
		}
		return NewStr("False"), nil
	}
	b.newf = func(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if kwCount(kw) > 0 {
			return Null, newErr(TypeError, "bool() takes no keyword arguments")
		}
		if len(args) > 1 {
			return Null, newErr(TypeError, "bool expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 0 {
			return False, nil
		}
		r, err := Truth(args[0])
		return MakeBool(r), err
	}
	for _, op := range []int{nbAnd, nbOr, nbXor} {
		b.num[op] = &binSlot{intBinop(op)}
	}

	FloatType = newBuiltinType("float", ObjectType)
	f := FloatType
	for _, op := range []int{nbAdd, nbSub, nbMul, nbTrueDiv, nbFloorDiv, nbRem, nbPow} {
		f.num[op] = &binSlot{floatBinop(op)}
	}
	f.richcmp = floatCompare
	f.hash = func(v Value) (int64, *Exception) {
		x := v.Float()
		if math.IsNaN(x) {
			return idHash(v)
		}
		return floatHash(x), nil
	}
	f.repr = func(v Value) (Value, *Exception) { return NewStr(floatRepr(v.Float())), nil }
	f.boolf = func(v Value) (bool, *Exception) { return v.Float() != 0, nil }
	f.neg = func(v Value) (Value, *Exception) { return MakeFloat(-v.Float()), nil }
	f.pos = func(v Value) (Value, *Exception) { return MakeFloat(v.Float()), nil } // a subclass's +x is an exact float
	f.abs = func(v Value) (Value, *Exception) { return MakeFloat(math.Abs(v.Float())), nil }
	f.toFloat = f.pos
	f.toInt = func(v Value) (Value, *Exception) { return floatToInt(v.Float()) }
	f.newf = floatNew
	f.def("is_integer", func(a []Value, kw *Tuple) (Value, *Exception) {
		x := a[0].Float()
		return MakeBool(x == math.Trunc(x) && !math.IsInf(x, 0)), nil
	})
	f.def("__format__", func(a []Value, kw *Tuple) (Value, *Exception) {
		return formatFloat(a[0].Float(), a[1].str().s)
	})
	f.def("__int__", func(a []Value, kw *Tuple) (Value, *Exception) { return f.toInt(a[0]) })
	f.def("__float__", func(a []Value, kw *Tuple) (Value, *Exception) { return MakeFloat(a[0].Float()), nil })
	f.def("__trunc__", func(a []Value, kw *Tuple) (Value, *Exception) { return f.toInt(a[0]) })
	f.def("__floor__", func(a []Value, kw *Tuple) (Value, *Exception) { return floatToInt(math.Floor(a[0].Float())) })
	f.def("__ceil__", func(a []Value, kw *Tuple) (Value, *Exception) { return floatToInt(math.Ceil(a[0].Float())) })
	f.def("as_integer_ratio", func(a []Value, kw *Tuple) (Value, *Exception) {
		x := a[0].Float()
		if math.IsInf(x, 0) {
			return Null, newErr(OverflowError, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(x) {
			return Null, newErr(ValueError, "cannot convert NaN to integer ratio")
		}
		r := new(big.Rat)
		r.SetFloat64(x)
		return NewTuple(newBig(r.Num()), newBig(r.Denom())), nil
	})
	f.def("conjugate", func(a []Value, kw *Tuple) (Value, *Exception) { return a[0], nil })
	f.defAttr("real", obj(&GetSet{Header{GetSetType}, "real", func(v Value) (Value, *Exception) { return v, nil }, nil}))
	f.defAttr("imag", obj(&GetSet{Header{GetSetType}, "imag", func(v Value) (Value, *Exception) { return MakeFloat(0), nil }, nil}))
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func floatToInt(x float64) (Value, *Exception) {
	if math.IsInf(x, 0) {
		return Null, newErr(OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		return Null, newErr(ValueError, "cannot convert float NaN to integer")
	}
	t := math.Trunc(x)
	if t >= -9.2e18 && t <= 9.2e18 {
		return MakeInt(int64(t)), nil
	}
	bf := new(big.Float).SetFloat64(t)
	bi, _ := bf.Int(nil)
	return newBig(bi), nil
}

func intNew(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
	pos, kwv := splitKw(args, kw)
	var base Value
	for i, k := range kwItems(kw) {
		if k == "base" {
			base = kwv[i]
		} else {
			return Null, newErr(TypeError, "'%s' is an invalid keyword argument for int()", k)
		}
	}
	if len(pos) > 2 {
		return Null, newErr(TypeError, "int() takes at most 2 arguments (%d given)", len(pos))
	}
	if len(pos) == 2 {
		base = pos[1]
	}
	if len(pos) == 0 {
		if base.p != nil {
			return Null, newErr(TypeError, "int() missing string argument")
		}
		return MakeInt(0), nil
	}
	x := pos[0]
	if base.p != nil {
		b, err := IndexInt(base)
		if err != nil {
			return Null, err
		}
		if b != 0 && (b < 2 || b > 36) {
			return Null, newErr(ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		switch x.Type() {
		case StrType:
			return parseInt(x.str().s, b)
		case BytesType:
			return parseInt(string(x.bytes().b), b)
		}
		return Null, newErr(TypeError, "int() can't convert non-string with explicit base")
	}
	switch x.Type() {
	case StrType:
		return parseInt(x.str().s, 10)
	case BytesType:
		return parseInt(string(x.bytes().b), 10)
	case IntType:
		return x, nil
	case BoolType:
		return x.Type().index(x)
	}
	xt := x.Type()
	if xt.toInt != nil {
		r, err := xt.toInt(x)
		if err != nil {
			return Null, err
		}
		if !isIntLike(r) {
			return Null, newErr(TypeError, "__int__ returned non-int (type %s)", typeName(r))
		}
		return r, nil
	}
	if xt.index != nil {
		return Index(x)
	}
	if m := xt.lookupS("__trunc__"); m.p != nil {
		return callMethod(m, x)
	}
	return Null, newErr(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", xt.Name)
}

func floatNew(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
	if kwCount(kw) > 0 {
		return Null, newErr(TypeError, "float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return Null, newErr(TypeError, "float expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return MakeFloat(0), nil
	}
	x := args[0]
	switch x.Type() {
	case FloatType:
		return x, nil
	case StrType:
		return parseFloat(x.str().s)
	}
	if x.p != intTag && x.Type().IsSubtype(FloatType) && x.Type().lookupS("__float__").Is(FloatType.lookupS("__float__")) {
		return MakeFloat(x.Float()), nil
	}
	xt := x.Type()
	if xt.toFloat != nil {
		return xt.toFloat(x)
	}
	if xt.index != nil {
		iv, err := Index(x)
		if err != nil {
			return Null, err
		}
		fv, err := intToFloat(iv)
		return MakeFloat(fv), err
	}
	return Null, newErr(TypeError, "float() argument must be a string or a real number, not '%s'", xt.Name)
}

func fmtG(f float64, prec int) string { return strconv.FormatFloat(f, 'g', prec, 64) }

package runtime

// The abstract object protocol (abstract.c, object.c): what the eval loop
// and builtins call, dispatching through type slots.

// Binary operators, numbered as BINARY_OP's oparg (NB_* of opcode.h).
const (
	nbAdd = iota
	nbAnd
	nbFloorDiv
	nbLshift
	nbMatMul
	nbMul
	nbRem
	nbOr
	nbPow
	nbRshift
	nbSub
	nbTrueDiv
	nbXor
	nbInplaceAdd // + nbAdd ... as the same order
	nbNumBase    = 13
	maxBinOps    = 40
)

// binOpInfo is a row of the operator table: symbol for messages, the
// dunder and reflected dunder, and for in-place rows the plain row.
type binOpInfo struct {
	symbol, dunder, rdunder string
	dn, rdn                 *Str
	plain                   int // for an in-place op, its binary op; else -1
	slot                    *binSlot
	// fallback, for an extension's operator, is tried when both operands'
	// slots declined (SetBinaryFallback)
	fallback binFunc
}

// binSlot is a numeric slot; its pointer identity is what binary_op1
// compares (CPython compares the C function pointers).
type binSlot struct{ f binFunc }

var binOps [maxBinOps]binOpInfo

// RegisterBinaryOp adds (or replaces) the operator BINARY_OP oparg: its
// symbol in error messages and its dunder and reflected dunder, so that
// classes defining them take part (an extension's `->` with
// __arrow__/__rarrow__). An in-place form is registered separately with
// RegisterInplaceOp.
func RegisterBinaryOp(oparg int, symbol, dunder, rdunder string) {
	binOps[oparg] = binOpInfo{symbol: symbol, dunder: dunder, rdunder: rdunder, dn: intern(dunder), rdn: intern(rdunder), plain: -1}
	binOps[oparg].slot = &binSlot{makeSlotBinary(oparg)}
}

// RegisterInplaceOp adds oparg as the in-place form of plain (symbol "+=").
func RegisterInplaceOp(oparg, plain int, symbol, dunder string) {
	binOps[oparg] = binOpInfo{symbol: symbol, dunder: dunder, dn: intern(dunder), plain: plain}
	binOps[oparg].slot = &binSlot{makeSlotInplace(oparg)}
}

// SetBinaryOp installs a Go implementation of op on a builtin type t (for
// an extension operator on numbers).
func SetBinaryOp(t *Type, oparg int, f func(a, b Value) (Value, *Exception)) {
	t.num[oparg] = &binSlot{f}
}

func init() {
	names := []struct{ sym, d string }{
		{"+", "add"}, {"&", "and"}, {"//", "floordiv"}, {"<<", "lshift"}, {"@", "matmul"},
		{"*", "mul"}, {"%", "mod"}, {"|", "or"}, {"**", "pow"}, {">>", "rshift"},
		{"-", "sub"}, {"/", "truediv"}, {"^", "xor"},
	}
	for i, n := range names {
		RegisterBinaryOp(i, n.sym, "__"+n.d+"__", "__r"+n.d+"__")
		RegisterInplaceOp(i+nbNumBase, i, n.sym+"=", "__i"+n.d+"__")
	}
}

// BinaryOp is a op b for BINARY_OP's oparg op.
func BinaryOp(a, b Value, op int) (Value, *Exception) {
	info := &binOps[op]
	if info.plain >= 0 {
		if s := a.Type().num[op]; s != nil {
			r, err := s.f(a, b)
			if err != nil || !r.isNotImpl() {
				return r, err
			}
		}
		op = info.plain
	}
	r, err := binaryOp1(a, b, op)
	if err != nil {
		return Null, err
	}
	if r.isNotImpl() {
		if op == nbAdd || op == nbMul {
			if r, err, ok := seqOp(a, b, op); ok {
				return r, err
			}
		}
		if f := binOps[op].fallback; f != nil {
			if r, err := f(a, b); err != nil || !r.isNotImpl() {
				return r, err
			}
		}
		return Null, binopTypeError(a, b, op, info.symbol)
	}
	return r, nil
}

func binopTypeError(a, b Value, op int, sym string) *Exception {
	if op == nbRshift && a.Type() == BuiltinType && a.builtin().name == "print" {
		return newErr(TypeError, "unsupported operand type(s) for >>: 'builtin_function_or_method' and '%s'. Did you mean \"print(<message>, file=<output_stream>)\"?", typeName(b))
	}
	if op == nbPow {
		sym = "** or pow()"
	}
	return newErr(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, typeName(a), typeName(b))
}

func binaryOp1(a, b Value, op int) (Value, *Exception) {
	ta, tb := a.Type(), b.Type()
	sa := ta.num[op]
	var sb *binSlot
	if tb != ta {
		sb = tb.num[op]
		if sb == sa {
			sb = nil
		}
	}
	if sa != nil {
		if sb != nil && tb.IsSubtype(ta) {
			r, err := sb.f(a, b)
			if err != nil || !r.isNotImpl() {
				return r, err
			}
			sb = nil
		}
		r, err := sa.f(a, b)
		if err != nil || !r.isNotImpl() {
			return r, err
		}
	}
	if sb != nil {
		return sb.f(a, b)
	}
	return NotImplemented, nil
}

// seqOp is sequence concatenation and repetition (sq_concat, sq_repeat)
// after the numeric slots declined, with their messages.
func seqOp(a, b Value, op int) (Value, *Exception, bool) {
	ta := a.Type()
	if op == nbAdd {
		switch ta {
		case ListType, TupleType, StrType:
			what := map[*Type]string{ListType: "list", TupleType: "tuple", StrType: "str"}[ta]
			if ta == StrType {
				return Null, newErr(TypeError, "can only concatenate str (not \"%s\") to str", typeName(b)), true
			}
			return Null, newErr(TypeError, "can only concatenate %s (not \"%s\") to %s", what, typeName(b), what), true
		}
		return Null, nil, false
	}
	for _, pair := range [2][2]Value{{a, b}, {b, a}} {
		s, n := pair[0], pair[1]
		switch s.Type() {
		case ListType, TupleType, StrType, BytesType:
			if n.Type().index == nil {
				return Null, newErr(TypeError, "can't multiply sequence by non-int of type '%s'", typeName(n)), true
			}
		}
	}
	return Null, nil, false
}

func makeSlotBinary(op int) binFunc {
	return func(a, b Value) (Value, *Exception) {
		info := &binOps[op]
		ta, tb := a.Type(), b.Type()
		doOther := ta != tb && tb.num[op] == info.slot
		if ta.num[op] == info.slot {
			if doOther && tb.IsSubtype(ta) && methodOverloaded(ta, tb, info.rdn) {
				r, err := callDunderIf(b, info.rdn, a)
				if err != nil || !r.isNotImpl() {
					return r, err
				}
				doOther = false
			}
			r, err := callDunderIf(a, info.dn, b)
			if err != nil || !r.isNotImpl() || ta == tb {
				return r, err
			}
		}
		if doOther {
			return callDunderIf(b, info.rdn, a)
		}
		return NotImplemented, nil
	}
}

func makeSlotInplace(op int) binFunc {
	return func(a, b Value) (Value, *Exception) {
		return callDunderIf(a, binOps[op].dn, b)
	}
}

func methodOverloaded(ta, tb *Type, name *Str) bool {
	b := tb.lookup(name)
	if b.p == nil {
		return false
	}
	a := ta.lookup(name)
	return a.p == nil || !a.Is(b)
}

// callDunderIf calls type(self).name(self, arg), or returns NotImplemented
// if the type has no such attribute.
func callDunderIf(self Value, name *Str, arg Value) (Value, *Exception) {
	m := self.Type().lookup(name)
	if m.p == nil {
		return NotImplemented, nil
	}
	return callMethod(m, self, arg)
}

// callMethod calls the unbound attribute m found on a type with self first.
func callMethod(m, self Value, args ...Value) (Value, *Exception) {
	mt := m.Type()
	if mt == FunctionType {
		return curThread.callFunctionSelf(m.fn(), self, args, nil)
	}
	if mt == MethodDescrType {
		buf := make([]Value, 0, len(args)+1)
		buf = append(buf, self)
		buf = append(buf, args...)
		return Call(m, buf, nil)
	}
	if mt.descrGet != nil {
		b, err := mt.descrGet(m, self, self.Type())
		if err != nil {
			return Null, err
		}
		return Call(b, args, nil)
	}
	return Call(m, args, nil)
}

// Comparison operators (Py_LT ...), as COMPARE_OP's oparg >> 5.
const (
	cmpLT = iota
	cmpLE
	cmpEQ
	cmpNE
	cmpGT
	cmpGE
	maxCmpOps = 16
)

type cmpOpInfo struct {
	symbol  string
	dunder  *Str
	swapped int
	// builtin, for an extension's operator, implements it on builtin
	// operands (numbers); NotImplemented passes to the dunders
	builtin func(a, b Value) (Value, *Exception)
}

var cmpOps = [maxCmpOps]cmpOpInfo{
	{"<", intern("__lt__"), cmpGT, nil}, {"<=", intern("__le__"), cmpGE, nil}, {"==", intern("__eq__"), cmpEQ, nil},
	{"!=", intern("__ne__"), cmpNE, nil}, {">", intern("__gt__"), cmpLT, nil}, {">=", intern("__ge__"), cmpLE, nil},
}

// RegisterCompareOp adds COMPARE_OP operator op (oparg >> 5): its symbol,
// its dunder and the operator it becomes with the operands swapped (op
// itself for a symmetric one).
//
// builtin, if not nil, implements the operator for builtin operands (it
// returns NotImplemented for the others); classes take part through the
// dunder and, reflected, the swapped operator's dunder.
func RegisterCompareOp(op int, symbol, dunder string, swapped int, builtin func(a, b Value) (Value, *Exception)) {
	cmpOps[op] = cmpOpInfo{symbol, intern(dunder), swapped, builtin}
}

// extCompare is a registered comparison operator beyond the six.
func extCompare(a, b Value, op int) (Value, *Exception) {
	info := &cmpOps[op]
	if info.dunder == nil {
		return Null, newErr(SystemError, "unknown comparison operator %d", op)
	}
	ta, tb := a.Type(), b.Type()
	try := func(x, y Value, o int) (Value, bool, *Exception) {
		m := x.Type().lookup(cmpOps[o].dunder)
		if m.p == nil {
			return Null, false, nil
		}
		r, err := callMethod(m, x, y)
		if err != nil || !r.isNotImpl() {
			return r, true, err
		}
		return Null, false, nil
	}
	if ta != tb && tb.IsSubtype(ta) {
		if r, ok, err := try(b, a, info.swapped); ok || err != nil {
			return r, err
		}
	}
	if r, ok, err := try(a, b, op); ok || err != nil {
		return r, err
	}
	if r, ok, err := try(b, a, info.swapped); ok || err != nil {
		return r, err
	}
	if info.builtin != nil {
		r, err := info.builtin(a, b)
		if err != nil || !r.isNotImpl() {
			return r, err
		}
	}
	return Null, newErr(TypeError, "'%s' not supported between instances of '%s' and '%s'", info.symbol, ta.Name, tb.Name)
}

// RichCompare is a op b.
func RichCompare(a, b Value, op int) (Value, *Exception) {
	if op > cmpGE {
		return extCompare(a, b, op)
	}
	if a.p == intTag && b.p == intTag {
		return MakeBool(cmpInts(a.Int(), b.Int(), op)), nil
	}
	ta, tb := a.Type(), b.Type()
	checkedReverse := false
	if ta != tb && tb.richcmp != nil && tb.IsSubtype(ta) {
		checkedReverse = true
		r, err := tb.richcmp(b, a, cmpOps[op].swapped)
		if err != nil || !r.isNotImpl() {
			return r, err
		}
	}
	if ta.richcmp != nil {
		r, err := ta.richcmp(a, b, op)
		if err != nil || !r.isNotImpl() {
			return r, err
		}
	}
	if !checkedReverse && tb.richcmp != nil {
		r, err := tb.richcmp(b, a, cmpOps[op].swapped)
		if err != nil || !r.isNotImpl() {
			return r, err
		}
	}
	switch op {
	case cmpEQ:
		return MakeBool(a.Is(b)), nil
	case cmpNE:
		return MakeBool(!a.Is(b)), nil
	}
	return Null, newErr(TypeError, "'%s' not supported between instances of '%s' and '%s'", cmpOps[op].symbol, ta.Name, tb.Name)
}

func cmpInts(x, y int64, op int) bool {
	switch op {
	case cmpLT:
		return x < y
	case cmpLE:
		return x <= y
	case cmpEQ:
		return x == y
	case cmpNE:
		return x != y
	case cmpGT:
		return x > y
	case cmpGE:
		return x >= y
	}
	return false
}

// cmpFloats is float_richcompare for two floats (NaN compares unequal
// and unordered, as IEEE and Python say).
func cmpFloats(x, y float64, op int) bool {
	switch op {
	case cmpLT:
		return x < y
	case cmpLE:
		return x <= y
	case cmpEQ:
		return x == y
	case cmpNE:
		return x != y
	case cmpGT:
		return x > y
	case cmpGE:
		return x >= y
	}
	return false
}

func cmpResult(c int, op int) Value {
	switch op {
	case cmpLT:
		return MakeBool(c < 0)
	case cmpLE:
		return MakeBool(c <= 0)
	case cmpEQ:
		return MakeBool(c == 0)
	case cmpNE:
		return MakeBool(c != 0)
	case cmpGT:
		return MakeBool(c > 0)
	case cmpGE:
		return MakeBool(c >= 0)
	}
	return NotImplemented
}

// Equal is a == b as a Go bool (PyObject_RichCompareBool: identity first).
func Equal(a, b Value) (bool, *Exception) {
	if a.Is(b) {
		if a.p == floatTag {
			f := a.Float()
			return f == f, nil
		}
		return true, nil
	}
	if a.p == intTag && b.p == intTag {
		return false, nil
	}
	if a, b, ok := bothExactStr(a, b); ok {
		return a.s == b.s, nil
	}
	r, err := RichCompare(a, b, cmpEQ)
	if err != nil {
		return false, err
	}
	return Truth(r)
}

// Less is a < b as a Go bool.
func Less(a, b Value) (bool, *Exception) {
	if a.p == intTag && b.p == intTag {
		return a.Int() < b.Int(), nil
	}
	if a.p == floatTag && b.p == floatTag {
		return a.Float() < b.Float(), nil
	}
	if a, b, ok := bothExactStr(a, b); ok {
		// (generalized) UTF-8 orders as its code points do
		return a.s < b.s, nil
	}
	r, err := RichCompare(a, b, cmpLT)
	if err != nil {
		return false, err
	}
	return Truth(r)
}

// bothExactStr returns a and b as *Str when both are exactly str.
func bothExactStr(a, b Value) (*Str, *Str, bool) {
	if a.p == nil || b.p == nil || a.p == intTag || a.p == floatTag || b.p == intTag || b.p == floatTag {
		return nil, nil, false
	}
	if a.hdr().typ != StrType || b.hdr().typ != StrType {
		return nil, nil, false
	}
	return a.str(), b.str(), true
}

// Truth is bool(v).
func Truth(v Value) (bool, *Exception) {
	switch v.p {
	case intTag:
		return v.n != 0, nil
	case floatTag:
		return v.Float() != 0, nil
	case unsafePtr(trueObj):
		return true, nil
	case unsafePtr(falseObj), unsafePtr(noneObj):
		return false, nil
	}
	t := v.hdr().typ
	if t.boolf != nil {
		return t.boolf(v)
	}
	if t.length != nil {
		n, err := t.length(v)
		return n != 0, err
	}
	return true, nil
}

// Repr is repr(v) as a str Value.
func Repr(v Value) (Value, *Exception) {
	t := v.Type()
	if t.repr == nil {
		return NewStr("<" + t.Name + " object>"), nil
	}
	if err := enterRecursive(); err != nil {
		return Null, err
	}
	r, err := t.repr(v)
	leaveRecursive()
	if err != nil {
		return Null, err
	}
	if r.Type() != StrType && !r.Type().IsSubtype(StrType) {
		return Null, newErr(TypeError, "__repr__ returned non-string (type %s)", typeName(r))
	}
	return r, nil
}

// ReprS is repr(v) as a Go string.
func ReprS(v Value) (string, *Exception) {
	r, err := Repr(v)
	if err != nil {
		return "", err
	}
	return r.str().s, nil
}

// StrOf is str(v) as a str Value.
func StrOf(v Value) (Value, *Exception) {
	if v.p == intTag {
		return NewStr(itoa(v.Int())), nil
	}
	t := v.Type()
	if t == StrType {
		return v, nil
	}
	if t.str == nil {
		return Repr(v)
	}
	r, err := t.str(v)
	if err != nil {
		return Null, err
	}
	if !r.Type().IsSubtype(StrType) {
		return Null, newErr(TypeError, "__str__ returned non-string (type %s)", typeName(r))
	}
	return r, nil
}

// Str_ is str(v) as a Go string.
func Str_(v Value) (string, *Exception) {
	r, err := StrOf(v)
	if err != nil {
		return "", err
	}
	return r.str().s, nil
}

// GetAttr is getattr(o, name).
func GetAttr(o Value, name *Str) (Value, *Exception) {
	t := o.Type()
	if t.getattr == nil {
		return genericGetattr(o, name)
	}
	return t.getattr(o, name)
}

// SetAttr is setattr(o, name, v); v Null deletes.
func SetAttr(o Value, name *Str, v Value) *Exception {
	t := o.Type()
	if t.setattr == nil {
		if v.p == nil {
			return newErr(AttributeError, "'%s' object has no attribute '%s'", t.Name, name.s)
		}
		return newErr(AttributeError, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", t.Name, name.s)
	}
	return t.setattr(o, name, v)
}

func instDictOf(o Value) *Dict {
	switch o.Type().alloc {
	case nil:
		return nil
	}
	if o.p == intTag || o.p == floatTag {
		return nil
	}
	t := o.hdr().typ
	if !t.instDict {
		return nil
	}
	if t.isExc {
		e := o.exc()
		if e.dict == nil {
			e.dict = NewDict()
		}
		return e.dict
	}
	if i, ok := instanceOf(o); ok {
		return i.dict
	}
	return subDict(o)
}

// genericGetattr is PyObject_GenericGetAttr.
func genericGetattr(o Value, name *Str) (Value, *Exception) {
	t := o.Type()
	descr := t.lookup(name)
	var dget func(d, o Value, t *Type) (Value, *Exception)
	if descr.p != nil {
		dt := descr.Type()
		dget = dt.descrGet
		if dget != nil && dt.descrSet != nil {
			return dget(descr, o, t)
		}
	}
	if d := instDictOf(o); d != nil {
		if v, ok := d.getStr(name); ok {
			return v, nil
		}
	}
	if dget != nil {
		return dget(descr, o, t)
	}
	if descr.p != nil {
		return descr, nil
	}
	return Null, attrError(o, name)
}

func attrError(o Value, name *Str) *Exception {
	var e *Exception
	if o.Type() == ModuleType {
		e = newErr(AttributeError, "module '%s' has no attribute '%s'", o.mod().name, name.s)
	} else {
		e = newErr(AttributeError, "'%s' object has no attribute '%s'", typeName(o), name.s)
	}
	e.name = obj(name)
	e.obj = o
	return e
}

// genericSetattr is PyObject_GenericSetAttr.
func genericSetattr(o Value, name *Str, v Value) *Exception {
	t := o.Type()
	descr := t.lookup(name)
	if descr.p != nil {
		if ds := descr.Type().descrSet; ds != nil {
			return ds(descr, o, v)
		}
	}
	d := instDictOf(o)
	if d == nil {
		if descr.p != nil {
			return newErr(AttributeError, "'%s' object attribute '%s' is read-only", t.Name, name.s)
		}
		if v.p == nil {
			return newErr(AttributeError, "'%s' object has no attribute '%s'", t.Name, name.s)
		}
		return newErr(AttributeError, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", t.Name, name.s)
	}
	if v.p == nil {
		found, err := d.Delete(obj(name))
		if err != nil {
			return err
		}
		if !found {
			return attrError(o, name)
		}
		return nil
	}
	d.setStr(name, v)
	return nil
}

// GetItem is o[k].
func GetItem(o, k Value) (Value, *Exception) {
	t := o.Type()
	if t.getitem == nil {
		if t == TypeType || t.IsSubtype(TypeType) {
			if m := o.typ().lookupS("__class_getitem__"); m.p != nil {
				if dg := m.Type().descrGet; dg != nil && m.Type() == ClassMethodType {
					b, err := dg(m, Null, o.typ())
					if err != nil {
						return Null, err
					}
					return Call(b, []Value{k}, nil)
				}
				return Call(m, []Value{o, k}, nil)
			}
			return Null, newErr(TypeError, "type '%s' is not subscriptable", o.typ().Name)
		}
		return Null, newErr(TypeError, "'%s' object is not subscriptable", t.Name)
	}
	return t.getitem(o, k)
}

// SetItem is o[k] = v; v Null deletes.
func SetItem(o, k, v Value) *Exception {
	t := o.Type()
	if t.setitem == nil {
		if v.p == nil {
			if t.getitem != nil {
				return newErr(TypeError, "'%s' object doesn't support item deletion", t.Name)
			}
			return newErr(TypeError, "'%s' object does not support item deletion", t.Name)
		}
		return newErr(TypeError, "'%s' object does not support item assignment", t.Name)
	}
	return t.setitem(o, k, v)
}

// GetIter is iter(o).
func GetIter(o Value) (Value, *Exception) {
	t := o.Type()
	if t.iter != nil {
		r, err := t.iter(o)
		if err != nil {
			return Null, err
		}
		if r.Type().next == nil {
			return Null, newErr(TypeError, "iter() returned non-iterator of type '%s'", typeName(r))
		}
		return r, nil
	}
	if t.getitem != nil && t != DictType {
		return obj(&seqIter{Header{SeqIterType}, o, 0}), nil
	}
	return Null, newErr(TypeError, "'%s' object is not iterable", t.Name)
}

// Next advances an iterator: ok false when it is exhausted.
func Next(it Value) (Value, bool, *Exception) {
	t := it.Type()
	if t.next == nil {
		return Null, false, newErr(TypeError, "'%s' object is not an iterator", t.Name)
	}
	return t.next(it)
}

// Len is len(o).
func Len(o Value) (int, *Exception) {
	t := o.Type()
	if t.length == nil {
		return 0, newErr(TypeError, "object of type '%s' has no len()", t.Name)
	}
	return t.length(o)
}

// Contains is k in o.
func Contains(o, k Value) (bool, *Exception) {
	t := o.Type()
	if t.contains != nil {
		return t.contains(o, k)
	}
	it, err := GetIter(o)
	if err != nil {
		if err.typ == TypeError {
			return false, newErr(TypeError, "argument of type '%s' is not iterable", t.Name)
		}
		return false, err
	}
	for {
		v, ok, err := Next(it)
		if err != nil || !ok {
			return false, err
		}
		eq, err := Equal(v, k)
		if err != nil || eq {
			return eq, err
		}
	}
}

// Call calls f with positional args followed by the values of the keyword
// arguments named by kwnames (the vectorcall convention).
func Call(f Value, args []Value, kwnames *Tuple) (Value, *Exception) {
	t := f.Type()
	if t.call == nil {
		return Null, newErr(TypeError, "'%s' object is not callable", t.Name)
	}
	return t.call(f, args, kwnames)
}

// Index is operator.index(v) as an int Value.
func Index(v Value) (Value, *Exception) {
	if v.p == intTag {
		return v, nil
	}
	t := v.Type()
	if t.index == nil {
		return Null, newErr(TypeError, "'%s' object cannot be interpreted as an integer", t.Name)
	}
	return t.index(v)
}

// IndexInt is operator.index(v) as a Go int; overflow raises err.
func IndexInt(v Value) (int, *Exception) {
	i, err := Index(v)
	if err != nil {
		return 0, err
	}
	if i.p == intTag {
		return int(i.Int()), nil
	}
	if i.Type() == BoolType {
		if i.Is(True) {
			return 1, nil
		}
		return 0, nil
	}
	if isIntLike(i) {
		if b := toBig(i); b.IsInt64() {
			return int(b.Int64()), nil
		}
	}
	return 0, newErr(IndexError, "cannot fit 'int' into an index-sized integer")
}

// Format is format(v, spec).
func Format(v Value, spec string) (Value, *Exception) {
	m := v.Type().lookupS("__format__")
	if m.p == nil {
		return Null, newErr(TypeError, "Type %s doesn't define __format__", typeName(v))
	}
	r, err := callMethod(m, v, NewStr(spec))
	if err != nil {
		return Null, err
	}
	if r.Type() != StrType {
		return Null, newErr(TypeError, "__format__ must return a str, not %s", typeName(r))
	}
	return r, nil
}

// recursion depth of Go-level re-entries (repr of nested containers).
var reprDepth int

func enterRecursive() *Exception {
	reprDepth++
	if reprDepth+curThread.depth > curThread.limit+50 {
		reprDepth--
		return newErr(RecursionError, "maximum recursion depth exceeded while getting the repr of an object")
	}
	return nil
}

func leaveRecursive() { reprDepth-- }

var (
	strInit = intern("__init__")
	strNew  = intern("__new__")
)

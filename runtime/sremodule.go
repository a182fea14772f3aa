package runtime

import (
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"strings"

	"github.com/peglab/peglab/runtime/internal/pyhash"
	"github.com/peglab/peglab/runtime/internal/sre"
)

// The _sre module (Modules/_sre/sre.c's object layer) over the engine in
// runtime/internal/sre: re._compiler's code list becomes a Pattern; its
// methods run States and build Match objects; Scanner is the state kept
// between searches. The pure-Python re package sits on top unmodified.

var (
	SrePatternType  *Type
	SreMatchType    *Type
	SreScannerType  *Type
	SreTemplateType *Type
)

type srePattern struct {
	Header
	prog       *sre.Prog
	pattern    Value // str, bytes or None
	flags      int64
	groups     int
	groupindex *Dict  // nil when empty
	indexgroup *Tuple // nil when empty
	isbytes    int    // -1: pattern None
}

type sreMatch struct {
	Header
	pat       *srePattern
	str       Value
	subj      *sre.Subject
	marks     []int
	pos       int
	endpos    int
	lastindex int
	regs      Value
}

type sreScanner struct {
	Header
	pat       *srePattern
	str       Value
	st        *sre.State
	executing bool
}

type sreTmplItem struct {
	index   int
	literal Value // Null when empty
}

type sreTemplate struct {
	Header
	literal Value
	items   []sreTmplItem
}

// lastSubject caches the decoded form of the last str matched, so that a
// loop of searches over one non-ASCII string decodes it once.
var (
	lastSubjStr *Str
	lastSubj    *sre.Subject
)

// sreCheck is the engine's periodic check (every 4096 steps): the VM's
// loop budget, when one is set, counts those too, so a catastrophic
// pattern under a budget stops with KeyboardInterrupt as a loop would.
func sreCheck() error {
	t := curThread
	if t.budget > 0 {
		t.budget--
		if t.budget == 0 {
			t.budget = 1
			return newExcArgs(KeyboardInterrupt)
		}
	}
	return nil
}

// getstring is sre.c's getstring: the subject of a str or bytes.
func sreGetString(v Value) (*sre.Subject, bool, *Exception) {
	switch v.Type() {
	case StrType:
		s := v.str()
		if s == lastSubjStr {
			return lastSubj, false, nil
		}
		sub := sre.StrSubject(s.s)
		lastSubjStr, lastSubj = s, sub
		return sub, false, nil
	case BytesType:
		return sre.BytesSubject(v.bytes().b), true, nil
	}
	if v.Type().IsSubtype(StrType) {
		return sre.StrSubject(v.str().s), false, nil
	}
	if v.Type().IsSubtype(BytesType) {
		return sre.BytesSubject(v.bytes().b), true, nil
	}
	return nil, false, newErr(TypeError, "expected string or bytes-like object, got '%s'", typeName(v))
}

// sreArgs parses a clinic-style signature: names, the first nreq required.
func sreArgs(fname string, a []Value, kw *Tuple, names []string, nreq int) ([]Value, *Exception) {
	pos, kwv := splitKw(a, kw)
	out := make([]Value, len(names))
	if len(pos) > len(names) {
		return nil, newErr(TypeError, "%s() takes at most %d arguments (%d given)", fname, len(names), len(pos))
	}
	copy(out, pos)
	for i, v := range kwv {
		k := kw.items[i].str().s
		found := false
		for j, n := range names {
			if n == k {
				if out[j].p != nil {
					return nil, newErr(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
				}
				out[j] = v
				found = true
				break
			}
		}
		if !found {
			return nil, newErr(TypeError, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
	}
	for i := 0; i < nreq; i++ {
		if out[i].p == nil {
			return nil, newErr(TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return out, nil
}

// ssize converts an index argument as Py_ssize_t, clamping like the
// clinic's converter would overflow (OverflowError past 64 bits).
func sreSsize(v Value, def int) (int, *Exception) {
	if v.p == nil {
		return def, nil
	}
	if v.p == floatTag {
		return 0, newErr(TypeError, "'float' object cannot be interpreted as an integer")
	}
	iv, err := Index(v)
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(iv)
	if !ok {
		return 0, newErr(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

func (p *srePattern) state(str Value, pos, endpos int) (*sre.State, *sre.Subject, *Exception) {
	sub, isbytes, err := sreGetString(str)
	if err != nil {
		return nil, nil, err
	}
	if isbytes && p.isbytes == 0 {
		return nil, nil, newErr(TypeError, "cannot use a string pattern on a bytes-like object")
	}
	if !isbytes && p.isbytes > 0 {
		return nil, nil, newErr(TypeError, "cannot use a bytes pattern on a string-like object")
	}
	st := p.prog.NewState(sub, pos, endpos)
	if curThread.budget > 0 {
		st.Check = sreCheck
	}
	return st, sub, nil
}

// sreError is pattern_error for an engine failure.
func sreError(err error) *Exception {
	var e *Exception
	if errors.As(err, &e) {
		return e
	}
	if errors.Is(err, sre.ErrInternal) {
		return newErr(RuntimeError, "internal error in regular expression engine")
	}
	return newErr(SystemError, "%s", err.Error())
}

func (p *srePattern) newMatch(str Value, st *sre.State) (Value, *Exception) {
	marks, err := st.Marks(make([]int, 0, 2*(p.groups+1)))
	if err != nil {
		return Null, sreError(err)
	}
	return obj(&sreMatch{Header: Header{SreMatchType}, pat: p, str: str, subj: st.Subject(), marks: marks,
		pos: st.Pos(), endpos: st.EndPos(), lastindex: st.LastIndex()}), nil
}

// sreSlice is getslice: the subject's [i:j] as str or bytes.
func sreSlice(str Value, sub *sre.Subject, i, j int) Value {
	if sub.IsStr() {
		if str.Type() == StrType {
			s := str.str()
			if i == 0 && j == s.n {
				return str
			}
			return NewStr(s.substr(i, j))
		}
		return NewStr(sub.Str(i, j))
	}
	if str.Type() == BytesType && i == 0 && j == sub.Len() {
		return str
	}
	return obj(&Bytes{Header{BytesType}, append([]byte(nil), sub.Bytes(i, j)...)})
}

func initSre() {
	m := NewModule("_sre")
	d := m.dict
	d.SetS("MAGIC", MakeInt(sre.Magic))
	d.SetS("CODESIZE", MakeInt(sre.CodeSize))
	d.SetS("MAXREPEAT", MakeInt(sre.MaxRepeat))
	d.SetS("MAXGROUPS", MakeInt(sre.MaxGroups))
	d.SetS("copyright", NewStr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "))
	def := func(name string, fn func(a []Value, kw *Tuple) (Value, *Exception)) {
		d.SetS(name, obj(&Builtin{Header{BuiltinType}, name, fn, Null, nil}))
	}
	def("getcodesize", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := exactArgs("getcodesize", a, kw, 0); err != nil {
			return Null, err
		}
		return MakeInt(sre.CodeSize), nil
	})
	charFn := func(name string, f func(uint32) Value) {
		def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if err := exactArgs(name, a, kw, 1); err != nil {
				return Null, err
			}
			n, err := sreSsize(a[0], 0)
			if err != nil {
				return Null, err
			}
			if n < math.MinInt32 || n > math.MaxInt32 {
				if n > 0 {
					return Null, newErr(OverflowError, "signed integer is greater than maximum")
				}
				return Null, newErr(OverflowError, "signed integer is less than minimum")
			}
			return f(uint32(int32(n))), nil
		})
	}
	charFn("ascii_iscased", func(c uint32) Value { return MakeBool(sre.ASCIIIsCased(c)) })
	charFn("unicode_iscased", func(c uint32) Value { return MakeBool(sre.UnicodeIsCased(c)) })
	charFn("ascii_tolower", func(c uint32) Value { return MakeInt(int64(int32(sre.ASCIIToLower(c)))) })
	charFn("unicode_tolower", func(c uint32) Value { return MakeInt(int64(int32(sre.UnicodeToLower(c)))) })
	def("compile", sreCompile)
	def("template", sreTemplateFn)

	initSrePattern()
	initSreMatch()
	initSreScanner()
	SreTemplateType = newBuiltinType("SRE_Template", ObjectType)
	SreTemplateType.Module = "_sre"
	SreTemplateType.final = true
	modules.SetS("_sre", obj(m))
}

func sreCompile(a []Value, kw *Tuple) (Value, *Exception) {
	args, err := sreArgs("compile", a, kw, []string{"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6)
	if err != nil {
		return Null, err
	}
	flags, err := sreSsize(args[1], 0)
	if err != nil {
		return Null, err
	}
	if args[2].Type() != ListType && !args[2].Type().IsSubtype(ListType) {
		return Null, newErr(TypeError, "compile() argument 'code' must be list, not %s", typeName(args[2]))
	}
	groups, err := sreSsize(args[3], 0)
	if err != nil {
		return Null, err
	}
	if !args[4].Type().IsSubtype(DictType) {
		return Null, newErr(TypeError, "compile() argument 'groupindex' must be dict, not %s", typeName(args[4]))
	}
	if !args[5].Type().IsSubtype(TupleType) {
		return Null, newErr(TypeError, "compile() argument 'indexgroup' must be tuple, not %s", typeName(args[5]))
	}
	items := args[2].list().items
	code := make([]uint32, len(items))
	for i, v := range items {
		if !isIntLike(v) && !v.Type().IsSubtype(IntType) {
			return Null, newErr(TypeError, "'%s' object cannot be interpreted as an integer", typeName(v))
		}
		// re._compiler's MAXREPEAT and opcodes are int subclasses
		v, err := Index(v)
		if err != nil {
			return Null, err
		}
		n, ok := smallInt(v)
		if b := toBig(v); !ok && b.IsInt64() {
			n, ok = b.Int64(), true // an int subclass: re's _NamedIntConstant opcodes (imports branch)
		}
		if !ok || n < 0 {
			if !ok && toBig(v).Sign() > 0 {
				return Null, newErr(OverflowError, "Python int too large to convert to C unsigned long")
			}
			if n < 0 || !ok {
				return Null, newErr(OverflowError, "can't convert negative value to unsigned int")
			}
		}
		if n > math.MaxUint32 {
			return Null, newErr(OverflowError, "regular expression code size limit exceeded")
		}
		code[i] = uint32(n)
	}
	p := &srePattern{Header: Header{SrePatternType}, pattern: args[0], flags: int64(flags), groups: groups}
	switch {
	case args[0].isNone():
		p.isbytes = -1
	default:
		_, isbytes, err := sreGetString(args[0])
		if err != nil {
			return Null, err
		}
		if isbytes {
			p.isbytes = 1
		}
	}
	if gi := (*Dict)(args[4].p); gi.Len() > 0 {
		p.groupindex = gi
		if ig := args[5].tuple(); len(ig.items) > 0 {
			p.indexgroup = ig
		}
	}
	prog, cerr := sre.Compile(code, groups)
	if cerr != nil {
		return Null, newErr(RuntimeError, "invalid SRE code")
	}
	p.prog = prog
	return obj(p), nil
}

func sreTemplateFn(a []Value, kw *Tuple) (Value, *Exception) {
	if err := exactArgs("template", a, kw, 2); err != nil {
		return Null, err
	}
	if !a[1].Type().IsSubtype(ListType) {
		return Null, newErr(TypeError, "template() argument 2 must be list, not %s", typeName(a[1]))
	}
	items := a[1].list().items
	n := len(items)
	if n&1 == 0 || n < 1 {
		return Null, newErr(TypeError, "invalid template")
	}
	t := &sreTemplate{Header: Header{SreTemplateType}, literal: items[0]}
	for i := 0; i < n/2; i++ {
		idx, err := sreSsize(items[2*i+1], 0)
		if err != nil {
			return Null, err
		}
		if idx < 0 {
			return Null, newErr(TypeError, "invalid template")
		}
		lit := items[2*i+2]
		if lit.Type() == StrType && lit.str().n == 0 || lit.Type() == BytesType && len(lit.bytes().b) == 0 {
			lit = Null
		}
		t.items = append(t.items, sreTmplItem{idx, lit})
	}
	return obj(t), nil
}

// expand is expand_template.
func (t *sreTemplate) expand(m *sreMatch) (Value, *Exception) {
	if len(t.items) == 0 {
		return t.literal, nil
	}
	var parts []Value
	if !t.literal.isNone() {
		parts = append(parts, t.literal)
	}
	for _, it := range t.items {
		if it.index >= len(m.marks)/2 {
			return Null, newErr(IndexError, "invalid group reference %d", it.index)
		}
		if g := m.group(it.index, None); !g.isNone() {
			parts = append(parts, g)
		}
		if it.literal.p != nil {
			parts = append(parts, it.literal)
		}
	}
	return sreJoin(m.subj.IsStr(), parts)
}

func sreJoin(isStr bool, parts []Value) (Value, *Exception) {
	if isStr {
		var b strings.Builder
		for i, p := range parts {
			if !p.Type().IsSubtype(StrType) {
				return Null, newErr(TypeError, "sequence item %d: expected str instance, %s found", i, typeName(p))
			}
			b.WriteString(p.str().s)
		}
		return NewStr(b.String()), nil
	}
	var b []byte
	for i, p := range parts {
		if !p.Type().IsSubtype(BytesType) {
			return Null, newErr(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, typeName(p))
		}
		b = append(b, p.bytes().b...)
	}
	return obj(&Bytes{Header{BytesType}, b}), nil
}

// compileTemplate delegates to re._compile_template, as sre.c does.
func (p *srePattern) compileTemplate(repl Value) (*sreTemplate, *Exception) {
	re, ok := modules.GetS("re")
	if !ok {
		return nil, newErr(ImportError, "cannot import name '_compile_template' from 're'")
	}
	fn, err := GetAttr(re, intern("_compile_template"))
	if err != nil {
		return nil, err
	}
	r, err := Call(fn, []Value{obj(p), repl}, nil)
	if err != nil {
		return nil, err
	}
	if r.Type() != SreTemplateType {
		return nil, newErr(RuntimeError, "the result of compiling a replacement string is %s", typeName(r))
	}
	return (*sreTemplate)(r.p), nil
}

func (v Value) srePat() *srePattern { return (*srePattern)(v.p) }

func sreSelfPat(name string, a []Value) (*srePattern, *Exception) {
	if len(a) == 0 || a[0].Type() != SrePatternType {
		return nil, newErr(TypeError, "descriptor '%s' requires a 're.Pattern' object", name)
	}
	return a[0].srePat(), nil
}

func initSrePattern() {
	t := newBuiltinType("Pattern", ObjectType)
	SrePatternType = t
	t.Module = "re"
	t.final = true
	matchLike := func(name string, kind int) {
		t.def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			p, err := sreSelfPat(name, a)
			if err != nil {
				return Null, err
			}
			args, err := sreArgs(name, a[1:], kw, []string{"string", "pos", "endpos"}, 1)
			if err != nil {
				return Null, err
			}
			pos, err := sreSsize(args[1], 0)
			if err != nil {
				return Null, err
			}
			endpos, err := sreSsize(args[2], math.MaxInt64)
			if err != nil {
				return Null, err
			}
			st, _, err := p.state(args[0], pos, endpos)
			if err != nil {
				return Null, err
			}
			var ok bool
			var e error
			switch kind {
			case 0:
				ok, e = st.Match()
			case 1:
				ok, e = st.FullMatch()
			default:
				ok, e = st.Search()
			}
			if e != nil {
				return Null, sreError(e)
			}
			if !ok {
				return None, nil
			}
			return p.newMatch(args[0], st)
		})
	}
	matchLike("match", 0)
	matchLike("fullmatch", 1)
	matchLike("search", 2)
	t.def("findall", func(a []Value, kw *Tuple) (Value, *Exception) {
		p, err := sreSelfPat("findall", a)
		if err != nil {
			return Null, err
		}
		args, err := sreArgs("findall", a[1:], kw, []string{"string", "pos", "endpos"}, 1)
		if err != nil {
			return Null, err
		}
		pos, err := sreSsize(args[1], 0)
		if err != nil {
			return Null, err
		}
		endpos, err := sreSsize(args[2], math.MaxInt64)
		if err != nil {
			return Null, err
		}
		st, sub, err := p.state(args[0], pos, endpos)
		if err != nil {
			return Null, err
		}
		out := newList(nil)
		for st.Start() <= st.EndPos() {
			st.Reset()
			ok, e := st.Search()
			if e != nil {
				return Null, sreError(e)
			}
			if !ok {
				break
			}
			var item Value
			switch p.groups {
			case 0:
				item = sreSlice(args[0], sub, st.Start(), st.End())
			case 1:
				s, e := st.Group(1)
				item = sreSlice(args[0], sub, max(s, 0), max(e, 0))
			default:
				items := make([]Value, p.groups)
				for g := range items {
					s, e := st.Group(g + 1)
					items[g] = sreSlice(args[0], sub, max(s, 0), max(e, 0))
				}
				item = NewTuple(items...)
			}
			out.append(item)
			st.Advance()
		}
		return obj(out), nil
	})
	scannerOf := func(name string, a []Value, kw *Tuple) (*sreScanner, *Exception) {
		p, err := sreSelfPat(name, a)
		if err != nil {
			return nil, err
		}
		args, err := sreArgs(name, a[1:], kw, []string{"string", "pos", "endpos"}, 1)
		if err != nil {
			return nil, err
		}
		pos, err := sreSsize(args[1], 0)
		if err != nil {
			return nil, err
		}
		endpos, err := sreSsize(args[2], math.MaxInt64)
		if err != nil {
			return nil, err
		}
		st, _, err := p.state(args[0], pos, endpos)
		if err != nil {
			return nil, err
		}
		return &sreScanner{Header: Header{SreScannerType}, pat: p, str: args[0], st: st}, nil
	}
	t.def("scanner", func(a []Value, kw *Tuple) (Value, *Exception) {
		sc, err := scannerOf("scanner", a, kw)
		if err != nil {
			return Null, err
		}
		return obj(sc), nil
	})
	t.def("finditer", func(a []Value, kw *Tuple) (Value, *Exception) {
		sc, err := scannerOf("finditer", a, kw)
		if err != nil {
			return Null, err
		}
		search := obj(&Builtin{Header{BuiltinType}, "search", func(_ []Value, _ *Tuple) (Value, *Exception) {
			return sc.next(true)
		}, Null, nil})
		return obj(&callIter{Header{CallIterType}, search, None}), nil
	})
	t.def("split", func(a []Value, kw *Tuple) (Value, *Exception) {
		p, err := sreSelfPat("split", a)
		if err != nil {
			return Null, err
		}
		args, err := sreArgs("split", a[1:], kw, []string{"string", "maxsplit"}, 1)
		if err != nil {
			return Null, err
		}
		maxsplit, err := sreSsize(args[1], 0)
		if err != nil {
			return Null, err
		}
		st, sub, err := p.state(args[0], 0, math.MaxInt64)
		if err != nil {
			return Null, err
		}
		out := newList(nil)
		last := st.Start()
		for n := 0; maxsplit == 0 || n < maxsplit; n++ {
			st.Reset()
			ok, e := st.Search()
			if e != nil {
				return Null, sreError(e)
			}
			if !ok {
				break
			}
			out.append(sreSlice(args[0], sub, last, st.Start()))
			for g := 1; g <= p.groups; g++ {
				s, e := st.Group(g)
				if s < 0 {
					out.append(None)
				} else {
					out.append(sreSlice(args[0], sub, s, e))
				}
			}
			st.Advance()
			last = st.Start()
		}
		out.append(sreSlice(args[0], sub, last, st.EndPos()))
		return obj(out), nil
	})
	subx := func(name string, subn bool) {
		t.def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			p, err := sreSelfPat(name, a)
			if err != nil {
				return Null, err
			}
			args, err := sreArgs(name, a[1:], kw, []string{"repl", "string", "count"}, 2)
			if err != nil {
				return Null, err
			}
			count, err := sreSsize(args[2], 0)
			if err != nil {
				return Null, err
			}
			return p.subx(args[0], args[1], count, subn)
		})
	}
	subx("sub", false)
	subx("subn", true)
	ident := func(a []Value, kw *Tuple) (Value, *Exception) { return a[0], nil }
	t.def("__copy__", ident)
	t.def("__deepcopy__", ident)
	getter := func(name string, f func(p *srePattern) Value) {
		t.defAttr(name, obj(&GetSet{Header{GetSetType}, name, func(v Value) (Value, *Exception) { return f(v.srePat()), nil }, nil}))
	}
	getter("pattern", func(p *srePattern) Value { return p.pattern })
	getter("flags", func(p *srePattern) Value { return MakeInt(p.flags) })
	getter("groups", func(p *srePattern) Value { return MakeInt(int64(p.groups)) })
	getter("groupindex", func(p *srePattern) Value {
		// CPython gives a read-only mappingproxy; a copy keeps the pattern's
		// own dict from being changed
		if p.groupindex == nil {
			return obj(NewDict())
		}
		return obj(p.groupindex.copy())
	})
	t.repr = srePatternRepr
	t.richcmp = func(a, b Value, op int) (Value, *Exception) {
		// pattern_richcompare: equal flags, kind, code and pattern
		if op != cmpEQ && op != cmpNE || b.Type() != SrePatternType {
			return NotImplemented, nil
		}
		l, r := a.srePat(), b.srePat()
		eq := l == r
		if !eq && l.flags == r.flags && l.isbytes == r.isbytes && slices.Equal(l.prog.Code(), r.prog.Code()) {
			e, err := Equal(l.pattern, r.pattern)
			if err != nil {
				return Null, err
			}
			eq = e
		}
		return MakeBool(eq == (op == cmpEQ)), nil
	}
	t.hash = func(v Value) (int64, *Exception) {
		// pattern_hash: the pattern's hash, the code's bytes' hash, flags,
		// kind and code size, xored
		p := v.srePat()
		h, err := Hash(p.pattern)
		if err != nil {
			return 0, err
		}
		code := p.prog.Code()
		b := make([]byte, 4*len(code))
		for i, w := range code {
			binary.LittleEndian.PutUint32(b[4*i:], w)
		}
		h ^= pyhash.Bytes(b)
		h ^= p.flags
		h ^= int64(p.isbytes)
		h ^= int64(len(code))
		if h == -1 {
			h = -2
		}
		return h, nil
	}
}

var sreFlagNames = []struct {
	name string
	v    int64
}{{"re.IGNORECASE", 2}, {"re.LOCALE", 4}, {"re.MULTILINE", 8}, {"re.DOTALL", 16}, {"re.UNICODE", 32},
	{"re.VERBOSE", 64}, {"re.DEBUG", 128}, {"re.ASCII", 256}}

func srePatternRepr(v Value) (Value, *Exception) {
	p := v.srePat()
	r, err := Repr(p.pattern)
	if err != nil {
		return Null, err
	}
	rs := r.str()
	text := rs.s
	if rs.n > 200 {
		text = rs.substr(0, 200)
	}
	flags := p.flags
	if p.isbytes == 0 && flags&(4|32|256) == 32 {
		flags &^= 32
	}
	var names []string
	for _, f := range sreFlagNames {
		if flags&f.v != 0 {
			names = append(names, f.name)
			flags &^= f.v
		}
	}
	if flags != 0 {
		names = append(names, "0x"+strings.TrimPrefix(itoaBase(flags, 16), "+"))
	}
	if len(names) > 0 {
		return NewStr("re.compile(" + text + ", " + strings.Join(names, "|") + ")"), nil
	}
	return NewStr("re.compile(" + text + ")"), nil
}

func itoaBase(n int64, base int) string {
	const digits = "0123456789abcdef"
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{digits[n%int64(base)]}, b...)
		n /= int64(base)
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

func (p *srePattern) subx(repl, str Value, count int, subn bool) (Value, *Exception) {
	const (
		literal = iota
		template
		callable
	)
	kind := literal
	var filter Value
	var tmpl *sreTemplate
	if repl.Type().call != nil {
		kind, filter = callable, repl
	} else {
		isLit := false
		if rs, _, err := sreGetString(repl); err == nil {
			isLit = true
			for i := 0; i < rs.Len(); i++ {
				if rs.At(i) == '\\' {
					isLit = false
					break
				}
			}
		}
		if isLit {
			filter = repl
		} else {
			t, err := p.compileTemplate(repl)
			if err != nil {
				return Null, err
			}
			if len(t.items) == 0 {
				filter = t.literal
			} else {
				kind, tmpl = template, t
			}
		}
	}
	st, sub, err := p.state(str, 0, math.MaxInt64)
	if err != nil {
		return Null, err
	}
	var parts []Value
	i, n := 0, 0
	for count == 0 || n < count {
		st.Reset()
		ok, e := st.Search()
		if e != nil {
			return Null, sreError(e)
		}
		if !ok {
			break
		}
		b, e2 := st.Start(), st.End()
		if i < b {
			parts = append(parts, sreSlice(str, sub, i, b))
		}
		item := filter
		if kind != literal {
			mv, err := p.newMatch(str, st)
			if err != nil {
				return Null, err
			}
			if kind == template {
				item, err = tmpl.expand((*sreMatch)(mv.p))
			} else {
				item, err = Call(filter, []Value{mv}, nil)
			}
			if err != nil {
				return Null, err
			}
		}
		if !item.isNone() {
			parts = append(parts, item)
		}
		i = e2
		n++
		st.Advance()
	}
	if i < st.EndPos() {
		parts = append(parts, sreSlice(str, sub, i, st.EndPos()))
	}
	res, err := sreJoin(sub.IsStr(), parts)
	if err != nil {
		return Null, err
	}
	if subn {
		return NewTuple(res, MakeInt(int64(n))), nil
	}
	return res, nil
}

// next is the scanner's match (search false) or search.
func (sc *sreScanner) next(search bool) (Value, *Exception) {
	if sc.executing {
		return Null, newErr(ValueError, "regular expression scanner already executing")
	}
	sc.executing = true
	defer func() { sc.executing = false }()
	var m []int
	var e error
	st := sc.st
	if search {
		m, e = st.ScanSearch(nil)
	} else {
		m, e = st.ScanMatch(nil)
	}
	if e != nil {
		return Null, sreError(e)
	}
	if m == nil {
		return None, nil
	}
	return obj(&sreMatch{Header: Header{SreMatchType}, pat: sc.pat, str: sc.str, subj: st.Subject(), marks: m,
		pos: st.Pos(), endpos: st.EndPos(), lastindex: st.LastIndex()}), nil
}

func initSreScanner() {
	t := newBuiltinType("SRE_Scanner", ObjectType)
	SreScannerType = t
	t.Module = "_sre"
	t.final = true
	t.def("match", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("match", a, kw, 0, 0); err != nil {
			return Null, err
		}
		return (*sreScanner)(a[0].p).next(false)
	})
	t.def("search", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := nargs("search", a, kw, 0, 0); err != nil {
			return Null, err
		}
		return (*sreScanner)(a[0].p).next(true)
	})
	t.defAttr("pattern", obj(&GetSet{Header{GetSetType}, "pattern", func(v Value) (Value, *Exception) {
		return obj((*sreScanner)(v.p).pat), nil
	}, nil}))
}

// group is match_getslice_by_index.
func (m *sreMatch) group(i int, def Value) Value {
	s, e := m.marks[2*i], m.marks[2*i+1]
	if s < 0 {
		return def
	}
	return sreSlice(m.str, m.subj, s, e)
}

// index is match_getindex.
func (m *sreMatch) index(v Value) (int, *Exception) {
	if v.p == nil {
		return 0, nil
	}
	i := -1
	if isIntLike(v) || v.Type().index != nil {
		iv, err := Index(v)
		if err != nil {
			return 0, err
		}
		n, ok := smallInt(iv)
		if !ok {
			return 0, newErr(IndexError, "cannot fit 'int' into an index-sized integer")
		}
		i = int(n)
	} else if m.pat.groupindex != nil {
		g, ok, err := m.pat.groupindex.Get(v)
		if err != nil {
			return 0, err
		}
		if ok && isIntLike(g) {
			n, _ := smallInt(g)
			i = int(n)
		}
	}
	if i < 0 || i >= len(m.marks)/2 {
		return 0, newErr(IndexError, "no such group")
	}
	return i, nil
}

func (m *sreMatch) regsValue() Value {
	if m.regs.p == nil {
		items := make([]Value, len(m.marks)/2)
		for i := range items {
			items[i] = NewTuple(MakeInt(int64(m.marks[2*i])), MakeInt(int64(m.marks[2*i+1])))
		}
		m.regs = NewTuple(items...)
	}
	return m.regs
}

func initSreMatch() {
	t := newBuiltinType("Match", ObjectType)
	SreMatchType = t
	t.Module = "re"
	t.final = true
	self := func(a []Value) *sreMatch { return (*sreMatch)(a[0].p) }
	t.def("group", func(a []Value, kw *Tuple) (Value, *Exception) {
		if err := noKw("group", kw); err != nil {
			return Null, err
		}
		m := self(a)
		switch len(a) {
		case 1:
			return m.group(0, None), nil
		case 2:
			i, err := m.index(a[1])
			if err != nil {
				return Null, err
			}
			return m.group(i, None), nil
		}
		out := make([]Value, len(a)-1)
		for k, v := range a[1:] {
			i, err := m.index(v)
			if err != nil {
				return Null, err
			}
			out[k] = m.group(i, None)
		}
		return NewTuple(out...), nil
	})
	t.getitem = func(o, k Value) (Value, *Exception) {
		m := (*sreMatch)(o.p)
		i, err := m.index(k)
		if err != nil {
			return Null, err
		}
		return m.group(i, None), nil
	}
	t.def("groups", func(a []Value, kw *Tuple) (Value, *Exception) {
		args, err := sreArgs("groups", a[1:], kw, []string{"default"}, 0)
		if err != nil {
			return Null, err
		}
		def := args[0]
		if def.p == nil {
			def = None
		}
		m := self(a)
		out := make([]Value, len(m.marks)/2-1)
		for i := range out {
			out[i] = m.group(i+1, def)
		}
		return NewTuple(out...), nil
	})
	t.def("groupdict", func(a []Value, kw *Tuple) (Value, *Exception) {
		args, err := sreArgs("groupdict", a[1:], kw, []string{"default"}, 0)
		if err != nil {
			return Null, err
		}
		def := args[0]
		if def.p == nil {
			def = None
		}
		m := self(a)
		out := NewDict()
		if m.pat.groupindex == nil {
			return obj(out), nil
		}
		var ferr *Exception
		m.pat.groupindex.each(func(k, _ Value) bool {
			i, err := m.index(k)
			if err != nil {
				ferr = err
				return false
			}
			if err := out.Set(k, m.group(i, def)); err != nil {
				ferr = err
				return false
			}
			return true
		})
		if ferr != nil {
			return Null, ferr
		}
		return obj(out), nil
	})
	pos := func(name string, f func(m *sreMatch, i int) Value) {
		t.def(name, func(a []Value, kw *Tuple) (Value, *Exception) {
			if err := noKw(name, kw); err != nil {
				return Null, err
			}
			if len(a) > 2 {
				return Null, newErr(TypeError, "%s expected at most 1 argument, got %d", name, len(a)-1)
			}
			m := self(a)
			g := Null
			if len(a) == 2 {
				g = a[1]
			}
			i, err := m.index(g)
			if err != nil {
				return Null, err
			}
			return f(m, i), nil
		})
	}
	pos("start", func(m *sreMatch, i int) Value { return MakeInt(int64(m.marks[2*i])) })
	pos("end", func(m *sreMatch, i int) Value { return MakeInt(int64(m.marks[2*i+1])) })
	pos("span", func(m *sreMatch, i int) Value {
		return NewTuple(MakeInt(int64(m.marks[2*i])), MakeInt(int64(m.marks[2*i+1])))
	})
	t.def("expand", func(a []Value, kw *Tuple) (Value, *Exception) {
		args, err := sreArgs("expand", a[1:], kw, []string{"template"}, 1)
		if err != nil {
			return Null, err
		}
		m := self(a)
		tm, err := m.pat.compileTemplate(args[0])
		if err != nil {
			return Null, err
		}
		return tm.expand(m)
	})
	ident := func(a []Value, kw *Tuple) (Value, *Exception) { return a[0], nil }
	t.def("__copy__", ident)
	t.def("__deepcopy__", ident)
	getter := func(name string, f func(m *sreMatch) Value) {
		t.defAttr(name, obj(&GetSet{Header{GetSetType}, name, func(v Value) (Value, *Exception) { return f((*sreMatch)(v.p)), nil }, nil}))
	}
	getter("string", func(m *sreMatch) Value { return m.str })
	getter("re", func(m *sreMatch) Value { return obj(m.pat) })
	getter("pos", func(m *sreMatch) Value { return MakeInt(int64(m.pos)) })
	getter("endpos", func(m *sreMatch) Value { return MakeInt(int64(m.endpos)) })
	getter("regs", func(m *sreMatch) Value { return m.regsValue() })
	getter("lastindex", func(m *sreMatch) Value {
		if m.lastindex >= 0 {
			return MakeInt(int64(m.lastindex))
		}
		return None
	})
	getter("lastgroup", func(m *sreMatch) Value {
		ig := m.pat.indexgroup
		if ig != nil && m.lastindex >= 0 && m.lastindex < len(ig.items) {
			return ig.items[m.lastindex]
		}
		return None
	})
	t.repr = func(v Value) (Value, *Exception) {
		m := (*sreMatch)(v.p)
		r, err := Repr(m.group(0, None))
		if err != nil {
			return Null, err
		}
		rs := r.str()
		text := rs.s
		if rs.n > 50 {
			text = rs.substr(0, 50)
		}
		return NewStr("<re.Match object; span=(" + itoa(int64(m.marks[0])) + ", " + itoa(int64(m.marks[1])) + "), match=" + text + ">"), nil
	}
}

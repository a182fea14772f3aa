package runtime

import "strconv"

// BaseExceptionGroup and ExceptionGroup (exceptions.c's BaseExceptionGroup_*)
// and the two operations except* compiles to: CHECK_EG_MATCH (egMatch) and
// the PREP_RERAISE_STAR intrinsic (prepReraiseStar). A group keeps its
// message and its exceptions tuple in egMsg/egExcs; args stays what the
// constructor was given, so repr shows the list a program passed.

func isGroup(v Value) bool {
	return v.p != nil && v.Type().IsSubtype(BaseExceptionGroup)
}

func initExceptionGroups() {
	b := BaseExceptionGroup
	b.newf = egNew
	b.init = func(self Value, args []Value, kw *Tuple) *Exception {
		if kw != nil && len(kw.items) > 0 {
			return newErr(TypeError, "%s() takes no keyword arguments", typeName(self))
		}
		self.exc().args = newTuple(append([]Value(nil), args...))
		return nil
	}
	b.str = func(v Value) (Value, *Exception) {
		x := v.exc()
		n := 0
		if x.egExcs != nil {
			n = len(x.egExcs.items)
		}
		s := "s"
		if n == 1 {
			s = ""
		}
		m, err := Str_(optNone(x.egMsg))
		if err != nil {
			return Null, err
		}
		return NewStr(m + " (" + strconv.Itoa(n) + " sub-exception" + s + ")"), nil
	}
	b.def("derive", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 || (kw != nil && len(kw.items) > 0) {
			return Null, newErr(TypeError, "BaseExceptionGroup.derive() takes exactly one argument (%d given)", len(a)-1)
		}
		return Call(obj(BaseExceptionGroup), []Value{optNone(a[0].exc().egMsg), a[1]}, nil)
	})
	// ExceptionGroup was made (inheriting the slots) before they were set
	ExceptionGroup.newf, ExceptionGroup.init, ExceptionGroup.str = b.newf, b.init, b.str
	b.def("split", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 {
			return Null, newErr(TypeError, "BaseExceptionGroup.split() takes exactly one argument (%d given)", len(a)-1)
		}
		m, err := newEgMatcher(a[1])
		if err != nil {
			return Null, err
		}
		match, rest, err := egSplit(a[0], m, true)
		if err != nil {
			return Null, err
		}
		return obj(newTuple([]Value{optNone(match), optNone(rest)})), nil
	})
	b.def("subgroup", func(a []Value, kw *Tuple) (Value, *Exception) {
		if len(a) != 2 {
			return Null, newErr(TypeError, "BaseExceptionGroup.subgroup() takes exactly one argument (%d given)", len(a)-1)
		}
		m, err := newEgMatcher(a[1])
		if err != nil {
			return Null, err
		}
		match, _, err := egSplit(a[0], m, false)
		if err != nil {
			return Null, err
		}
		return optNone(match), nil
	})
}

func egNew(t *Type, args []Value, kw *Tuple) (Value, *Exception) {
	n := len(args) - kwCount(kw)
	if kwCount(kw) > 0 {
		return Null, newErr(TypeError, "BaseExceptionGroup.__new__() takes no keyword arguments")
	}
	if n != 2 {
		return Null, newErr(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", n)
	}
	msg, seq := args[0], args[1]
	if !msg.Type().IsSubtype(StrType) {
		return Null, newErr(TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", typeName(msg))
	}
	st := seq.Type()
	if st.getitem == nil || st.IsSubtype(DictType) {
		return Null, newErr(TypeError, "second argument (exceptions) must be a sequence")
	}
	excs, err := toTuple(seq)
	if err != nil {
		return Null, err
	}
	if len(excs.items) == 0 {
		return Null, newErr(ValueError, "second argument (exceptions) must be a non-empty sequence")
	}
	nestedBase := false
	for i, e := range excs.items {
		if !e.Type().IsSubtype(BaseExceptionType) {
			return Null, newErr(ValueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !e.Type().IsSubtype(ExceptionType) {
			nestedBase = true
		}
	}
	switch {
	case t == BaseExceptionGroup:
		if !nestedBase {
			t = ExceptionGroup
		}
	case t == ExceptionGroup:
		if nestedBase {
			return Null, newErr(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	default:
		if nestedBase && t.IsSubtype(ExceptionType) {
			return Null, newErr(TypeError, "Cannot nest BaseExceptions in '%s'", t.Name)
		}
	}
	v := t.alloc(t)
	x := v.exc()
	x.args = newTuple(append([]Value(nil), args[:n]...))
	x.egMsg = msg
	x.egExcs = excs
	return v, nil
}

// newGroup is _PyExc_CreateExceptionGroup: BaseExceptionGroup(msg, excs).
func newGroup(msg string, excs Value) (Value, *Exception) {
	return Call(obj(BaseExceptionGroup), []Value{NewStr(msg), excs}, nil)
}

// egMatcher is split's condition: exception types, a predicate, or (for
// except*'s projection) a set of leaf exceptions.
type egMatcher struct {
	types Value // a type or a tuple of types
	pred  Value
	ids   map[*Exception]bool
}

func newEgMatcher(v Value) (*egMatcher, *Exception) {
	isExcType := func(c Value) bool {
		return c.Type().IsSubtype(TypeType) && c.typ().IsSubtype(BaseExceptionType)
	}
	if isExcType(v) {
		return &egMatcher{types: v}, nil
	}
	if v.Type() == TupleType {
		ok := true
		for _, c := range v.tuple().items {
			if !isExcType(c) {
				ok = false
			}
		}
		if ok {
			return &egMatcher{types: v}, nil
		}
	}
	if v.Type().call != nil && !v.Type().IsSubtype(TypeType) {
		return &egMatcher{pred: v}, nil
	}
	return nil, newErr(TypeError, "expected an exception type, a tuple of exception types, or a callable (other than a class)")
}

func (m *egMatcher) match(e Value) (bool, *Exception) {
	switch {
	case m.ids != nil:
		return m.ids[e.exc()], nil
	case m.pred.p != nil:
		r, err := Call(m.pred, []Value{e}, nil)
		if err != nil {
			return false, err
		}
		return Truth(r)
	}
	return excMatches(e, m.types)
}

// egSplit is exceptiongroup_split_recursive: the matching and (when
// wanted) the non-matching parts of e, Null for an empty part.
func egSplit(e Value, m *egMatcher, wantRest bool) (match, rest Value, err *Exception) {
	ok, err := m.match(e)
	if err != nil {
		return Null, Null, err
	}
	if ok {
		return e, Null, nil
	}
	if !isGroup(e) {
		if wantRest {
			return Null, e, nil
		}
		return Null, Null, nil
	}
	var ms, rs []Value
	x := e.exc()
	if x.egExcs != nil {
		for _, sub := range x.egExcs.items {
			a, b, err := egSplit(sub, m, wantRest)
			if err != nil {
				return Null, Null, err
			}
			if a.p != nil {
				ms = append(ms, a)
			}
			if b.p != nil {
				rs = append(rs, b)
			}
		}
	}
	if match, err = egSubset(e, ms); err != nil {
		return Null, Null, err
	}
	if wantRest {
		if rest, err = egSubset(e, rs); err != nil {
			return Null, Null, err
		}
	}
	return match, rest, nil
}

// egSubset is exceptiongroup_subset: orig.derive(excs) with orig's
// traceback, context, cause and (a copy of its) notes.
func egSubset(orig Value, excs []Value) (Value, *Exception) {
	if len(excs) == 0 {
		return Null, nil
	}
	eg, err := callDunder(orig, "derive", obj(newList(excs)))
	if err != nil {
		return Null, err
	}
	if !isGroup(eg) {
		return Null, newErr(TypeError, "derive must return an instance of BaseExceptionGroup")
	}
	o, n := orig.exc(), eg.exc()
	n.tb = o.tb
	n.context = o.context
	n.cause = o.cause
	n.suppressContext = true
	if notes, err := GetAttr(orig, intern("__notes__")); err == nil {
		if items, ok := seqItems(notes); ok {
			n.notes = obj(newList(append([]Value(nil), items...)))
		}
	}
	return eg, nil
}

// checkExceptStarType is _PyEval_CheckExceptStarTypeValid.
func checkExceptStarType(m Value) *Exception {
	check := func(c Value) *Exception {
		if !(c.Type().IsSubtype(TypeType) && c.typ().IsSubtype(BaseExceptionType)) {
			return newErr(TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		if c.typ().IsSubtype(BaseExceptionGroup) {
			return newErr(TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if m.Type() == TupleType {
		for _, c := range m.tuple().items {
			if err := check(c); err != nil {
				return err
			}
		}
		return nil
	}
	return check(m)
}

// egMatch is CHECK_EG_MATCH's work (_PyEval_ExceptionGroupMatch): the
// part of exc that matches typ (a naked exception wrapped in a group
// whose traceback is the current frame) and the rest, None when empty.
func egMatch(exc, typ Value) (rest, match Value, err *Exception) {
	if err := checkExceptStarType(typ); err != nil {
		return Null, Null, err
	}
	if exc.isNone() {
		return None, None, nil
	}
	ok, err := excMatches(exc, typ)
	if err != nil {
		return Null, Null, err
	}
	if ok {
		if isGroup(exc) {
			return None, exc, nil
		}
		w, err := newGroup("", obj(newTuple([]Value{exc})))
		if err != nil {
			return Null, Null, err
		}
		// CPython gives the wrapper the frame's traceback only when the
		// frame has a frame object at hand; 3.13.0 shows none in practice
		return None, w, nil
	}
	if isGroup(exc) {
		m, err := newEgMatcher(typ)
		if err != nil {
			return Null, Null, err
		}
		a, b, err := egSplit(exc, m, true)
		if err != nil {
			return Null, Null, err
		}
		return optNone(b), optNone(a), nil
	}
	return exc, None, nil
}

func egLeaves(v Value, into map[*Exception]bool) {
	if v.isNone() || v.p == nil {
		return
	}
	if isGroup(v) {
		if x := v.exc().egExcs; x != nil {
			for _, e := range x.items {
				egLeaves(e, into)
			}
		}
		return
	}
	into[v.exc()] = true
}

func sameExcMetadata(a, b *Exception) bool {
	return a.notes == b.notes && a.tb == b.tb && a.cause == b.cause && a.context == b.context
}

// prepReraiseStar is _PyExc_PrepReraiseStar: what a try/except* raises
// once its handlers ran, given the original exception and the list of
// what each handler raised or re-raised (None for nothing).
func prepReraiseStar(orig, excsV Value) (Value, *Exception) {
	excs := excsV.list().items
	if len(excs) == 0 {
		return None, nil
	}
	if !isGroup(orig) {
		return excs[0], nil
	}
	var raised, reraised []Value
	o := orig.exc()
	for _, e := range excs {
		if e.isNone() {
			continue
		}
		if sameExcMetadata(e.exc(), o) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	// the projection of orig onto the re-raised leaves keeps orig's shape
	reraisedEg := None
	if len(reraised) > 0 {
		ids := map[*Exception]bool{}
		for _, e := range reraised {
			egLeaves(e, ids)
		}
		m, _, err := egSplit(orig, &egMatcher{ids: ids}, false)
		if err != nil {
			return Null, err
		}
		reraisedEg = optNone(m)
	}
	if len(raised) == 0 {
		return reraisedEg, nil
	}
	if !reraisedEg.isNone() {
		raised = append(raised, reraisedEg)
	}
	if len(raised) > 1 {
		return newGroup("", obj(newList(raised)))
	}
	return raised[0], nil
}

package runtime

// Argument parsing for the Go modules that stand in for C modules whose
// functions use PyArg_ParseTupleAndKeywords: positionals and keywords are
// matched to a fixed list of names, with CPython's error wording.

// parseArgsKw fills out[i] with the argument named names[i], given by
// position or keyword; the first nreq are required. Missing optional
// arguments stay Null. a holds the positionals followed by the keyword
// values named by kw (the VM's vectorcall layout).
func parseArgsKw(fname string, names []string, nreq int, a []Value, kw *Tuple, out []Value) *Exception {
	pos, kwv := splitKw(a, kw)
	if len(pos) > len(names) {
		if len(names) == nreq {
			return newErr(TypeError, "%s() takes exactly %d argument%s (%d given)", fname, len(names), plural(len(names)), len(pos)+len(kwv))
		}
		return newErr(TypeError, "%s() takes at most %d argument%s (%d given)", fname, len(names), plural(len(names)), len(pos)+len(kwv))
	}
	for i := range out {
		out[i] = Null
	}
	copy(out, pos)
	if kw != nil {
		for i, k := range kw.items {
			ks := k.str().s
			found := false
			for j, n := range names {
				if n == ks {
					if j < len(pos) {
						return newErr(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, n, j+1)
					}
					out[j] = kwv[i]
					found = true
					break
				}
			}
			if !found {
				return newErr(TypeError, "'%s' is an invalid keyword argument for %s()", ks, fname)
			}
		}
	}
	for i := 0; i < nreq; i++ {
		if out[i].p == nil {
			return newErr(TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return nil
}

// argSsize is the "n" format: an index-able object as a Py_ssize_t.
func argSsize(v Value) (int, *Exception) {
	if v.p == intTag {
		return int(v.Int()), nil
	}
	if v.p == floatTag || v.Type().IsSubtype(FloatType) {
		return 0, newErr(TypeError, "'%s' object cannot be interpreted as an integer", typeName(v))
	}
	iv, err := Index(v)
	if err != nil {
		return 0, err
	}
	if i, ok := smallInt(iv); ok {
		return int(i), nil
	}
	return 0, newErr(OverflowError, "Python int too large to convert to C ssize_t")
}

package bytecode

// The derived views of a code object: the name lists CPython computes
// from co_localsplusnames and co_localspluskinds, and the decoders of
// co_linetable (Objects/locations.md) and co_exceptiontable
// (Objects/exception_handling_notes.txt).

// namesOfKind returns the localsplus names with any bit of k.
func (c *Code) namesOfKind(k LocalKind) []string {
	var out []string
	for i, kind := range c.LocalsPlusKinds {
		if kind&k != 0 && i < len(c.LocalsPlusNames) {
			out = append(out, c.LocalsPlusNames[i])
		}
	}
	return out
}

// VarNames is co_varnames: the fast locals (arguments first), hidden ones
// of inlined comprehensions included.
func (c *Code) VarNames() []string { return c.namesOfKind(FastLocal) }

// CellVars is co_cellvars: the variables inner functions capture, an
// argument that is also a cell included.
func (c *Code) CellVars() []string { return c.namesOfKind(FastCell) }

// FreeVars is co_freevars: the variables taken from the closure.
func (c *Code) FreeVars() []string { return c.namesOfKind(FastFree) }

// NLocals is co_nlocals, the number of fast locals.
func (c *Code) NLocals() int {
	n := 0
	for _, k := range c.LocalsPlusKinds {
		if k&FastLocal != 0 {
			n++
		}
	}
	return n
}

// NoLine is the line (or column) of a location that has none: None in
// Python.
const NoLine = -1

// LineRange is one item of co_lines(): code offsets [Start, End) on Line
// (NoLine for none).
type LineRange struct {
	Start, End, Line int
}

// Position is one item of co_positions(): the source span of one code
// unit, each part NoLine when missing.
type Position struct {
	Line, EndLine, Col, EndCol int
}

// locEntry is one decoded entry of the location table.
type locEntry struct {
	units int // code units it covers
	pos   Position
}

// locations decodes co_linetable entry by entry, calling f for each; it
// stops early at malformed data (as the C iterators, which trust it, would
// read garbage; we stop instead).
func (c *Code) locations(f func(e locEntry)) {
	t := c.LineTable
	line := c.FirstLineNo
	i := 0
	varint := func() (int, bool) {
		if i >= len(t) {
			return 0, false
		}
		b := t[i]
		i++
		v := int(b & 63)
		for shift := 6; b&64 != 0; shift += 6 {
			if i >= len(t) || shift > 60 {
				return 0, false
			}
			b = t[i]
			i++
			v |= int(b&63) << shift
		}
		return v, true
	}
	svarint := func() (int, bool) {
		u, ok := varint()
		if u&1 != 0 {
			return -(u >> 1), ok
		}
		return u >> 1, ok
	}
	for i < len(t) {
		first := t[i]
		i++
		code := int(first>>3) & 15
		e := locEntry{units: int(first&7) + 1}
		ok := true
		switch {
		case code == 15:
			e.pos = Position{NoLine, NoLine, NoLine, NoLine}
		case code == 14:
			var d, el, col, ecol int
			var ok1, ok2, ok3 bool
			d, ok = svarint()
			el, ok1 = varint()
			col, ok2 = varint()
			ecol, ok3 = varint()
			ok = ok && ok1 && ok2 && ok3
			line += d
			e.pos = Position{line, line + el, col - 1, ecol - 1}
		case code == 13:
			var d int
			d, ok = svarint()
			line += d
			e.pos = Position{line, line, NoLine, NoLine}
		case code >= 10:
			line += code - 10
			if i+2 > len(t) {
				return
			}
			e.pos = Position{line, line, int(t[i]), int(t[i+1])}
			i += 2
		default:
			if i >= len(t) {
				return
			}
			b := int(t[i])
			i++
			col := code<<3 | (b>>4)&7
			e.pos = Position{line, line, col, col + b&15}
		}
		if !ok {
			return
		}
		// A well-formed table starts every entry with a byte with bit 7
		// set; skip to the next such byte, as the C iterators do.
		for i < len(t) && t[i]&128 == 0 {
			i++
		}
		f(e)
	}
}

// Lines is co_lines(): the ranges of code offsets by line, consecutive
// entries on the same line merged.
func (c *Code) Lines() []LineRange {
	var out []LineRange
	off := 0
	c.locations(func(e locEntry) {
		end := off + 2*e.units
		if n := len(out); n > 0 && out[n-1].Line == e.pos.Line {
			out[n-1].End = end
		} else {
			out = append(out, LineRange{off, end, e.pos.Line})
		}
		off = end
	})
	return out
}

// Positions is co_positions(): one Position per code unit (caches
// included).
func (c *Code) Positions() []Position {
	out := make([]Position, 0, len(c.Bytecode)/2)
	c.locations(func(e locEntry) {
		for k := 0; k < e.units; k++ {
			out = append(out, e.pos)
		}
	})
	return out
}

// ExceptEntry is one entry of the exception table, as
// dis._parse_exception_table gives it: code offsets [Start, End) handled
// at Target with the stack cut to Depth, pushing the offset of the raising
// instruction first when Lasti.
type ExceptEntry struct {
	Start, End, Target, Depth int
	Lasti                     bool
}

// ExceptionEntries decodes co_exceptiontable. Varints here are big-endian
// 6-bit groups (bit 6 continues), each entry starting with bit 7 set.
func (c *Code) ExceptionEntries() []ExceptEntry {
	t := c.ExceptionTable
	i := 0
	varint := func() (int, bool) {
		if i >= len(t) {
			return 0, false
		}
		b := t[i]
		i++
		v := int(b & 63)
		for n := 0; b&64 != 0; n++ {
			if i >= len(t) || n > 10 {
				return 0, false
			}
			b = t[i]
			i++
			v = v<<6 | int(b&63)
		}
		return v, true
	}
	var out []ExceptEntry
	for {
		start, ok1 := varint()
		length, ok2 := varint()
		target, ok3 := varint()
		dl, ok4 := varint()
		if !(ok1 && ok2 && ok3 && ok4) {
			return out
		}
		out = append(out, ExceptEntry{2 * start, 2*start + 2*length, 2 * target, dl >> 1, dl&1 != 0})
	}
}

package pystr

// Code point indexing of WTF-8 strings. An ASCII string indexes by
// bytes; for the others CPIndex keeps the byte offset of every 32nd code
// point, so that s[i] and slices cost a short scan instead of one from
// the start. The VM builds one lazily per str object that needs it.

const cpStride = 32

// CPIndex maps code point indexes of one string to byte offsets.
type CPIndex struct {
	s     string
	n     int
	ascii bool
	marks []int32 // marks[k] is the byte offset of code point k*cpStride
}

// NewCPIndex indexes s (one pass).
func NewCPIndex(s string) *CPIndex {
	x := &CPIndex{s: s}
	if isASCII(s) {
		x.ascii, x.n = true, len(s)
		return x
	}
	x.marks = make([]int32, 0, len(s)/cpStride+1)
	n := 0
	for b := 0; b < len(s); b++ {
		if s[b]&0xc0 != 0x80 {
			if n%cpStride == 0 {
				x.marks = append(x.marks, int32(b))
			}
			n++
		}
	}
	x.n = n
	return x
}

// Len is len(s) in code points.
func (x *CPIndex) Len() int { return x.n }

// Offset is the byte offset of code point i, 0 <= i <= Len().
func (x *CPIndex) Offset(i int) int {
	if x.ascii || i <= 0 {
		return max(i, 0)
	}
	if i >= x.n {
		return len(x.s)
	}
	b := int(x.marks[i/cpStride])
	for k := i % cpStride; k > 0; k-- {
		b++
		for b < len(x.s) && x.s[b]&0xc0 == 0x80 {
			b++
		}
	}
	return b
}

// At returns code point i (0 <= i < Len()) as a WTF-8 string.
func (x *CPIndex) At(i int) string {
	b := x.Offset(i)
	if x.ascii {
		return x.s[b : b+1]
	}
	_, w := decode(x.s[b:])
	return x.s[b : b+w]
}

// GetItem is s[i] with Python's negative indexes and its IndexError.
func (x *CPIndex) GetItem(i int) (string, error) {
	if i < 0 {
		i += x.n
	}
	if i < 0 || i >= x.n {
		return "", &Error{Type: "IndexError", Msg: "string index out of range"}
	}
	return x.At(i), nil
}

// Slice is s[start:stop:step] for indexes already adjusted as
// PySlice_AdjustIndices leaves them (step != 0).
func (x *CPIndex) Slice(start, stop, step int) string {
	if step == 1 {
		if stop <= start {
			return ""
		}
		return x.s[x.Offset(start):x.Offset(stop)]
	}
	var count int
	if step > 0 {
		if stop <= start {
			return ""
		}
		count = (stop - start + step - 1) / step
	} else {
		if stop >= start {
			return ""
		}
		count = (start - stop - step - 1) / -step
	}
	b := make([]byte, 0, count)
	for k, i := 0, start; k < count; k, i = k+1, i+step {
		b = append(b, x.At(i)...)
	}
	return str(b)
}

package pyerr

// FileLine returns line n (1-based) of a file's content as CPython reads
// it back to quote in a SyntaxError (err_programtext in Python/errors.c),
// undecoded: lines end at \n, \r\n or \r and are read as ending in \n; the
// file is read in chunks of at most 999 bytes, and a line is what the
// last chunk of it holds, so a line longer than that is quoted from its
// last chunk on. ok is false when the file has no line n, or when its last
// line, without a newline, fills its last chunk exactly (CPython reads on
// into the end of the file and finds nothing).
func FileLine(src []byte, n int) (line []byte, ok bool) {
	const chunk = 999 // fgets into a buffer of 1000 bytes
	start := 0
	for i := 1; start < len(src); i++ {
		end := start
		for end < len(src) && src[end] != '\n' && src[end] != '\r' {
			end++
		}
		next := end
		if end < len(src) {
			next++
			if src[end] == '\r' && next < len(src) && src[next] == '\n' {
				next++
			}
		}
		if i < n {
			start = next
			continue
		}
		line = append([]byte(nil), src[start:end]...)
		if end < len(src) {
			line = append(line, '\n')
		} else if len(line)%chunk == 0 {
			return nil, false
		}
		return line[(len(line)-1)/chunk*chunk:], true
	}
	return nil, false
}

package sre

import "fmt"

// repeat is SRE_REPEAT: the context of one REPEAT ... MAX_UNTIL/MIN_UNTIL.
type repeat struct {
	count   int
	pc      int // the REPEAT's operands: pc+1 min, pc+2 max, pc+3 the item
	prev    *repeat
	lastPtr int // -1 for none
}

// mctx is one frame of the explicit match stack (SRE(match_context)).
type mctx struct {
	count     int
	chr       uint32
	rep       *repeat
	lastmark  int
	lastindex int
	pc        int
	ptr       int
	toplevel  bool
	jump      uint8
}

// State is SRE_STATE: one subject, one program, the search window and the
// marks of the last match. It is reused across the searches of findall,
// sub, split and the scanner; it is not safe for concurrent use.
type State struct {
	prog *Prog
	subj *Subject

	start, end  int // the window; start moves on in repeated searches
	pos, endpos int // the window as given (clamped)
	ptr         int // the end of the last match

	matchAll    bool
	mustAdvance bool
	done        bool // a scanner that has failed once stays done

	mark      []int // 2*groups+2 code point offsets, -1 for unset
	lastmark  int
	lastindex int
	repeat    *repeat
	freeReps  []*repeat
	ctx       []mctx
	data      []int

	steps uint32
	// Check, when set, is called every 4096 steps of the matcher; a non-nil
	// error stops the match and is returned (KeyboardInterrupt, a deadline).
	Check func() error
	err   error
}

// Status codes of the matcher (sre.c's SRE_ERROR_*).
const (
	errIllegal     = -1
	errState       = -2
	errInterrupted = -10
)

// NewState prepares a match of p over subj in [pos, endpos), clamped to the
// subject as state_init does.
func (p *Prog) NewState(subj *Subject, pos, endpos int) *State {
	n := subj.Len()
	pos = max(0, min(pos, n))
	endpos = max(0, min(endpos, n))
	st := &State{prog: p, subj: subj, start: pos, end: endpos, pos: pos, endpos: endpos}
	st.mark = make([]int, 2*p.groups+2)
	st.lastmark, st.lastindex = -1, -1
	return st
}

// Reset is state_reset: forget the marks before the next search.
func (st *State) Reset() {
	st.lastmark, st.lastindex = -1, -1
	st.repeat = nil
	st.ctx = st.ctx[:0]
	st.data = st.data[:0]
}

// Pos and EndPos are the window as given, clamped.
func (st *State) Pos() int    { return st.pos }
func (st *State) EndPos() int { return st.endpos }

// Start and End are the last match's span; Start is also where the next
// search begins.
func (st *State) Start() int { return st.start }
func (st *State) End() int   { return st.ptr }

// Prog and Subject are what the state matches.
func (st *State) Prog() *Prog       { return st.prog }
func (st *State) Subject() *Subject { return st.subj }

// LastIndex is the last matched group's index, -1 for none.
func (st *State) LastIndex() int { return st.lastindex }

// Group is group i's span (1 <= i <= groups) after a match, (-1, -1) if it
// did not participate (pattern_new_match's rule).
func (st *State) Group(i int) (int, int) {
	j := 2 * (i - 1)
	if j+1 <= st.lastmark && st.mark[j] >= 0 && st.mark[j+1] >= 0 {
		return st.mark[j], st.mark[j+1]
	}
	return -1, -1
}

// Marks appends the match's 2*(groups+1) offsets to dst: the whole match,
// then each group, -1 for unset groups (MatchObject's mark array).
func (st *State) Marks(dst []int) ([]int, error) {
	dst = append(dst, st.start, st.ptr)
	for i := 1; i <= st.prog.groups; i++ {
		s, e := st.Group(i)
		if s > e {
			return nil, errWrongSpan
		}
		dst = append(dst, s, e)
	}
	return dst, nil
}

var errWrongSpan = fmt.Errorf("The span of capturing group is wrong, please report a bug for the re module.")

// Advance moves the window past the last match as findall, sub, split and
// the scanner do: an empty match forbids an empty match at the same place
// next time (must_advance).
func (st *State) Advance() {
	st.mustAdvance = st.ptr == st.start
	st.start = st.ptr
}

// Match is pattern.match: anchored at Start.
func (st *State) Match() (bool, error) {
	st.ptr = st.start
	st.matchAll = false
	return st.status(st.runTop(false))
}

// FullMatch is pattern.fullmatch.
func (st *State) FullMatch() (bool, error) {
	st.ptr = st.start
	st.matchAll = true
	ok, err := st.status(st.runTop(false))
	st.matchAll = false
	return ok, err
}

// Search is pattern.search from Start.
func (st *State) Search() (bool, error) {
	st.ptr = st.start
	return st.status(st.runTop(true))
}

// ScanMatch and ScanSearch are the scanner's match and search: nil once the
// scanner has failed, else the match's Marks (appended to dst).
func (st *State) ScanMatch(dst []int) ([]int, error)  { return st.scan(dst, false) }
func (st *State) ScanSearch(dst []int) ([]int, error) { return st.scan(dst, true) }

func (st *State) scan(dst []int, search bool) ([]int, error) {
	if st.done {
		return nil, nil
	}
	st.Reset()
	var ok bool
	var err error
	if search {
		ok, err = st.Search()
	} else {
		ok, err = st.Match()
	}
	if err != nil {
		return nil, err
	}
	if !ok {
		st.done = true
		return nil, nil
	}
	m, err := st.Marks(dst)
	if err != nil {
		return nil, err
	}
	st.Advance()
	return m, nil
}

// errPanic marks a recovered panic: a bug, reported as ErrInternal to
// callers but visible to the fuzz test.
var errPanic = fmt.Errorf("%w (engine fault)", ErrInternal)

func (st *State) runTop(search bool) (status int) {
	defer func() {
		if r := recover(); r != nil {
			st.err = errPanic
			status = errIllegal
		}
	}()
	st.err = nil
	if st.subj.r != nil {
		if search {
			return search32(st, st.subj.r)
		}
		return run(st, st.subj.r, 0, true)
	}
	if search {
		return search8(st, st.subj.b)
	}
	return run(st, st.subj.b, 0, true)
}

func (st *State) status(s int) (bool, error) {
	switch {
	case s > 0:
		return true, nil
	case s == 0:
		return false, nil
	case st.err != nil:
		return false, st.err
	}
	return false, ErrInternal
}

func search8(st *State, s []byte) int  { return search(st, s) }
func search32(st *State, s []rune) int { return search(st, s) }

func (st *State) newRepeat() *repeat {
	if n := len(st.freeReps); n > 0 {
		r := st.freeReps[n-1]
		st.freeReps = st.freeReps[:n-1]
		return r
	}
	return &repeat{}
}

func (st *State) markPush(lastmark int) {
	if lastmark >= 0 {
		st.data = append(st.data, st.mark[:lastmark+1]...)
	}
}

func (st *State) markPop(lastmark int) {
	if lastmark >= 0 {
		n := len(st.data) - (lastmark + 1)
		copy(st.mark, st.data[n:])
		st.data = st.data[:n]
	}
}

func (st *State) markPopKeep(lastmark int) {
	if lastmark >= 0 {
		copy(st.mark, st.data[len(st.data)-(lastmark+1):])
	}
}

func (st *State) markDiscard(lastmark int) {
	if lastmark >= 0 {
		st.data = st.data[:len(st.data)-(lastmark+1)]
	}
}

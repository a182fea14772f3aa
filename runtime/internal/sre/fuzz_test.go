package sre

import (
	"errors"
	"fmt"
	"sync"
	"testing"
)

var errBudget = errors.New("step budget exhausted")

// budget is a Check that stops a match after n checks (n*4096 steps).
func budget(n int) func() error {
	return func() error {
		n--
		if n < 0 {
			return errBudget
		}
		return nil
	}
}

// FuzzCode: any code list either fails validation or runs without a
// fault (a recovered panic is errPanic) on a few subjects.
func FuzzCode(f *testing.F) {
	cases := goldenOnce(f)
	for i := 0; i < len(cases); i += 97 {
		c := cases[i]
		b := make([]byte, 0, 4*len(c.Code)+1)
		b = append(b, byte(c.Groups))
		for _, w := range c.Code {
			b = append(b, byte(w), byte(w>>8), byte(w>>16), byte(w>>24))
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) < 1 {
			return
		}
		groups := int(b[0] % 8)
		b = b[1:]
		code := make([]uint32, 0, len(b)/4)
		for i := 0; i+4 <= len(b); i += 4 {
			w := uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24
			// most words small, so the validator accepts some programs
			if b[i+3] == 0 && b[i+2] == 0 {
				w &= 0x3f
			}
			code = append(code, w)
		}
		p, err := Compile(code, groups)
		if err != nil {
			return
		}
		for _, s := range []*Subject{StrSubject("abcab\nc"), StrSubject("xΣß\U0001F600a"), BytesSubject([]byte("aab\x80"))} {
			for k := 0; k < 4; k++ {
				st := p.NewState(s, 0, s.Len())
				st.Check = budget(64)
				var err error
				switch k {
				case 0:
					_, err = st.Match()
				case 1:
					_, err = st.FullMatch()
				case 2:
					_, err = st.Search()
				default:
					for n := 0; n < 10; n++ {
						var m []int
						m, err = st.ScanSearch(nil)
						if m == nil || err != nil {
							break
						}
					}
				}
				if errors.Is(err, errPanic) {
					t.Fatalf("engine fault on %v (groups %d), op %d", code, groups, k)
				}
			}
		}
	})
}

var (
	goldOnce  sync.Once
	goldCases []goldCase
)

func goldenOnce(tb testing.TB) []goldCase {
	goldOnce.Do(func() {
		goldCases = readCasesTB(tb)
	})
	return goldCases
}

// FuzzPattern runs the oracle-compiled programs of the golden file on
// arbitrary subjects and checks the engine against itself: search (with
// its INFO prefix and charset skips) must find exactly what trying match
// at each position finds, and a str gives the same results whether the
// engine sees it as bytes (ASCII, Latin-1) or as runes.
func FuzzPattern(f *testing.F) {
	cases := goldenOnce(f)
	f.Add(uint16(0), "abc", uint8(0))
	f.Add(uint16(100), "Hello World ab ab", uint8(2))
	f.Add(uint16(700), "aaaaab\ncd", uint8(1))
	f.Fuzz(func(t *testing.T, ci uint16, s string, pos uint8) {
		c := cases[int(ci)%len(cases)]
		p, err := Compile(c.Code, c.Groups)
		if err != nil {
			t.Fatal(err)
		}
		var subs []*Subject
		if isBytesPattern(c.P) {
			subs = []*Subject{BytesSubject([]byte(s))}
		} else {
			a := StrSubject(s)
			var r []rune
			for i := 0; i < len(s); {
				c, n := decodeWTF8(s[i:])
				r = append(r, c)
				i += n
			}
			w := &Subject{r: append(r, 0)[:len(r)], str: s, isStr: true}
			subs = []*Subject{a, w}
		}
		var first string
		for k, sub := range subs {
			got := searchVsMatch(t, p, sub, int(pos)%(sub.Len()+2))
			if k == 0 {
				first = got
			} else if got != first {
				t.Fatalf("%s on %q: bytes view %s, rune view %s", c.P, s, first, got)
			}
		}
	})
}

func isBytesPattern(repr string) bool { return len(repr) > 0 && repr[0] == 'b' }

func searchVsMatch(t *testing.T, p *Prog, sub *Subject, pos int) string {
	st := p.NewState(sub, pos, sub.Len())
	st.Check = budget(16)
	ok, err := st.Search()
	if err != nil {
		if errors.Is(err, errPanic) {
			t.Fatal("engine fault")
		}
		return "budget"
	}
	var want []int
	if ok {
		want, _ = st.Marks([]int{st.LastIndex()})
	}
	var got []int
	for i := st.Pos(); i <= st.EndPos(); i++ {
		mt := p.NewState(sub, i, sub.Len())
		mt.Check = budget(16)
		ok, err := mt.Match()
		if err != nil {
			return "budget"
		}
		if ok {
			got, _ = mt.Marks([]int{mt.LastIndex()})
			// ^ and \A match at 0 only: Match at i sees beginning 0 as search does
			break
		}
	}
	if !eq(got, want) {
		t.Fatalf("search %v, match at each position %v", want, got)
	}
	return fmt.Sprint(want)
}

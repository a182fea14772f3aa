package runtime

import (
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/peglab/peglab/ast"
)

// The traceback as CPython 3.13 prints an uncaught exception
// (traceback.TracebackException.format): chained exceptions first, each
// frame with its source line and, where 3.13 shows them, the ~~~^^^
// markers under the failing expression.

// SourceLoader reads a script's lines for tracebacks (linecache); a test
// may replace it.
var SourceLoader = func(filename string) []string {
	b, err := os.ReadFile(filename)
	if err != nil {
		return nil
	}
	return splitLinesKeep(string(b))
}

var sourceCache = map[string][]string{}

func sourceLines(filename string) []string {
	if l, ok := sourceCache[filename]; ok {
		return l
	}
	if !sandboxReadable(filename) { // a code object's filename is the program's to choose
		return nil
	}
	l := SourceLoader(filename)
	sourceCache[filename] = l
	return l
}

// RegisterSource makes src the text tracebacks show for filename (for -c
// and stdin programs CPython shows none; tests use it for in-memory files).
func RegisterSource(filename string, src []byte) {
	sourceCache[filename] = splitLinesKeep(string(src))
}

func splitLinesKeep(s string) []string {
	var out []string
	for len(s) > 0 {
		i := strings.IndexAny(s, "\n\r\f")
		if i < 0 {
			out = append(out, s)
			break
		}
		j := i + 1
		if s[i] == '\r' && j < len(s) && s[j] == '\n' {
			j++
		}
		if s[i] == '\f' {
			// linecache splits on \n only (str.splitlines would split \f); keep going
			k := strings.IndexByte(s[j:], '\n')
			_ = k
		}
		out = append(out, s[:j])
		s = s[j:]
	}
	return out
}

func getline(filename string, n int) string {
	lines := sourceLines(filename)
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// FormatException renders exc with its chain as sys.excepthook prints it
// (traceback.TracebackException.format): the cause/context chain, and for
// exception groups their members in the boxes of 3.13, at most 15 members
// and 10 levels deep.
func FormatException(exc *Exception) string {
	root := buildTE(exc)
	var b strings.Builder
	ctx := &teCtx{b: &b}
	ctx.format(root)
	return b.String()
}

// teNode is a TracebackException: an exception and the nodes of its
// cause, context and (for a group) members, built breadth-first with one
// seen set as the constructor does, so an exception shown once is not
// followed again.
type teNode struct {
	e              *Exception
	cause, context *teNode
	excs           []*teNode
}

func buildTE(exc *Exception) *teNode {
	seen := map[*Exception]bool{exc: true}
	mk := func(e *Exception) *teNode {
		seen[e] = true
		return &teNode{e: e}
	}
	root := &teNode{e: exc}
	queue := []*teNode{root}
	for len(queue) > 0 {
		te := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		e := te.e
		if e.cause.p != nil && e.cause.Type().IsSubtype(BaseExceptionType) && !seen[e.cause.exc()] {
			te.cause = mk(e.cause.exc())
		}
		if e.context.p != nil && e.context.Type().IsSubtype(BaseExceptionType) && !seen[e.context.exc()] {
			te.context = mk(e.context.exc())
		}
		if e.egExcs != nil {
			for _, sub := range e.egExcs.items {
				if sub.Type().IsSubtype(BaseExceptionType) {
					te.excs = append(te.excs, mk(sub.exc()))
				}
			}
		}
		if te.cause != nil {
			queue = append(queue, te.cause)
		}
		if te.context != nil {
			queue = append(queue, te.context)
		}
		for _, x := range te.excs {
			queue = append(queue, x)
		}
	}
	return root
}

const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

type teCtx struct {
	b         *strings.Builder
	depth     int
	needClose bool
}

// emit writes text with every line indented by the group depth and its
// margin ("| ", or "+ " for a top-level group's first line).
func (c *teCtx) emit(text string, margin byte) {
	if c.depth == 0 {
		c.b.WriteString(text)
		return
	}
	prefix := strings.Repeat(" ", 2*c.depth) + string(margin) + " "
	for _, l := range splitLinesKeep(text) {
		c.b.WriteString(prefix)
		c.b.WriteString(l)
	}
}

func (c *teCtx) format(te *teNode) {
	type link struct {
		msg string
		te  *teNode
	}
	var chain []link
	for x := te; x != nil; {
		switch {
		case x.cause != nil:
			chain = append(chain, link{"\nThe above exception was the direct cause of the following exception:\n\n", x})
			x = x.cause
		case x.context != nil && !x.e.suppressContext:
			chain = append(chain, link{"\nDuring handling of the above exception, another exception occurred:\n\n", x})
			x = x.context
		default:
			chain = append(chain, link{"", x})
			x = nil
		}
	}
	for i := len(chain) - 1; i >= 0; i-- {
		x := chain[i].te
		if i < len(chain)-1 && chain[i].msg != "" {
			c.emit(chain[i].msg, '|')
		}
		e := x.e
		if e.egExcs == nil {
			if e.tb != nil {
				c.emit("Traceback (most recent call last):\n", '|')
				var sb strings.Builder
				formatStack(&sb, e.tb)
				c.emit(sb.String(), '|')
			}
			c.emit(formatExcOnly(e), '|')
			continue
		}
		if c.depth > maxGroupDepth {
			c.emit("... (max_group_depth is "+strconv.Itoa(maxGroupDepth)+")\n", '|')
			continue
		}
		top := c.depth == 0
		if top {
			c.depth++
		}
		if e.tb != nil {
			m := byte('|')
			if top {
				m = '+'
			}
			c.emit("Exception Group Traceback (most recent call last):\n", m)
			var sb strings.Builder
			formatStack(&sb, e.tb)
			c.emit(sb.String(), '|')
		}
		c.emit(formatExcOnly(e), '|')
		n := len(x.excs)
		if n > maxGroupWidth {
			n = maxGroupWidth + 1
		}
		c.needClose = false
		for k := 0; k < n; k++ {
			last := k == n-1
			if last {
				c.needClose = true
			}
			truncated := k >= maxGroupWidth
			title := strconv.Itoa(k + 1)
			if truncated {
				title = "..."
			}
			c.b.WriteString(strings.Repeat(" ", 2*c.depth))
			if k == 0 {
				c.b.WriteString("+-")
			} else {
				c.b.WriteString("  ")
			}
			c.b.WriteString("+---------------- " + title + " ----------------\n")
			c.depth++
			if !truncated {
				c.format(x.excs[k])
			} else {
				rem := len(x.excs) - maxGroupWidth
				pl := "s"
				if rem == 1 {
					pl = ""
				}
				c.emit("and "+strconv.Itoa(rem)+" more exception"+pl+"\n", '|')
			}
			if last && c.needClose {
				c.b.WriteString(strings.Repeat(" ", 2*c.depth) + "+------------------------------------\n")
				c.needClose = false
			}
			c.depth--
		}
		if top {
			c.depth = 0
		}
	}
}

func formatExcOnly(e *Exception) string {
	if e.synErr != nil {
		return e.synErr.Format()
	}
	t := e.typ
	name := t.Qualname
	if t.Module != "__main__" && t.Module != "builtins" && t.Module != "" {
		name = t.Module + "." + name
	}
	s, err := Str_(obj(e))
	if err != nil {
		s = "<exception str() failed>"
	}
	if t.IsSubtype(ImportError) { // import.go
		if sug := importSuggestion(e); sug != "" {
			s += ". Did you mean: '" + sug + "'?"
		}
	}
	if t.IsSubtype(NameError) || t.IsSubtype(AttributeError) {
		if sug := suggestion(e); sug != "" {
			s += ". Did you mean: '" + sug + "'?"
		}
	}
	var out string
	if s == "" {
		out = name + "\n"
	} else {
		out = name + ": " + s + "\n"
	}
	if e.notes.p != nil {
		if items, ok := seqItems(e.notes); ok {
			for _, n := range items {
				ns, err := Str_(n)
				if err != nil {
					ns = "<note str() failed>"
				}
				out += ns + "\n"
			}
		}
	}
	return out
}

type frameSummary struct {
	filename string
	name     string
	pos      position
}

func formatStack(b *strings.Builder, tb *Traceback) {
	var frames []frameSummary
	for t := tb; t != nil; t = t.next {
		p := t.code.position(t.pc)
		if p.line < 0 {
			// an instruction without a location: CPython reports the last line seen
			for k := t.pc - 1; k >= 0; k-- {
				if q := t.code.position(k); q.line >= 0 {
					p = position{q.line, -1, -1, -1}
					break
				}
			}
		}
		frames = append(frames, frameSummary{t.code.filename, t.code.name.s, p})
	}
	const cutoff = 3
	var last *frameSummary
	count := 0
	flush := func() {
		if count > cutoff {
			n := count - cutoff
			s := "s"
			if n == 1 {
				s = ""
			}
			b.WriteString("  [Previous line repeated " + strconv.Itoa(n) + " more time" + s + "]\n")
		}
	}
	for i := range frames {
		f := &frames[i]
		if last == nil || last.filename != f.filename || last.pos.line != f.pos.line || last.name != f.name {
			flush()
			last = f
			count = 0
		}
		count++
		if count > cutoff {
			continue
		}
		formatFrame(b, f)
	}
	flush()
}

func formatFrame(b *strings.Builder, f *frameSummary) {
	line := "None"
	if f.pos.line >= 0 {
		line = strconv.Itoa(f.pos.line)
	}
	b.WriteString("  File \"" + f.filename + "\", line " + line + ", in " + f.name + "\n")
	if f.pos.line < 0 {
		return
	}
	endLine := f.pos.endLine
	if endLine < f.pos.line {
		endLine = f.pos.line
	}
	var orig []string
	for n := f.pos.line; n <= endLine; n++ {
		orig = append(orig, strings.TrimRight(getline(f.filename, n), "\r\n"))
	}
	joined := strings.Join(orig, "\n")
	if strings.TrimSpace(joined) == "" {
		return
	}
	if f.pos.col < 0 || f.pos.endCol < 0 {
		b.WriteString("    " + strings.TrimSpace(orig[0]) + "\n")
		return
	}
	ded := dedent(orig)
	first, last := orig[0], orig[len(orig)-1]
	start := byteToChar(first, f.pos.col)
	end := byteToChar(last, f.pos.endCol)
	dedentChars := utf8.RuneCountInString(first) - utf8.RuneCountInString(ded[0])
	start = max(0, start-dedentChars)
	end = max(0, end-dedentChars)
	all := ded
	dpStart := displayWidth(all[0], start)
	dpEnd := displayWidth(all[len(all)-1], end)
	segRunes := []rune(strings.Join(all, "\n"))
	lastLen := utf8.RuneCountInString(all[len(all)-1])
	segEnd := len(segRunes) - (lastLen - end)
	var segment string
	if start <= segEnd && segEnd <= len(segRunes) {
		segment = string(segRunes[start:segEnd])
	}
	anch := caretAnchors(segment)
	show := shouldShowCarets(start, end, all, anch)
	sig := map[int]bool{0: true, len(all) - 1: true}
	leftEnd, rightStart := 0, 0
	primary, secondary := '^', '^'
	if anch != nil {
		leftEnd, rightStart = anch.leftEndOff, anch.rightStartOff
		if anch.leftEndLine == 0 {
			leftEnd += start
		}
		if anch.rightStartLine == 0 {
			rightStart += start
		}
		leftEnd = displayWidth(all[anch.leftEndLine], leftEnd)
		rightStart = displayWidth(all[anch.rightStartLine], rightStart)
		primary, secondary = anch.primary, anch.secondary
		for k := anch.leftEndLine - 1; k <= anch.leftEndLine+1; k++ {
			sig[k] = true
		}
		for k := anch.rightStartLine - 1; k <= anch.rightStartLine+1; k++ {
			sig[k] = true
		}
	}
	delete(sig, -1)
	delete(sig, len(all))
	var result []string
	output := func(ln int) {
		result = append(result, all[ln]+"\n")
		if !show {
			return
		}
		l := all[ln]
		spaces := utf8.RuneCountInString(l) - utf8.RuneCountInString(strings.TrimLeftFunc(l, unicode.IsSpace))
		n := dpEnd
		if ln != len(all)-1 {
			n = displayWidth(l, -1)
		}
		var c strings.Builder
		for col := 0; col < n; col++ {
			switch {
			case col < spaces || (ln == 0 && col < dpStart):
				c.WriteByte(' ')
			case anch != nil && (ln > anch.leftEndLine || ln == anch.leftEndLine && col >= leftEnd) &&
				(ln < anch.rightStartLine || ln == anch.rightStartLine && col < rightStart):
				c.WriteRune(secondary)
			default:
				c.WriteRune(primary)
			}
		}
		result = append(result, c.String()+"\n")
	}
	var keys []int
	for k := range sig {
		keys = append(keys, k)
	}
	sortInts(keys)
	for i, ln := range keys {
		if i > 0 {
			diff := ln - keys[i-1]
			if diff == 2 {
				output(ln - 1)
			} else if diff > 2 {
				result = append(result, "...<"+strconv.Itoa(diff-1)+" lines>...\n")
			}
		}
		output(ln)
	}
	for _, l := range splitLinesKeep(dedentText(strings.Join(result, ""))) {
		b.WriteString("    " + l)
	}
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func byteToChar(line string, off int) int {
	if off > len(line) {
		off = len(line)
	}
	if off < 0 {
		off = 0
	}
	return utf8.RuneCountInString(strings.ToValidUTF8(line[:off], "\uFFFD"))
}

// displayWidth is _display_width: wide East Asian characters count 2.
func displayWidth(line string, offset int) int {
	rs := []rune(line)
	if offset < 0 || offset > len(rs) {
		offset = len(rs)
	}
	w := 0
	for _, r := range rs[:offset] {
		if isWide(r) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func isWide(r rune) bool {
	return r >= 0x1100 && (r <= 0x115f || r == 0x2329 || r == 0x232a ||
		(r >= 0x2e80 && r <= 0xa4cf && r != 0x303f) || (r >= 0xac00 && r <= 0xd7a3) ||
		(r >= 0xf900 && r <= 0xfaff) || (r >= 0xfe30 && r <= 0xfe6f) || (r >= 0xff00 && r <= 0xff60) ||
		(r >= 0xffe0 && r <= 0xffe6) || (r >= 0x1f300 && r <= 0x1f64f) || (r >= 0x1f900 && r <= 0x1f9ff) ||
		(r >= 0x20000 && r <= 0x3fffd))
}

// dedent is textwrap.dedent over lines.
func dedent(lines []string) []string {
	t := dedentText(strings.Join(lines, "\n"))
	return strings.Split(t, "\n")
}

func dedentText(text string) string {
	lines := strings.Split(text, "\n")
	margin := ""
	first := true
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			lines[i] = ""
			continue
		}
		ind := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if first {
			margin, first = ind, false
			continue
		}
		if strings.HasPrefix(ind, margin) {
			continue
		}
		if strings.HasPrefix(margin, ind) {
			margin = ind
			continue
		}
		k := 0
		for k < len(margin) && k < len(ind) && margin[k] == ind[k] {
			k++
		}
		margin = margin[:k]
	}
	if margin != "" {
		for i, l := range lines {
			lines[i] = strings.TrimPrefix(l, margin)
		}
	}
	return strings.Join(lines, "\n")
}

type anchors struct {
	leftEndLine, leftEndOff, rightStartLine, rightStartOff int
	primary, secondary                                     rune
}

// caretAnchors is _extract_caret_anchors_from_line_segment.
func caretAnchors(segment string) *anchors {
	mod, perr := tracebackParse([]byte("(\n" + segment + "\n)"))
	if perr != nil {
		return nil
	}
	m, ok := mod.(*ast.Module)
	if !ok || len(m.Body) != 1 {
		return nil
	}
	st, ok := m.Body[0].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	lines := strings.Split(segment, "\n")
	runeLines := make([][]rune, len(lines))
	for i, l := range lines {
		runeLines[i] = []rune(l)
	}
	normalize := func(ln, off int) int { return byteToChar(lines[ln], off) }
	valid := true
	nextValid := func(ln, col int) (int, int) {
		for ln < len(lines) && col >= len(runeLines[ln]) {
			col = 0
			ln++
		}
		if ln >= len(lines) {
			valid = false
			return len(lines) - 1, 0
		}
		return ln, col
	}
	incrementUntil := func(ln, col int, stop func(rune) bool) (int, int) {
		for valid {
			ch := runeLines[ln][col]
			if ch == '\\' || ch == '#' {
				ln, col = nextValid(ln+1, 0)
			} else if !stop(ch) {
				ln, col = nextValid(ln, col+1)
			} else {
				break
			}
		}
		return ln, col
	}
	setup := func(e ast.Expr, force bool) (int, int) {
		p := e.(ast.Positioned).Position()
		ln := p.EndLineno - 2
		if ln < 0 || ln >= len(lines) {
			valid = false
			return 0, 0
		}
		col := normalize(ln, p.EndColOffset)
		if force {
			return nextValid(ln, col)
		}
		return ln, col
	}
	switch e := st.Value.(type) {
	case *ast.BinOp:
		ln, col := setup(e.Left, true)
		ln, col = incrementUntil(ln, col, func(r rune) bool { return !unicode.IsSpace(r) && r != ')' })
		if !valid {
			return nil
		}
		right := col + 1
		rp := e.Right.(ast.Positioned).Position()
		if right < len(runeLines[ln]) && (rp.Lineno-2 > ln || right < normalize(rp.Lineno-2, rp.ColOffset)) {
			if ch := runeLines[ln][right]; !unicode.IsSpace(ch) && ch != '\\' && ch != '#' {
				right++
			}
		}
		return &anchors{ln, col, ln, right, '~', '^'}
	case *ast.Subscript:
		ll, lc := setup(e.Value, true)
		ll, lc = incrementUntil(ll, lc, func(r rune) bool { return r == '[' })
		rl, rc := setup(e, false)
		if !valid {
			return nil
		}
		return &anchors{ll, lc, rl, rc, '~', '^'}
	case *ast.Call:
		ll, lc := setup(e.Func, true)
		ll, lc = incrementUntil(ll, lc, func(r rune) bool { return r == '(' })
		rl, rc := setup(e, false)
		if !valid {
			return nil
		}
		return &anchors{ll, lc, rl, rc, '~', '^'}
	}
	return nil
}

// shouldShowCarets is StackSummary._should_show_carets.
func shouldShowCarets(start, end int, all []string, anch *anchors) bool {
	if mod, perr := tracebackParse([]byte(strings.Join(all, "\n"))); perr == nil {
		if m, ok := mod.(*ast.Module); ok {
			if len(m.Body) == 0 {
				return false
			}
			var value ast.Expr
			switch s := m.Body[0].(type) {
			case *ast.Return:
				if c, ok := s.Value.(*ast.Call); ok {
					if _, ok := c.Func.(*ast.Name); ok {
						value = c
					}
				}
			case *ast.Assign:
				if c, ok := s.Value.(*ast.Call); ok && len(s.Targets) == 1 {
					if _, ok := s.Targets[0].(*ast.Name); ok {
						value = c
					}
				}
			}
			if value != nil {
				p := value.(ast.Positioned).Position()
				if p.Lineno == 1 && p.EndLineno == len(all) && byteToChar(all[0], p.ColOffset) == start && byteToChar(all[len(all)-1], p.EndColOffset) == end {
					return false
				}
			}
		}
	}
	if anch != nil {
		return true
	}
	firstRunes := []rune(all[0])
	lastRunes := []rune(all[len(all)-1])
	if start <= len(firstRunes) && strings.TrimLeftFunc(string(firstRunes[:start]), unicode.IsSpace) != "" {
		return true
	}
	if end <= len(lastRunes) && strings.TrimRightFunc(string(lastRunes[end:]), unicode.IsSpace) != "" {
		return true
	}
	return false
}

// suggestion is the "Did you mean" of NameError and AttributeError
// (_compute_suggestion_error with suggestions.c's distance).
func suggestion(e *Exception) string {
	name := e.name
	if name.p == nil || name.Type() != StrType {
		return ""
	}
	wrong := name.str().s
	var cands []string
	if e.typ.IsSubtype(AttributeError) {
		if e.obj.p == nil {
			return ""
		}
		d, err := builtinDir(e.obj)
		if err != nil {
			return ""
		}
		hide := !strings.HasPrefix(wrong, "_")
		for _, v := range d.list().items {
			s := v.str().s
			if hide && strings.HasPrefix(s, "_") {
				continue
			}
			cands = append(cands, s)
		}
	} else {
		if e.suggest == nil {
			return ""
		}
		if e.selfHas {
			return "self." + wrong
		}
		cands = e.suggest
	}
	return closestName(cands, wrong)
}

const (
	maxCandidates = 750
	maxStringSize = 40
	moveCost      = 2
	caseCost      = 1
)

func closestName(cands []string, wrong string) string {
	if len(cands) > maxCandidates || len(wrong) > maxStringSize {
		return ""
	}
	best := len(wrong)
	sug := ""
	for _, c := range cands {
		if c == wrong {
			continue
		}
		maxd := (len(c) + len(wrong) + 3) * moveCost / 6
		if best-1 < maxd {
			maxd = best - 1
		}
		d := levenshtein(wrong, c, maxd)
		if d > maxd {
			continue
		}
		if sug == "" || d < best {
			sug, best = c, d
		}
	}
	return sug
}

func subCost(a, b byte) int {
	if a == b {
		return 0
	}
	if lower(a) == lower(b) {
		return caseCost
	}
	return moveCost
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func levenshtein(a, b string, maxCost int) int {
	if a == b {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if a == "" || b == "" {
		return moveCost * (len(a) + len(b))
	}
	if len(a) > maxStringSize || len(b) > maxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	row := make([]int, len(a))
	for i := range row {
		row[i] = (i + 1) * moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		distance := bi * moveCost
		result = distance
		minimum := 1 << 62
		for i := 0; i < len(a); i++ {
			sub := distance + subCost(b[bi], a[i])
			distance = row[i]
			ins := min(result, distance) + moveCost
			result = min(ins, sub)
			row[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

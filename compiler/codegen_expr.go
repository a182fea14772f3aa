package compiler

import (
	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/symtable"
)

// Expressions, as compiler_visit_expr1 and its helpers compile them.

func (c *compiler) exprs(es []ast.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

// expr is compiler_visit_expr.
func (c *compiler) expr(e ast.Expr) {
	loc := locOf(e)
	switch e := e.(type) {
	case *ast.NamedExpr:
		c.expr(e.Value)
		c.addopI(bytecode.COPY, 1, loc)
		c.expr(e.Target)
	case *ast.BoolOp:
		c.boolOp(e)
	case *ast.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
		c.binaryOp(loc, e.Op, false)
	case *ast.UnaryOp:
		c.expr(e.Operand)
		switch e.Op {
		case ast.UAdd:
			c.addopI(bytecode.CALL_INTRINSIC_1, intrinsicUnaryPositive, loc)
		case ast.Not:
			c.addop(bytecode.TO_BOOL, loc)
			c.addop(bytecode.UNARY_NOT, loc)
		case ast.Invert:
			c.addop(bytecode.UNARY_INVERT, loc)
		case ast.USub:
			c.addop(bytecode.UNARY_NEGATIVE, loc)
		}
	case *ast.Lambda:
		c.lambda(e)
	case *ast.IfExp:
		end, next := c.newLabel(), c.newLabel()
		c.jumpIf(loc, e.Test, next, false)
		c.expr(e.Body)
		c.addopJ(bytecode.JUMP_NO_INTERRUPT, end, NoLoc)
		c.useLabel(next)
		c.expr(e.Orelse)
		c.useLabel(end)
	case *ast.Dict:
		c.dict(e)
	case *ast.Set:
		c.starunpack(loc, e.Elts, 0, bytecode.BUILD_SET, bytecode.SET_ADD, bytecode.SET_UPDATE, false)
	case *ast.GeneratorExp:
		c.comprehension(e, compGenexp, "<genexpr>", e.Generators, e.Elt, nil)
	case *ast.ListComp:
		c.comprehension(e, compListcomp, "<listcomp>", e.Generators, e.Elt, nil)
	case *ast.SetComp:
		c.comprehension(e, compSetcomp, "<setcomp>", e.Generators, e.Elt, nil)
	case *ast.DictComp:
		c.comprehension(e, compDictcomp, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *ast.Yield:
		c.yield(e) // codegen_async.go
	case *ast.YieldFrom:
		c.yieldFrom(e) // codegen_async.go
	case *ast.Await:
		c.await(e) // codegen_async.go
	case *ast.Compare:
		c.compare(e)
	case *ast.Call:
		c.call(e)
	case *ast.Constant:
		c.loadConst(e.Value, loc)
	case *ast.JoinedStr:
		c.joinedStr(e)
	case *ast.FormattedValue:
		c.formattedValue(e)
	case *ast.Attribute:
		c.attribute(e)
	case *ast.Subscript:
		c.subscript(e)
	case *ast.Starred:
		if e.Ctx == ast.Store {
			c.raise(loc, "starred assignment target must be in a list or tuple")
		}
		c.raise(loc, "can't use starred expression here")
	case *ast.Slice:
		n := c.slice(e)
		c.addopI(bytecode.BUILD_SLICE, n, loc)
	case *ast.Name:
		c.nameop(loc, e.Id, e.Ctx)
	case *ast.List:
		switch e.Ctx {
		case ast.Store:
			c.assignmentHelper(loc, e.Elts)
		case ast.Load:
			c.starunpack(loc, e.Elts, 0, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, false)
		default:
			c.exprs(e.Elts)
		}
	case *ast.Tuple:
		switch e.Ctx {
		case ast.Store:
			c.assignmentHelper(loc, e.Elts)
		case ast.Load:
			c.starunpack(loc, e.Elts, 0, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, true)
		default:
			c.exprs(e.Elts)
		}
	default:
		c.internal("expression kind not handled by the compiler")
	}
}

// The BINARY_OP opargs (NB_*).
var binaryOpargs = [...]int{
	ast.Add: 0, ast.BitAnd: 1, ast.FloorDiv: 2, ast.LShift: 3, ast.MatMult: 4, ast.Mult: 5,
	ast.ModOperator: 6, ast.BitOr: 7, ast.Pow: 8, ast.RShift: 9, ast.Sub: 10, ast.Div: 11, ast.BitXor: 12,
}

// nbInplace is the distance from an NB_* to its NB_INPLACE_*.
const nbInplace = 13

// binaryOp is addop_binary.
func (c *compiler) binaryOp(loc Loc, op ast.Operator, inplace bool) {
	if int(op) >= len(binaryOpargs) || op == 0 {
		if arg, ok := extBinaryOparg(op); ok && !inplace {
			c.addopI(bytecode.BINARY_OP, arg, loc)
			return
		}
		c.internal("binary op should not be possible")
	}
	arg := binaryOpargs[op]
	if inplace {
		arg += nbInplace
	}
	c.addopI(bytecode.BINARY_OP, arg, loc)
}

// The comparison masks of COMPARE_OP's low bits.
const (
	cmpLess    = 2
	cmpGreater = 4
	cmpEquals  = 8
	cmpNotEq   = 1 | 2 | 4
)

// addCompare is compiler_addcompare.
func (c *compiler) addCompare(loc Loc, op ast.Cmpop) {
	var cmp, mask int
	switch op {
	case ast.Eq:
		cmp, mask = 2, cmpEquals
	case ast.NotEq:
		cmp, mask = 3, cmpNotEq
	case ast.Lt:
		cmp, mask = 0, cmpLess
	case ast.LtE:
		cmp, mask = 1, cmpLess|cmpEquals
	case ast.Gt:
		cmp, mask = 4, cmpGreater
	case ast.GtE:
		cmp, mask = 5, cmpGreater|cmpEquals
	case ast.Is:
		c.addopI(bytecode.IS_OP, 0, loc)
		return
	case ast.IsNot:
		c.addopI(bytecode.IS_OP, 1, loc)
		return
	case ast.In:
		c.addopI(bytecode.CONTAINS_OP, 0, loc)
		return
	case ast.NotIn:
		c.addopI(bytecode.CONTAINS_OP, 1, loc)
		return
	default:
		idx, ok := extCompareIndex(op)
		if !ok {
			c.internal("comparison should not be possible")
		}
		cmp = idx // an extension's: no mask, no specialized form uses it
	}
	// The comparison goes in the high bits; the low ones are the mask the
	// specialized forms use.
	c.addopI(bytecode.COMPARE_OP, cmp<<5|mask, loc)
}

// jumpIf is compiler_jump_if: jump to next when e is cond, without
// building the boolean where the shape of e allows.
func (c *compiler) jumpIf(loc Loc, e ast.Expr, next Label, cond bool) {
	switch x := e.(type) {
	case *ast.UnaryOp:
		if x.Op == ast.Not {
			c.jumpIf(loc, x.Operand, next, !cond)
			return
		}
	case *ast.BoolOp:
		n := len(x.Values) - 1
		cond2 := x.Op == ast.Or
		next2 := next
		if cond2 != cond {
			next2 = c.newLabel()
		}
		for i := 0; i < n; i++ {
			c.jumpIf(loc, x.Values[i], next2, cond2)
		}
		c.jumpIf(loc, x.Values[n], next, cond)
		if next2 != next {
			c.useLabel(next2)
		}
		return
	case *ast.IfExp:
		end, next2 := c.newLabel(), c.newLabel()
		c.jumpIf(loc, x.Test, next2, false)
		c.jumpIf(loc, x.Body, next, cond)
		c.addopJ(bytecode.JUMP_NO_INTERRUPT, end, NoLoc)
		c.useLabel(next2)
		c.jumpIf(loc, x.Orelse, next, cond)
		c.useLabel(end)
		return
	case *ast.Compare:
		n := len(x.Ops) - 1
		if n > 0 {
			c.checkCompare(x)
			el := locOf(e)
			cleanup := c.newLabel()
			c.expr(x.Left)
			for i := 0; i < n; i++ {
				c.expr(x.Comparators[i])
				c.addopI(bytecode.SWAP, 2, el)
				c.addopI(bytecode.COPY, 2, el)
				c.addCompare(el, x.Ops[i])
				c.addop(bytecode.TO_BOOL, el)
				c.addopJ(bytecode.POP_JUMP_IF_FALSE, cleanup, el)
			}
			c.expr(x.Comparators[n])
			c.addCompare(el, x.Ops[n])
			c.addop(bytecode.TO_BOOL, el)
			c.addopJ(popJumpIf(cond), next, el)
			end := c.newLabel()
			c.addopJ(bytecode.JUMP_NO_INTERRUPT, end, NoLoc)
			c.useLabel(cleanup)
			c.addop(bytecode.POP_TOP, el)
			if !cond {
				c.addopJ(bytecode.JUMP_NO_INTERRUPT, next, NoLoc)
			}
			c.useLabel(end)
			return
		}
	}
	c.expr(e)
	el := locOf(e)
	c.addop(bytecode.TO_BOOL, el)
	c.addopJ(popJumpIf(cond), next, el)
}

func popJumpIf(cond bool) bytecode.Opcode {
	if cond {
		return bytecode.POP_JUMP_IF_TRUE
	}
	return bytecode.POP_JUMP_IF_FALSE
}

// boolOp is compiler_boolop.
func (c *compiler) boolOp(e *ast.BoolOp) {
	loc := locOf(e)
	jump := bytecode.POP_JUMP_IF_TRUE
	if e.Op == ast.And {
		jump = bytecode.POP_JUMP_IF_FALSE
	}
	end := c.newLabel()
	n := len(e.Values) - 1
	for i := 0; i < n; i++ {
		c.expr(e.Values[i])
		c.addopI(bytecode.COPY, 1, loc)
		c.addop(bytecode.TO_BOOL, loc)
		c.addopJ(jump, end, loc)
		c.addop(bytecode.POP_TOP, loc)
	}
	c.expr(e.Values[n])
	c.useLabel(end)
}

// compare is compiler_compare.
func (c *compiler) compare(e *ast.Compare) {
	c.checkCompare(e)
	loc := locOf(e)
	c.expr(e.Left)
	n := len(e.Ops) - 1
	if n == 0 {
		c.expr(e.Comparators[0])
		c.addCompare(loc, e.Ops[0])
		return
	}
	cleanup := c.newLabel()
	for i := 0; i < n; i++ {
		c.expr(e.Comparators[i])
		c.addopI(bytecode.SWAP, 2, loc)
		c.addopI(bytecode.COPY, 2, loc)
		c.addCompare(loc, e.Ops[i])
		c.addopI(bytecode.COPY, 1, loc)
		c.addop(bytecode.TO_BOOL, loc)
		c.addopJ(bytecode.POP_JUMP_IF_FALSE, cleanup, loc)
		c.addop(bytecode.POP_TOP, loc)
	}
	c.expr(e.Comparators[n])
	c.addCompare(loc, e.Ops[n])
	end := c.newLabel()
	c.addopJ(bytecode.JUMP_NO_INTERRUPT, end, NoLoc)
	c.useLabel(cleanup)
	c.addopI(bytecode.SWAP, 2, loc)
	c.addop(bytecode.POP_TOP, loc)
	c.useLabel(end)
}

// allConst is are_all_items_const.
func allConst(es []ast.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*ast.Constant); !ok {
			return false
		}
	}
	return true
}

// starunpack is starunpack_helper: a list, tuple or set display, or the
// positional arguments of a call with *args, pushed counts the items
// already on the stack.
func (c *compiler) starunpack(loc Loc, elts []ast.Expr, pushed int, build, add, extend bytecode.Opcode, tuple bool) {
	n := len(elts)
	if n > 2 && allConst(elts) {
		folded := make([]any, n)
		for i, e := range elts {
			folded[i] = e.(*ast.Constant).Value
		}
		if tuple && pushed == 0 {
			c.loadConst(bytecode.Tuple(folded), loc)
			return
		}
		c.addopI(build, pushed, loc)
		if add == bytecode.SET_ADD {
			c.loadConst(newFrozenSet(folded), loc)
		} else {
			c.loadConst(bytecode.Tuple(folded), loc)
		}
		c.addopI(extend, 1, loc)
		if tuple {
			c.addopI(bytecode.CALL_INTRINSIC_1, intrinsicListToTuple, loc)
		}
		return
	}
	big := n+pushed > stackUseGuideline
	seenStar := false
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			seenStar = true
			break
		}
	}
	if !seenStar && !big {
		c.exprs(elts)
		if tuple {
			c.addopI(bytecode.BUILD_TUPLE, n+pushed, loc)
		} else {
			c.addopI(build, n+pushed, loc)
		}
		return
	}
	built := false
	if big {
		c.addopI(build, pushed, loc)
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			if !built {
				c.addopI(build, i+pushed, loc)
				built = true
			}
			c.expr(s.Value)
			c.addopI(extend, 1, loc)
		} else {
			c.expr(e)
			if built {
				c.addopI(add, 1, loc)
			}
		}
	}
	if tuple {
		c.addopI(bytecode.CALL_INTRINSIC_1, intrinsicListToTuple, loc)
	}
}

// unpackHelper is unpack_helper.
func (c *compiler) unpackHelper(loc Loc, elts []ast.Expr) {
	n := len(elts)
	seenStar := false
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			if seenStar {
				c.raise(loc, "multiple starred expressions in assignment")
			}
			if i >= 1<<8 || n-i-1 >= (1<<31-1)>>8 {
				c.raise(loc, "too many expressions in star-unpacking assignment")
			}
			c.addopI(bytecode.UNPACK_EX, i+(n-i-1)<<8, loc)
			seenStar = true
		}
	}
	if !seenStar {
		c.addopI(bytecode.UNPACK_SEQUENCE, n, loc)
	}
}

// assignmentHelper is assignment_helper.
func (c *compiler) assignmentHelper(loc Loc, elts []ast.Expr) {
	c.unpackHelper(loc, elts)
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			c.expr(s.Value)
		} else {
			c.expr(e)
		}
	}
}

// subdict is compiler_subdict: keys and values begin..end of a display.
func (c *compiler) subdict(e *ast.Dict, begin, end int) {
	n := end - begin
	big := n*2 > stackUseGuideline
	loc := locOf(e)
	if n > 1 && !big && allConstKeys(e.Keys[begin:end]) {
		c.exprs(e.Values[begin:end])
		keys := make(bytecode.Tuple, n)
		for i := begin; i < end; i++ {
			keys[i-begin] = e.Keys[i].(*ast.Constant).Value
		}
		c.loadConst(keys, loc)
		c.addopI(bytecode.BUILD_CONST_KEY_MAP, n, loc)
		return
	}
	if big {
		c.addopI(bytecode.BUILD_MAP, 0, loc)
	}
	for i := begin; i < end; i++ {
		c.expr(e.Keys[i])
		c.expr(e.Values[i])
		if big {
			c.addopI(bytecode.MAP_ADD, 1, loc)
		}
	}
	if !big {
		c.addopI(bytecode.BUILD_MAP, n, loc)
	}
}

func allConstKeys(keys []ast.Expr) bool {
	for _, k := range keys {
		if k == nil {
			return false
		}
		if _, ok := k.(*ast.Constant); !ok {
			return false
		}
	}
	return true
}

// dict is compiler_dict.
func (c *compiler) dict(e *ast.Dict) {
	loc := locOf(e)
	n := len(e.Values)
	haveDict := false
	elements := 0
	for i := 0; i < n; i++ {
		if e.Keys[i] == nil {
			if elements > 0 {
				c.subdict(e, i-elements, i)
				if haveDict {
					c.addopI(bytecode.DICT_UPDATE, 1, loc)
				}
				haveDict = true
				elements = 0
			}
			if !haveDict {
				c.addopI(bytecode.BUILD_MAP, 0, loc)
				haveDict = true
			}
			c.expr(e.Values[i])
			c.addopI(bytecode.DICT_UPDATE, 1, loc)
		} else if elements*2 > stackUseGuideline {
			c.subdict(e, i-elements, i+1)
			if haveDict {
				c.addopI(bytecode.DICT_UPDATE, 1, loc)
			}
			haveDict = true
			elements = 0
		} else {
			elements++
		}
	}
	if elements > 0 {
		c.subdict(e, n-elements, n)
		if haveDict {
			c.addopI(bytecode.DICT_UPDATE, 1, loc)
		}
		haveDict = true
	}
	if !haveDict {
		c.addopI(bytecode.BUILD_MAP, 0, loc)
	}
}

// attrLoc is update_start_location_to_match_attr: an attribute that
// spans lines is located at its name.
func attrLoc(loc Loc, a *ast.Attribute) Loc {
	if int(loc.Line) != a.EndLineno {
		loc.Line = int32(a.EndLineno)
		n := len([]rune(a.Attr))
		if n <= a.EndColOffset {
			loc.Col = int32(a.EndColOffset - n)
		} else {
			loc.Col, loc.EndCol = -1, -1
		}
		loc.EndLine = max(loc.Line, loc.EndLine)
		if loc.Line == loc.EndLine {
			loc.EndCol = max(loc.Col, loc.EndCol)
		}
	}
	return loc
}

// classUnit is get_class_compiler_unit: the nearest enclosing class.
func (c *compiler) classUnit() *codeUnit {
	for i := len(c.stack) - 1; i >= 0; i-- {
		if c.stack[i].scope == scopeClass {
			return c.stack[i]
		}
	}
	return nil
}

// attribute compiles an Attribute in any context.
func (c *compiler) attribute(e *ast.Attribute) {
	loc := locOf(e)
	if e.Ctx == ast.Load && c.canOptimizeSuperCall(e) {
		call := e.Value.(*ast.Call)
		c.loadArgsForSuper(call)
		op := bytecode.LOAD_ZERO_SUPER_ATTR
		if len(call.Args) > 0 {
			op = bytecode.LOAD_SUPER_ATTR
		}
		c.addopName(op, e.Attr, loc)
		c.addop(bytecode.NOP, attrLoc(loc, e))
		return
	}
	if n, ok := e.Value.(*ast.Name); ok && e.Ctx == ast.Store && n.Id == "self" {
		if cu := c.classUnit(); cu != nil {
			cu.staticAttrs[e.Attr] = true
		}
	}
	c.expr(e.Value)
	loc = attrLoc(loc, e)
	switch e.Ctx {
	case ast.Load:
		c.addopName(bytecode.LOAD_ATTR, e.Attr, loc)
	case ast.Store:
		if e.Attr == "__debug__" {
			c.raise(loc, "cannot assign to __debug__")
		}
		c.addopName(bytecode.STORE_ATTR, e.Attr, loc)
	default:
		c.addopName(bytecode.DELETE_ATTR, e.Attr, loc)
	}
}

// subscript is compiler_subscript.
func (c *compiler) subscript(e *ast.Subscript) {
	if e.Ctx == ast.Load {
		c.checkSubscripter(e.Value)
		c.checkIndex(e.Value, e.Slice)
	}
	loc := locOf(e)
	c.expr(e.Value)
	if isTwoElementSlice(e.Slice) && e.Ctx != ast.Del {
		c.slice(e.Slice.(*ast.Slice))
		if e.Ctx == ast.Load {
			c.addop(bytecode.BINARY_SLICE, loc)
		} else {
			c.addop(bytecode.STORE_SLICE, loc)
		}
		return
	}
	c.expr(e.Slice)
	switch e.Ctx {
	case ast.Load:
		c.addop(bytecode.BINARY_SUBSCR, loc)
	case ast.Store:
		c.addop(bytecode.STORE_SUBSCR, loc)
	default:
		c.addop(bytecode.DELETE_SUBSCR, loc)
	}
}

// slice is compiler_slice: it pushes the slice's parts and returns how
// many.
func (c *compiler) slice(s *ast.Slice) int {
	n := 2
	if s.Lower != nil {
		c.expr(s.Lower)
	} else {
		c.loadConst(ast.None, locOf(s))
	}
	if s.Upper != nil {
		c.expr(s.Upper)
	} else {
		c.loadConst(ast.None, locOf(s))
	}
	if s.Step != nil {
		n++
		c.expr(s.Step)
	}
	return n
}

// isImportOriginated is is_import_originated: a name the module binds by
// import.
func (c *compiler) isImportOriginated(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	if !ok {
		return false
	}
	flags, _ := c.topSymbol(n.Id)
	return flags&symtable.DefImport != 0
}

// canOptimizeSuperCall is can_optimize_super_call.
func (c *compiler) canOptimizeSuperCall(attr *ast.Attribute) bool {
	call, ok := attr.Value.(*ast.Call)
	if !ok {
		return false
	}
	fn, ok := call.Func.(*ast.Name)
	if !ok || fn.Id != "super" || attr.Attr == "__class__" || len(call.Keywords) != 0 {
		return false
	}
	if c.scopeOf("super") != symtable.GlobalImplicit {
		return false
	}
	if _, sc := c.topSymbol("super"); sc != symtable.ScopeNone {
		return false
	}
	switch len(call.Args) {
	case 2:
		for _, a := range call.Args {
			if _, ok := a.(*ast.Starred); ok {
				return false
			}
		}
		return true
	case 0:
	default:
		return false
	}
	if c.u.meta.ArgCount == 0 && c.u.meta.PosOnlyArgCount == 0 {
		return false
	}
	return c.refType("__class__") == symtable.Free
}

// loadArgsForSuper is load_args_for_super.
func (c *compiler) loadArgsForSuper(e *ast.Call) {
	fn := e.Func.(*ast.Name)
	c.nameop(locOf(fn), fn.Id, ast.Load)
	if len(e.Args) == 2 {
		c.expr(e.Args[0])
		c.expr(e.Args[1])
		return
	}
	loc := locOf(e)
	c.nameop(loc, "__class__", ast.Load)
	if len(c.u.meta.VarNames) == 0 {
		c.internal("super() without a first argument")
	}
	c.nameop(loc, c.u.meta.VarNames[0], ast.Load)
}

// maybeOptimizeMethodCall is maybe_optimize_method_call: o.m(args) as
// LOAD_ATTR with the method bit, then CALL.
func (c *compiler) maybeOptimizeMethodCall(e *ast.Call) bool {
	meth, ok := e.Func.(*ast.Attribute)
	if !ok || meth.Ctx != ast.Load {
		return false
	}
	if c.isImportOriginated(meth.Value) {
		return false
	}
	argsl, kwdsl := len(e.Args), len(e.Keywords)
	kwFlag := 0
	if kwdsl != 0 {
		kwFlag = 1
	}
	if argsl+kwdsl+kwFlag >= stackUseGuideline {
		return false
	}
	for _, a := range e.Args {
		if _, ok := a.(*ast.Starred); ok {
			return false
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			return false
		}
	}
	loc := locOf(meth)
	if c.canOptimizeSuperCall(meth) {
		call := meth.Value.(*ast.Call)
		c.loadArgsForSuper(call)
		op := bytecode.LOAD_ZERO_SUPER_METHOD
		if len(call.Args) > 0 {
			op = bytecode.LOAD_SUPER_METHOD
		}
		c.addopName(op, meth.Attr, loc)
		loc = attrLoc(loc, meth)
		c.addop(bytecode.NOP, loc)
	} else {
		c.expr(meth.Value)
		loc = attrLoc(loc, meth)
		c.addopName(bytecode.LOAD_METHOD, meth.Attr, loc)
	}
	c.exprs(e.Args)
	if kwdsl > 0 {
		for _, k := range e.Keywords {
			c.expr(k.Value)
		}
		c.kwNames(loc, e.Keywords)
	}
	loc = attrLoc(locOf(e), meth)
	if kwdsl > 0 {
		c.addopI(bytecode.CALL_KW, argsl+kwdsl, loc)
	} else {
		c.addopI(bytecode.CALL, argsl, loc)
	}
	return true
}

// kwNames is compiler_call_simple_kw_helper: the tuple of keyword names
// CALL_KW takes.
func (c *compiler) kwNames(loc Loc, kws []*ast.Keyword) {
	names := make(bytecode.Tuple, len(kws))
	for i, k := range kws {
		names[i] = k.Arg
	}
	c.loadConst(names, loc)
}

// validateKeywords is validate_keywords: no __debug__, no name twice.
func (c *compiler) validateKeywords(kws []*ast.Keyword) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		if k.Arg == "__debug__" {
			c.raise(locOf(k), "cannot assign to __debug__")
		}
		for _, other := range kws[i+1:] {
			if other.Arg == k.Arg {
				c.raise(locOf(other), "keyword argument repeated: "+k.Arg)
			}
		}
	}
}

// call is compiler_call.
func (c *compiler) call(e *ast.Call) {
	c.validateKeywords(e.Keywords)
	if c.maybeOptimizeMethodCall(e) {
		return
	}
	c.checkCaller(e.Func)
	c.expr(e.Func)
	c.addop(bytecode.PUSH_NULL, locOf(e.Func))
	c.callHelper(locOf(e), 0, e.Args, e.Keywords)
}

// callHelper is compiler_call_helper: n callables and arguments are on
// the stack already (the class statement's).
func (c *compiler) callHelper(loc Loc, n int, args []ast.Expr, kws []*ast.Keyword) {
	c.validateKeywords(kws)
	nelts, nkw := len(args), len(kws)
	ex := nelts+nkw*2 > stackUseGuideline
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			ex = true
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			ex = true
		}
	}
	if !ex {
		c.exprs(args)
		if nkw > 0 {
			for _, k := range kws {
				c.expr(k.Value)
			}
			c.kwNames(loc, kws)
			c.addopI(bytecode.CALL_KW, n+nelts+nkw, loc)
			return
		}
		c.addopI(bytecode.CALL, n+nelts, loc)
		return
	}
	// The positional arguments as a tuple.
	if s, ok := onlyStarred(args); ok && n == 0 {
		c.expr(s.Value)
	} else {
		c.starunpack(loc, args, n, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, true)
	}
	// Then the keyword arguments as a dict.
	if nkw > 0 {
		haveDict := false
		nseen := 0
		for i, k := range kws {
			if k.Arg == "" {
				if nseen > 0 {
					c.subkwargs(loc, kws, i-nseen, i)
					if haveDict {
						c.addopI(bytecode.DICT_MERGE, 1, loc)
					}
					haveDict = true
					nseen = 0
				}
				if !haveDict {
					c.addopI(bytecode.BUILD_MAP, 0, loc)
					haveDict = true
				}
				c.expr(k.Value)
				c.addopI(bytecode.DICT_MERGE, 1, loc)
			} else {
				nseen++
			}
		}
		if nseen > 0 {
			c.subkwargs(loc, kws, nkw-nseen, nkw)
			if haveDict {
				c.addopI(bytecode.DICT_MERGE, 1, loc)
			}
		}
	}
	flag := 0
	if nkw > 0 {
		flag = 1
	}
	c.addopI(bytecode.CALL_FUNCTION_EX, flag, loc)
}

func onlyStarred(args []ast.Expr) (*ast.Starred, bool) {
	if len(args) != 1 {
		return nil, false
	}
	s, ok := args[0].(*ast.Starred)
	return s, ok
}

// subkwargs is compiler_subkwargs.
func (c *compiler) subkwargs(loc Loc, kws []*ast.Keyword, begin, end int) {
	n := end - begin
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		keys := make(bytecode.Tuple, n)
		for i := begin; i < end; i++ {
			c.expr(kws[i].Value)
			keys[i-begin] = kws[i].Arg
		}
		c.loadConst(keys, loc)
		c.addopI(bytecode.BUILD_CONST_KEY_MAP, n, loc)
		return
	}
	if big {
		c.addopI(bytecode.BUILD_MAP, 0, NoLoc)
	}
	for i := begin; i < end; i++ {
		c.loadConst(kws[i].Arg, loc)
		c.expr(kws[i].Value)
		if big {
			c.addopI(bytecode.MAP_ADD, 1, NoLoc)
		}
	}
	if !big {
		c.addopI(bytecode.BUILD_MAP, n, loc)
	}
}

// joinedStr is compiler_joined_str.
func (c *compiler) joinedStr(e *ast.JoinedStr) {
	loc := locOf(e)
	n := len(e.Values)
	if n > stackUseGuideline {
		c.loadConst("", loc)
		c.addopName(bytecode.LOAD_METHOD, "join", loc)
		c.addopI(bytecode.BUILD_LIST, 0, loc)
		for _, v := range e.Values {
			c.expr(v)
			c.addopI(bytecode.LIST_APPEND, 1, loc)
		}
		c.addopI(bytecode.CALL, 1, loc)
		return
	}
	if n == 0 {
		c.loadConst("", loc)
		return
	}
	c.exprs(e.Values)
	if n != 1 {
		c.addopI(bytecode.BUILD_STRING, n, loc)
	}
}

// formattedValue is compiler_formatted_value: CONVERT_VALUE for !s, !r
// and !a, then FORMAT_SIMPLE, or FORMAT_WITH_SPEC after the spec.
func (c *compiler) formattedValue(e *ast.FormattedValue) {
	c.expr(e.Value)
	loc := locOf(e)
	var conv int
	switch e.Conversion {
	case 's':
		conv = 1
	case 'r':
		conv = 2
	case 'a':
		conv = 3
	case -1:
	default:
		c.internal("Unrecognized conversion character")
	}
	if conv != 0 {
		c.addopI(bytecode.CONVERT_VALUE, conv, loc)
	}
	if e.FormatSpec != nil {
		c.expr(e.FormatSpec)
		c.addop(bytecode.FORMAT_WITH_SPEC, loc)
	} else {
		c.addop(bytecode.FORMAT_SIMPLE, loc)
	}
}

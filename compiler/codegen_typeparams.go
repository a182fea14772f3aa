package compiler

import (
	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
)

// PEP 695's type parameters and annotation scopes, as compiler_function,
// compiler_class, compiler_typealias and compiler_type_params emit them
// for generic definitions. A generic def, class or type alias is compiled
// inside a function of its own, "<generic parameters of NAME>", which
// makes the type parameters (CALL_INTRINSIC_1 TYPEVAR, PARAMSPEC,
// TYPEVARTUPLE; CALL_INTRINSIC_2 TYPEVAR_WITH_BOUND,
// TYPEVAR_WITH_CONSTRAINTS, SET_TYPEPARAM_DEFAULT), binds them as its
// locals (cells when the body uses them), builds the definition and
// returns it; the enclosing code calls that function at once. Bounds,
// constraints, defaults and a type alias's value are evaluated lazily:
// each is a function of its own (an annotation scope) stored on the
// TypeVar or TypeAliasType. A generic function gets its __type_params__
// through CALL_INTRINSIC_2 SET_FUNCTION_TYPE_PARAMS; a generic class gets
// .type_params as __type_params__ in its body and Generic[*params]
// (CALL_INTRINSIC_1 SUBSCRIPT_GENERIC) as an extra base, .generic_base.

// typeParamsName is the name of the function that makes the parameters.
func typeParamsName(name string) string { return "<generic parameters of " + name + ">" }

// typeParamBoundOrDefault is compiler_type_param_bound_or_default: e in a
// function of its own, left on the stack. A TypeVarTuple's default may be
// *Ts, which is [*Ts] unpacked.
func (c *compiler) typeParamBoundOrDefault(e ast.Expr, name string, isDefault bool, tp ast.TypeParam, allowStarred bool) {
	ste := c.st.Lookup(tp)
	if isDefault {
		ste = c.st.LookupDefault(tp)
	}
	c.enterScope(name, scopeTypeParams, ste, e.Position().Lineno)
	loc := locOf(e)
	if s, ok := e.(*ast.Starred); ok && allowStarred {
		c.expr(s.Value)
		c.addopI(bytecode.UNPACK_SEQUENCE, 1, loc)
	} else {
		c.expr(e)
	}
	c.addop(bytecode.RETURN_VALUE, loc)
	child := c.finishUnit(true)
	c.exitScope()
	c.makeClosure(loc, child, 0)
}

// typeParams is compiler_type_params: each parameter made, stored under
// its name and left in a tuple on the stack.
func (c *compiler) typeParams(tps []ast.TypeParam) {
	seenDefault := false
	for _, tp := range tps {
		loc := locOf(tp)
		var name string
		var def ast.Expr
		starred := false
		switch tp := tp.(type) {
		case *ast.TypeVar:
			name, def = tp.Name, tp.DefaultValue
			c.loadConst(name, loc)
			if tp.Bound != nil {
				c.typeParamBoundOrDefault(tp.Bound, name, false, tp, false)
				intrinsic := intrinsic2TypeVarWithBound
				if _, ok := tp.Bound.(*ast.Tuple); ok {
					intrinsic = intrinsic2TypeVarWithConstraints
				}
				c.addopI(bytecode.CALL_INTRINSIC_2, intrinsic, loc)
			} else {
				c.addopI(bytecode.CALL_INTRINSIC_1, intrinsicTypeVar, loc)
			}
		case *ast.TypeVarTuple:
			name, def = tp.Name, tp.DefaultValue
			starred = true
			c.loadConst(name, loc)
			c.addopI(bytecode.CALL_INTRINSIC_1, intrinsicTypeVarTuple, loc)
		case *ast.ParamSpec:
			name, def = tp.Name, tp.DefaultValue
			c.loadConst(name, loc)
			c.addopI(bytecode.CALL_INTRINSIC_1, intrinsicParamSpec, loc)
		default:
			c.internal("type parameter kind not handled by the compiler")
		}
		if def != nil {
			seenDefault = true
			c.typeParamBoundOrDefault(def, name, true, tp, starred)
			c.addopI(bytecode.CALL_INTRINSIC_2, intrinsic2SetTypeParamDefault, loc)
		} else if seenDefault {
			c.raise(loc, "non-default type parameter '"+name+"' follows default type parameter")
		}
		c.addopI(bytecode.COPY, 1, loc)
		c.nameop(loc, name, ast.Store)
	}
	c.addopI(bytecode.BUILD_TUPLE, len(tps), locOf(tps[0]))
}

// genericFunction is the generic half of compiler_function: the defaults
// are computed outside and passed in as the arguments .defaults and
// .kwdefaults; the annotations and the def itself inside.
func (c *compiler) genericFunction(f *funcParts, firstlineno int) {
	loc := locOf(f.node)
	flags := c.defaultArguments(loc, f.args)
	nargs := 0
	if flags&makeFunctionDefaults != 0 {
		nargs++
	}
	if flags&makeFunctionKwdefaults != 0 {
		nargs++
	}
	if nargs == 2 {
		c.addopI(bytecode.SWAP, 2, loc)
	}
	c.enterScope(typeParamsName(f.name), scopeTypeParams, c.st.LookupTypeParams(f.node), firstlineno)
	c.typeParams(f.typeParams)
	for i := range nargs {
		c.addopI(bytecode.LOAD_FAST, i, loc)
	}
	if c.annotations(loc, f.args, f.returns) {
		flags |= makeFunctionAnnotations
	}
	c.functionBody(f, flags, firstlineno)
	c.addopI(bytecode.SWAP, 2, loc)
	c.addopI(bytecode.CALL_INTRINSIC_2, intrinsic2SetFunctionTypeParams, loc)
	c.u.meta.ArgCount = nargs
	child := c.finishUnit(false)
	c.exitScope()
	c.makeClosure(loc, child, 0)
	if nargs > 0 {
		c.addopI(bytecode.SWAP, nargs+1, loc)
		c.addopI(bytecode.CALL, nargs-1, loc)
	} else {
		c.addop(bytecode.PUSH_NULL, loc)
		c.addopI(bytecode.CALL, 0, loc)
	}
}

// genericClass is the generic half of compiler_class.
func (c *compiler) genericClass(s *ast.ClassDef, firstlineno int) {
	loc := locOf(s)
	c.enterScope(typeParamsName(s.Name), scopeTypeParams, c.st.LookupTypeParams(s), firstlineno)
	// The parameters' names are mangled as the class's own.
	c.u.private = s.Name
	c.typeParams(s.TypeParams)
	c.nameop(loc, ".type_params", ast.Store)
	c.classBody(s, firstlineno)
	c.nameop(loc, ".type_params", ast.Load)
	c.addopI(bytecode.CALL_INTRINSIC_1, intrinsicSubscriptGeneric, loc)
	c.nameop(loc, ".generic_base", ast.Store)
	bases := make([]ast.Expr, len(s.Bases), len(s.Bases)+1)
	copy(bases, s.Bases)
	p := s.Pos
	bases = append(bases, &ast.Name{Pos: p, Id: ".generic_base", Ctx: ast.Load})
	c.callHelper(loc, 2, bases, s.Keywords)
	child := c.finishUnit(false)
	c.exitScope()
	c.makeClosure(loc, child, 0)
	c.addop(bytecode.PUSH_NULL, loc)
	c.addopI(bytecode.CALL, 0, loc)
}

// typeAlias is compiler_typealias: TypeAliasType(name, type_params,
// evaluate_value) through CALL_INTRINSIC_1 TYPEALIAS.
func (c *compiler) typeAlias(s *ast.TypeAlias) {
	loc := locOf(s)
	name := s.Name.(*ast.Name).Id
	generic := len(s.TypeParams) > 0
	if generic {
		c.enterScope(typeParamsName(name), scopeTypeParams, c.st.LookupTypeParams(s), int(loc.Line))
		c.loadConst(name, loc)
		c.typeParams(s.TypeParams)
	} else {
		c.loadConst(name, loc)
		c.loadConst(ast.None, loc)
	}
	// The value, in a function of its own.
	c.enterScope(name, scopeFunction, c.st.Lookup(s), int(loc.Line))
	// None first, so that the function has no docstring.
	c.addConst(ast.None)
	c.expr(s.Value)
	c.addop(bytecode.RETURN_VALUE, loc)
	child := c.finishUnit(false)
	c.exitScope()
	c.makeClosure(loc, child, 0)
	c.addopI(bytecode.BUILD_TUPLE, 3, loc)
	c.addopI(bytecode.CALL_INTRINSIC_1, intrinsicTypeAlias, loc)
	if generic {
		child := c.finishUnit(false)
		c.exitScope()
		c.makeClosure(loc, child, 0)
		c.addop(bytecode.PUSH_NULL, loc)
		c.addopI(bytecode.CALL, 0, loc)
	}
	c.nameop(loc, name, ast.Store)
}

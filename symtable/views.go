package symtable

import "slices"

// The views Python's symtable module derives from the raw tables, for
// tools that think in its terms. The compiler reads Scope and Flags.

// IsReferenced reports whether the name is read in its block.
func (s *Symbol) IsReferenced() bool { return s.Flags&Use != 0 }

// IsImported reports whether an import binds the name.
func (s *Symbol) IsImported() bool { return s.Flags&DefImport != 0 }

// IsParameter reports whether the name is a parameter.
func (s *Symbol) IsParameter() bool { return s.Flags&DefParam != 0 }

// IsAssigned reports whether the block assigns the name.
func (s *Symbol) IsAssigned() bool { return s.Flags&DefLocal != 0 }

// IsAnnotated reports whether the name is annotated in its block.
func (s *Symbol) IsAnnotated() bool { return s.Flags&DefAnnot != 0 }

// IsNonlocal reports whether the name is declared nonlocal.
func (s *Symbol) IsNonlocal() bool { return s.Flags&DefNonlocal != 0 }

// IsDeclaredGlobal reports whether a global statement made the name
// global.
func (s *Symbol) IsDeclaredGlobal() bool { return s.Scope == GlobalExplicit }

// IsFree reports whether the name is bound in an enclosing function.
func (s *Symbol) IsFree() bool { return s.Scope == Free }

// IsGlobal mirrors Python's Symbol.is_global. module is Python's
// module_scope: whether the symbol's table is named "top".
func (s *Symbol) IsGlobal(module bool) bool {
	return s.Scope == GlobalImplicit || s.Scope == GlobalExplicit || module && s.Flags&DefBound != 0
}

// IsLocal mirrors Python's Symbol.is_local; module as for IsGlobal.
func (s *Symbol) IsLocal(module bool) bool {
	return s.Scope == Local || s.Scope == Cell || module && s.Flags&DefBound != 0
}

// Raw returns the value Python's symtable module shows for the symbol
// (SymbolTable._table.symbols[name]): the flags with the scope above them.
func (s *Symbol) Raw() int { return int(s.Flags) | int(s.Scope)<<scopeOffset }

// names returns the names of t's symbols for which keep holds, sorted.
func (t *Table) names(keep func(*Symbol) bool) []string {
	var out []string
	for i := range t.Symbols {
		if keep(&t.Symbols[i]) {
			out = append(out, t.Symbols[i].Name)
		}
	}
	return out
}

// Parameters are a function's parameters (Function.get_parameters),
// sorted; Varnames has them in order.
func (t *Table) Parameters() []string { return t.names((*Symbol).IsParameter) }

// Locals are the names local to a function, cells included
// (Function.get_locals), sorted.
func (t *Table) Locals() []string {
	return t.names(func(s *Symbol) bool { return s.Scope == Local || s.Scope == Cell })
}

// Globals are the names a function finds in the globals or builtins
// (Function.get_globals), sorted.
func (t *Table) Globals() []string {
	return t.names(func(s *Symbol) bool { return s.Scope == GlobalImplicit || s.Scope == GlobalExplicit })
}

// Nonlocals are the names a function declares nonlocal
// (Function.get_nonlocals), sorted.
func (t *Table) Nonlocals() []string { return t.names((*Symbol).IsNonlocal) }

// Frees are a function's free variables (Function.get_frees), sorted.
func (t *Table) Frees() []string { return t.names((*Symbol).IsFree) }

// Methods are the names of the functions a class body defines
// (Class.get_methods), generic ones included, sorted.
func (t *Table) Methods() []string {
	var out []string
	for _, c := range t.Children {
		if s := t.Lookup(c.Name); s == nil || s.Scope != Local {
			continue
		}
		switch c.Type {
		case FunctionBlock:
			// A generator expression is a function too, with a ".0".
			if c.Name == "genexpr" && slices.Contains(c.Varnames, ".0") {
				continue
			}
			out = append(out, c.Name)
		case TypeParametersBlock:
			for _, f := range c.Children {
				if f.Name == c.Name && f.Type == FunctionBlock {
					out = append(out, c.Name)
					break
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

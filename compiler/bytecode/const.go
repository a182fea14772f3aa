package bytecode

// TupleItems lets package ast print a tuple constant (ast.Repr) without
// importing this package.
func (t Tuple) TupleItems() []any { return t }

// FrozenSetItems lets package ast print a frozenset constant, its items in
// their order.
func (s FrozenSet) FrozenSetItems() []any { return s }

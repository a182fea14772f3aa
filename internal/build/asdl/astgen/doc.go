// Package astgen writes the Go code of package ast and the parser's node
// helpers from an ASDL module (grammar/Python.asdl with the extensions'
// fragments merged in). It is the "ast" step of internal/build/generate.
//
// It writes, relative to the repository root:
//
//	ast/nodes_gen.go             node types, following the mapping in ast/doc.go
//	ast/classes_gen.go           per-class metadata and generic field access
//	                             (what Dump and decoders use instead of reflection)
//	ast/walk_gen.go              the children of each node, in field order
//	parser/actions_nodes_gen.go  one action helper per constructor and product
//
// The Go names it derives are checked for clashes; a clash is an error, not
// a broken build. It imports nothing of the packages it writes.
package astgen

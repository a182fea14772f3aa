// Package railroad draws the rules of a pegen grammar (package pegen/gram)
// as railroad (syntax) diagrams in SVG.
//
// # The machine
//
// A rule becomes a tree of layout nodes: a sequence for an alternative's
// items, a choice for a rule's alternatives or a group, a loop for x+ and
// sep.x+ (the separator drawn on the way back), a bypass for [x] and x*, a
// boxed frame for lookaheads (&x, !x, &&x), boxes for terminals (tokens,
// keywords, operators: rounded) and nonterminals (rule names: square, and a
// link to that rule's own diagram). Every node knows its width and how far
// it reaches above and below the line that runs through it (up, down), so a
// parent can place children without measuring twice; drawing is one pass
// that writes SVG paths and boxes at absolute coordinates. Alternatives
// that an extension added carry the extension's name and are drawn in the
// ext style, so a diagram shows what a grammar fragment changed.
//
// Text is measured as monospace (Width per character), which is what the
// stylesheet in Style sets, so no font metrics are needed.
package railroad

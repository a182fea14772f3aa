// Package gram is the model of a grammar file: metas, rules, alternatives,
// items and actions, each with its position, and their rendering back into
// grammar syntax. The metagrammar parser (pegen/internal/metaparser) builds
// it; package pegen analyses, merges, generates and interprets it.
package gram

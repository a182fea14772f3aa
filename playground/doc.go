// Package playground is the web page of `peglab serve`: a source editor and
// an extension-fragment editor whose every edit shows, live, as tokens, AST
// (a tree whose nodes highlight their source span), symbol table, bytecode,
// program output and railroad diagrams of the grammar rules the fragment
// adds or changes.
//
// # The machine
//
// The server is an http.Handler over embedded assets (assets/: the page,
// its script, its stylesheet and the CodeMirror 6 bundle built from web/ by
// scripts/build-playground.sh) and a JSON API:
//
//	GET  /api/extensions   the compiled-in extensions and the "new operator" starter
//	POST /api/analyze      {source, mode, ext, ext_dir_files, stages} → every pane
//
// The page and the tests call the same API. The analysis itself is not this
// package's: the CLI wires in an Analyzer that runs peglab's pipeline (the
// same code as `peglab tokens/ast/symtable/dis/run`), so the panes are the
// CLI's output by construction.
//
// Every request is bounded: its body by MaxRequestBytes, its run by Timeout
// (the analyzer gets a context that is cancelled then, and a program still
// running is stopped and says so), and the number of analyses at once by
// MaxConcurrent, so one request cannot starve the others and a loop of
// thousands of requests leaves the server answering. A panic in an analysis
// becomes a 500 answer with a message, never a dead server.
package playground

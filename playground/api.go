package playground

import "context"

// Request is the body of POST /api/analyze.
type Request struct {
	Source string `json:"source"`
	// Mode is exec (default), eval or single, as compile()'s.
	Mode string `json:"mode,omitempty"`
	// Ext names compiled-in extensions to enable.
	Ext []string `json:"ext,omitempty"`
	// ExtFiles, when set, is an extension folder edited live: file name
	// (ext.gram, Tokens, ext.asdl, ext.py, README.md) → contents. It is
	// interpreted, with no rebuild, and enabled with Ext.
	ExtFiles map[string]string `json:"ext_dir_files,omitempty"`
	// Stages limits the work to some panes: tokens, ast, symtable, dis,
	// output, railroad. Empty means all.
	Stages []string `json:"stages,omitempty"`
}

// Wants reports whether the request asks for stage.
func (r *Request) Wants(stage string) bool {
	if len(r.Stages) == 0 {
		return true
	}
	for _, s := range r.Stages {
		if s == stage {
			return true
		}
	}
	return false
}

// Response is every pane's content; a stage that did not run is empty.
type Response struct {
	Tokens   string    `json:"tokens"`
	AST      any       `json:"ast,omitempty"` // *ast.TreeNode
	ASTText  string    `json:"ast_text"`
	Symtable string    `json:"symtable"`
	Dis      string    `json:"dis"`
	Output   *Output   `json:"output,omitempty"`
	Railroad []Diagram `json:"railroad,omitempty"`
	Errors   []Error   `json:"errors,omitempty"`
	Grammar  []Error   `json:"grammar_errors,omitempty"`
	Notes    []string  `json:"notes,omitempty"`
	Elapsed  float64   `json:"elapsed_ms"`
	// Busy says the analyzer could not start in time (a shared resource
	// was taken by other requests for all of it): the answer is 503.
	Busy bool `json:"-"`
}

// Output is what running the program printed.
type Output struct {
	Stdout    string `json:"stdout"`
	Stderr    string `json:"stderr"`
	Exit      int    `json:"exit"`
	TimedOut  bool   `json:"timed_out,omitempty"`
	Truncated bool   `json:"truncated,omitempty"`
}

// Diagram is one grammar rule drawn as SVG.
type Diagram struct {
	Rule string `json:"rule"`
	SVG  string `json:"svg"`
}

// Error is a located error: a Python error of the source (Stage tells
// which stage raised it) or a grammar author's error in an extension file.
type Error struct {
	Stage   string `json:"stage,omitempty"`
	File    string `json:"file,omitempty"`
	Type    string `json:"type,omitempty"`
	Message string `json:"message"`
	Line    int    `json:"line,omitempty"`
	Col     int    `json:"col"`
	EndLine int    `json:"end_line,omitempty"`
	EndCol  int    `json:"end_col,omitempty"`
	// Text is the error as the CLI prints it (CPython's rendering).
	Text string `json:"text,omitempty"`
}

// ExtInfo describes a compiled-in extension for the page's checkboxes.
type ExtInfo struct {
	Name    string `json:"name"`
	Summary string `json:"summary"`
}

// Analyzer runs the pipeline for one request. It must return when ctx is
// done (a program still running is stopped), and never panic on any input
// (the server recovers, but the answer is then a bare 500).
type Analyzer func(ctx context.Context, req *Request) *Response

package pipeline

import (
	"slices"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/extensions"
	"github.com/peglab/peglab/internal/support/extload"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/gram"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/symtable"
)

// Stage is how far Compile runs.
type Stage int

const (
	// AST stops after parsing, as compile() with PyCF_ONLY_AST
	// (ast.parse).
	AST Stage = iota
	// Symtable stops after the symbol table.
	Symtable
	// Checked also makes the checks CPython's compiler makes while it
	// emits code: the SyntaxErrors of compile(src, filename, mode).
	Checked
	// Code runs the compiler to the end: the code object.
	Code
)

// Input is one program and its origin.
type Input struct {
	// Name is the filename as Python shows it: a path, "<stdin>",
	// "<string>".
	Name string
	// Data is the source, as bytes: a BOM or a coding declaration selects
	// the encoding.
	Data []byte
	// FromFile says Data is the content of the file Name. CPython reads
	// the line an error quotes back from that file, so only then do
	// errors carry the line's text from after the tokenizer.
	FromFile bool
}

// Options are compile()'s arguments besides the source.
type Options struct {
	// Mode is compile()'s mode; "" is exec.
	Mode parser.Mode
	// Stop is the last stage to run.
	Stop Stage
	// Features are future features in force before the module's own
	// imports, as compile()'s flags set them.
	Features symtable.Feature
	// Optimize is compile()'s optimize (-O): 1 drops asserts, 2 docstrings.
	Optimize int
	// Warnings, when set, receives the SyntaxWarnings the stages raise, in
	// the order CPython raises them: the tokenizer's and the parser's
	// (parser.Options.Warnings), then the compiler's (compiler.Options),
	// whether or not the compilation succeeds. The caller applies the
	// warnings filters; under "error" a warning's Err is the SyntaxError to
	// report in its place.
	Warnings *[]pyerr.Warning
}

// Result is what the stages produced, up to Options.Stop.
type Result struct {
	AST      ast.Mod
	Symtable *symtable.SymbolTable
	// Code is the module's code object (Options.Stop == Code).
	Code *bytecode.Code
}

// Frontend is a parser choice with its extensions: the generated parser
// (Interp nil) or the grammar interpreter.
type Frontend struct {
	// Extensions are the compiled-in extensions to enable.
	Extensions []*extensions.Extension
	// Loaded are the extension folders loaded at run time (nil: none);
	// they are enabled too.
	Loaded *extload.Set
	// Interp is the grammar interpreter to run; nil runs the generated
	// parser.
	Interp *pegen.Interpreter
}

// Python is plain Python 3.13 with the generated parser.
var Python = &Frontend{}

// Config chooses a Frontend.
type Config struct {
	// Extensions are the compiled-in extensions to enable.
	Extensions []*extensions.Extension
	// ExtDirs are extension folders to load at run time and enable.
	ExtDirs []string
	// Grammar is a grammar to interpret instead of the compiled-in one.
	Grammar *gram.Grammar
	// Interpret runs the grammar interpreter even for the compiled-in
	// grammar with no folder loaded.
	Interpret bool
}

// FolderError is an extension folder that could not be loaded.
type FolderError struct{ Err error }

func (e *FolderError) Error() string { return e.Err.Error() }
func (e *FolderError) Unwrap() error { return e.Err }

// New builds the Frontend cfg describes. Loading folders (a *FolderError)
// and checking an interpreted grammar can fail; diags holds the grammar's
// warnings (or its errors, with err).
func New(cfg Config) (fe *Frontend, diags pegen.Diagnostics, err error) {
	fe = &Frontend{Extensions: cfg.Extensions}
	if len(cfg.ExtDirs) > 0 {
		if fe.Loaded, err = extload.Load(cfg.ExtDirs...); err != nil {
			return nil, nil, &FolderError{err}
		}
	}
	if cfg.Grammar == nil && fe.Loaded == nil && !cfg.Interpret {
		return fe, nil, nil
	}
	base := cfg.Grammar
	if base == nil {
		if base, err = parser.Grammar(); err != nil {
			return nil, nil, err
		}
	}
	fe.Interp, diags, err = extload.Interpreter(base, cfg.Extensions, fe.Loaded)
	if err != nil {
		return nil, diags, err
	}
	return fe, diags, nil
}

// Custom reports whether fe is not plain Python 3.13's generated parser:
// extensions are on, or a grammar is interpreted.
func (fe *Frontend) Custom() bool {
	return fe.Interp != nil || len(fe.Extensions) > 0 || fe.Loaded != nil
}

// Names are the extensions fe enables: the compiled-in ones asked for and
// the loaded folders.
func (fe *Frontend) Names() []string {
	var out []string
	for _, e := range fe.Extensions {
		out = append(out, e.Name)
	}
	for _, n := range fe.Loaded.Names() {
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// Operators are the loaded folders' operators, for the tokenizer.
func (fe *Frontend) Operators() []parser.OperatorDef { return fe.Loaded.TokenizerOperators() }

// Without is the same parser with no extension enabled: pure Python
// 3.13, from the same grammar.
func (fe *Frontend) Without() *Frontend { return &Frontend{Interp: fe.Interp} }

// Parse runs the parser alone, as ast.parse does.
func (fe *Frontend) Parse(in Input, mode parser.Mode) (ast.Mod, *pyerr.Error) {
	return fe.parse(in, Options{Mode: mode})
}

func (fe *Frontend) parse(in Input, o Options) (ast.Mod, *pyerr.Error) {
	opts := parser.Options{Filename: in.Name, FromFile: in.FromFile, Mode: o.Mode,
		Extensions: fe.Names(), Operators: fe.Operators(), Warnings: o.Warnings}
	if fe.Interp != nil {
		return parser.ParseInterpreted(fe.Interp, in.Data, opts)
	}
	return parser.Parse(in.Data, opts)
}

// Compile is compile(source, filename, mode): it runs the stages up to
// opts.Stop and returns what they produced, or the first Python error.
func (fe *Frontend) Compile(in Input, opts Options) (*Result, *pyerr.Error) {
	mod, err := fe.parse(in, opts)
	if err != nil {
		return nil, err
	}
	return CompileAST(mod, in, opts)
}

// CompileAST is compile() given a tree instead of source (compile(tree,
// filename, mode)): the stages after the parser, up to opts.Stop. in names
// the source the tree came from, for the errors.
func CompileAST(mod ast.Mod, in Input, opts Options) (*Result, *pyerr.Error) {
	r := &Result{AST: mod}
	if opts.Stop < Symtable {
		return r, nil
	}
	var err *pyerr.Error
	var fileSrc []byte
	if in.FromFile {
		fileSrc = in.Data // CPython reads error lines back from the file only
	}
	if r.Symtable, err = symtable.Build(mod, in.Name, &symtable.Options{Source: fileSrc, Features: opts.Features}); err != nil {
		return nil, err
	}
	if opts.Stop < Checked {
		return r, nil
	}
	copts := &compiler.Options{Filename: in.Name, Source: fileSrc, Optimize: opts.Optimize, Flags: uint32(opts.Features), Warnings: opts.Warnings}
	if opts.Stop < Code {
		if err = compiler.Check(mod, r.Symtable, copts); err != nil {
			return nil, err
		}
		return r, nil
	}
	if r.Code, err = compiler.Compile(mod, r.Symtable, copts); err != nil {
		return nil, err
	}
	return r, nil
}

package gogen

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/peglab/peglab/pegen"
)

// ReadHelpers collects the helpers of the Go package in dir: the exported
// functions of its actions*.go files, with their signatures as written.
// Reading source instead of importing the package is what lets the
// generator rebuild a package that does not currently compile.
func ReadHelpers(dir string) (*pegen.Catalog, error) {
	cat := &pegen.Catalog{Helpers: map[string]*pegen.HelperSig{}, Imports: map[string]string{"peg": pegen.PegImportPath}}
	files, err := filepath.Glob(filepath.Join(dir, "actions*.go"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	fset := token.NewFileSet()
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
		if err != nil {
			return nil, fmt.Errorf("reading helpers: %w", err)
		}
		pegName := ""
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			name := filepath.Base(p)
			if imp.Name != nil {
				name = imp.Name.Name
			}
			if p == pegen.PegImportPath {
				pegName = name
			}
			if name != "_" && name != "." {
				cat.Imports[name] = p
			}
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !fn.Name.IsExported() || fn.Type.TypeParams != nil {
				continue
			}
			sig, err := helperSig(fset, fn, pegName)
			if err != nil {
				return nil, err
			}
			if prev, dup := cat.Helpers[sig.Name]; dup {
				return nil, fmt.Errorf("%s: helper %s is already declared at %s", sig.Pos, sig.Name, prev.Pos)
			}
			cat.Helpers[sig.Name] = sig
		}
	}
	return cat, nil
}

func helperSig(fset *token.FileSet, fn *ast.FuncDecl, pegName string) (*pegen.HelperSig, error) {
	pos := fset.Position(fn.Pos())
	sig := &pegen.HelperSig{Name: fn.Name.Name, Pos: fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line)}
	var params []string
	for _, field := range fn.Type.Params.List {
		t := exprString(fset, field.Type)
		if strings.HasPrefix(t, "...") {
			return nil, fmt.Errorf("%s: helper %s: variadic parameters are not supported", sig.Pos, sig.Name)
		}
		n := max(len(field.Names), 1)
		for range n {
			params = append(params, t)
		}
	}
	if pegName != "" && pegName != "peg" {
		for i, p := range params {
			params[i] = strings.ReplaceAll(p, pegName+".", "peg.")
		}
	}
	if len(params) > 0 && params[0] == "*peg.Parser" {
		sig.TakesParser = true
		params = params[1:]
	}
	sig.Params = params
	var results []string
	if res := fn.Type.Results; res != nil {
		for _, field := range res.List {
			for range max(len(field.Names), 1) {
				results = append(results, exprString(fset, field.Type))
			}
		}
	}
	switch {
	case len(results) == 2 && results[1] == "bool":
		sig.Rejects = true
	case len(results) != 1:
		return nil, fmt.Errorf("%s: helper %s must return one value, or a value and a bool", sig.Pos, sig.Name)
	}
	sig.Result = results[0]
	return sig, nil
}

func exprString(fset *token.FileSet, e ast.Expr) string {
	var b bytes.Buffer
	printer.Fprint(&b, fset, e)
	return b.String()
}

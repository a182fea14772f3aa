package parser

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/pyerr"
)

func TestEncoding(t *testing.T) {
	for _, tc := range []struct {
		src   string
		opts  TokenizerOptions
		want  string
		error string
	}{
		{"x = 1\n", TokenizerOptions{}, "utf-8", ""},
		{"\xef\xbb\xbfx\n", TokenizerOptions{}, "utf-8", ""},
		{"# coding: latin-1\nx = '\xe9'\n", TokenizerOptions{}, "iso-8859-1", ""},
		{"# coding: latin-1\nx = '\xe9'\n", TokenizerOptions{Extra: true}, "iso-8859-1", ""},
		{"#!/bin/sh\n# coding=cp1252\n", TokenizerOptions{Extra: true}, "cp1252", ""},
		{"# coding: latin1\n", TokenizerOptions{Extra: true}, "latin1", ""},
		{"# coding: nope\n", TokenizerOptions{}, "", "unknown encoding: nope"},
		{"# coding: nope\n", TokenizerOptions{Extra: true, Filename: "f.py"}, "", "unknown encoding for 'f.py': nope"},
		{"x\n", TokenizerOptions{Text: true}, "", ""},
		{"x\n", TokenizerOptions{Text: true, Extra: true}, "", ""},
	} {
		tk := NewTokenizer([]byte(tc.src), tc.opts)
		_, err := tk.Next()
		if got := tk.Encoding(); got != tc.want {
			t.Errorf("%q %+v: Encoding() = %q, want %q", tc.src, tc.opts, got, tc.want)
		}
		if tc.error != "" && (err == nil || err.(*pyerr.Error).Msg != tc.error) {
			t.Errorf("%q %+v: error %v, want %q", tc.src, tc.opts, err, tc.error)
		}
	}
}

func TestLineTextAndCursor(t *testing.T) {
	tk := NewTokenizer([]byte("a = 1\r\nbb = (2,\r\n  3)"), TokenizerOptions{})
	for i, want := range []string{"", "a = 1", "bb = (2,", "  3)", ""} {
		if got := tk.LineText(i); got != want {
			t.Errorf("LineText(%d) = %q, want %q", i, got, want)
		}
	}
	for range 5 { // a = 1 NEWLINE bb
		if _, err := tk.Next(); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := tk.Cursor(), (peg.Pos{Line: 2, Col: 2}); got != want {
		t.Errorf("Cursor() = %v, want %v", got, want)
	}
	// With Extra the lines keep their carriage returns.
	tk = NewTokenizer([]byte("a = 1\r\nb"), TokenizerOptions{Extra: true})
	if got := tk.LineText(1); got != "a = 1\r" {
		t.Errorf("Extra: LineText(1) = %q", got)
	}
}

func TestEndAndErrorsRepeat(t *testing.T) {
	tk := NewTokenizer([]byte("x"), TokenizerOptions{})
	var last peg.Token
	for range 4 {
		tok, err := tk.Next()
		if err != nil {
			t.Fatal(err)
		}
		last = tok
	}
	if last.Kind != ENDMARKER || last.Start != (peg.Pos{Line: 1, Col: -1}) {
		t.Errorf("after the end: %+v", last)
	}
	tk = NewTokenizer([]byte("x = 0x\n"), TokenizerOptions{Filename: "f.py"})
	var first error
	for range 5 {
		if _, err := tk.Next(); err != nil {
			if first == nil {
				first = err
			} else if err != first {
				t.Errorf("second error %v differs from %v", err, first)
			}
		}
	}
	var pe *pyerr.Error
	if !errors.As(first, &pe) || pe.Error() != "invalid hexadecimal literal (f.py, line 1)" {
		t.Errorf("error %v", first)
	}
}

func TestWarnings(t *testing.T) {
	tk := NewTokenizer([]byte("x = 1if y else 2\nz = 0x1for\nz = 0o1for x in y\nz = 1.5if x else y\n"), TokenizerOptions{Filename: "w.py"})
	for {
		tok, err := tk.Next()
		if err != nil {
			t.Fatal(err)
		}
		if tok.Kind == ENDMARKER {
			break
		}
	}
	// Each carries the SyntaxError -W error makes of it, at the cursor
	// (recorded from CPython 3.13: compile() under -W error).
	want := []string{"w.py:1: SyntaxWarning: invalid decimal literal @1:5", "w.py:2: SyntaxWarning: invalid hexadecimal literal @2:8",
		"w.py:3: SyntaxWarning: invalid octal literal @3:7", "w.py:4: SyntaxWarning: invalid decimal literal @4:7"}
	var got []string
	for _, w := range tk.Warnings() {
		got = append(got, fmt.Sprintf("%s:%d: %s: %s @%d:%d", w.Filename, w.Line, w.Category, w.Msg, w.Err.Line, w.Err.Offset))
	}
	if !slices.Equal(got, want) {
		t.Errorf("Warnings() = %q, want %q", got, want)
	}
}

// TestTextBOM: a str source has no BOM; U+FEFF is an invalid character.
func TestTextBOM(t *testing.T) {
	tk := NewTokenizer([]byte("\ufeffx\n"), TokenizerOptions{Text: true})
	_, err := tk.Next()
	if err == nil || err.(*pyerr.Error).Msg != "invalid non-printable character U+FEFF" {
		t.Errorf("error %v", err)
	}
}

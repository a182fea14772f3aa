package parser

import (
	"testing"

	"github.com/peglab/peglab/ast"
)

// TestCodingCookies decodes sources declared in codecs beyond UTF-8 (all of
// CPython's text codecs come from package pycodec), and reports what
// CPython reports for the ones that fail.
func TestCodingCookies(t *testing.T) {
	tests := []struct {
		src, want string // want: the constant, or the error message
	}{
		{"# coding: iso-8859-5\nx = '\xd0\xb0'\n", "аА"},
		{"# -*- coding: gbk -*-\nx = '\xd0\xb0'\n", "邪"},
		{"# vim: set fileencoding=cp1252 :\nx = '\x80'\n", "€"},
		{"#!/usr/bin/env python\n# coding: koi8-u\nx = '\xa4'\n", "є"},
		{"# coding: shift_jis\nx = '\x82\xa0'\n", "あ"},
		{"# coding: bogus\nx = 1\n", "unknown encoding: bogus"},
		{"# coding: ascii\nx = '\xe9'\n", "'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)"},
	}
	for _, tt := range tests {
		mod, err := Parse([]byte(tt.src), Options{Filename: "<string>"})
		var got string
		if err != nil {
			got = err.Msg
		} else {
			got = mod.(*ast.Module).Body[0].(*ast.Assign).Value.(*ast.Constant).Value.(string)
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.src, got, tt.want)
		}
	}
}

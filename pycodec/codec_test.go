package pycodec

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/peglab/peglab/internal/testsupport/golden"
)

type sample struct {
	Codec   string `json:"codec"`
	Bytes   string `json:"bytes"`
	Strict  string `json:"strict"`
	Error   string `json:"error"`
	Replace string `json:"replace"`
}

// TestSamples decodes the oracle's samples (scripts/codecs-data.sh) with
// every codec: the text or the UnicodeDecodeError, strict and replaced.
func TestSamples(t *testing.T) {
	failed := map[string]int{}
	rows := golden.ReadJSONL[sample](t, "testdata/samples.jsonl")
	for _, s := range rows {
		c, ok := Lookup(s.Codec)
		if !ok {
			t.Errorf("%s: no codec", s.Codec)
			continue
		}
		b, _ := hex.DecodeString(s.Bytes)
		got, err := c.Decode(b, false)
		switch {
		case s.Error != "" && (err == nil || err.Error() != s.Error):
			failed[s.Codec]++
			if failed[s.Codec] <= 2 {
				t.Errorf("%s %s: got %q, %v; want error %q", s.Codec, s.Bytes, got, err, s.Error)
			}
		case s.Error == "" && (err != nil || got != s.Strict):
			failed[s.Codec]++
			if failed[s.Codec] <= 2 {
				t.Errorf("%s %s: got %q, %v; want %q", s.Codec, s.Bytes, got, err, s.Strict)
			}
		}
		if got, err := c.Decode(b, true); err != nil || got != s.Replace {
			failed[s.Codec+" replace"]++
			if failed[s.Codec+" replace"] <= 2 {
				t.Errorf("%s %s replace: got %q, %v; want %q", s.Codec, s.Bytes, got, err, s.Replace)
			}
		}
	}
	if len(failed) > 0 {
		t.Logf("codecs with differences: %v", failed)
	}
}

func TestLookup(t *testing.T) {
	for name, want := range map[string]string{
		"ISO-8859-5": "iso8859-5", "utf8": "utf-8", "Latin-1": "iso8859-1", "cp1252": "cp1252",
		"windows_1251": "cp1251", "GBK": "gbk", "euc-jp": "euc_jp", "ms932": "cp932", "U8": "utf-8",
	} {
		c, ok := Lookup(name)
		if !ok || c.Name != want {
			t.Errorf("Lookup(%q) = %v, %v; want %s", name, c, ok, want)
		}
	}
	if _, ok := Lookup("bogus"); ok {
		t.Error("Lookup(bogus) found a codec")
	}
	if c, ok := Lookup("utf-7"); !ok {
		t.Errorf("utf-7: %v %v", c, ok)
	} else if got, err := c.Decode([]byte("a+AGI-c"), false); err != nil || got != "abc" {
		t.Errorf("utf-7 decode: %q, %v", got, err)
	}
	if c, ok := Lookup("mbcs"); ok {
		if _, err := c.Decode([]byte("x"), false); err == nil || !strings.Contains(err.Error(), "cannot decode") {
			t.Errorf("mbcs decode: %v", err)
		}
	}
}

// TestStateful decodes the oracle's samples of the stateful and computed
// codecs (scripts/codecs_stateful.py): valid text must come out as
// CPython's, and what CPython refuses must be refused; the wording of
// those errors is CPython's only for some (counted, not failed).
func TestStateful(t *testing.T) {
	rows := golden.ReadJSONL[sample](t, "testdata/stateful.jsonl")
	wording := 0
	for _, s := range rows {
		c, ok := Lookup(s.Codec)
		if !ok {
			t.Errorf("%s: no codec", s.Codec)
			continue
		}
		b, _ := hex.DecodeString(s.Bytes)
		got, err := c.Decode(b, false)
		switch {
		case s.Error == "" && (err != nil || got != s.Strict):
			t.Errorf("%s %s: got %q, %v; want %q", s.Codec, s.Bytes, got, err, s.Strict)
		case s.Error != "" && err == nil:
			t.Errorf("%s %s: got %q; want error %q", s.Codec, s.Bytes, got, s.Error)
		case s.Error != "" && err.Error() != s.Error:
			wording++
		}
	}
	t.Logf("%d rows, %d errors worded otherwise than CPython", len(rows), wording)
}

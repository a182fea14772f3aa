package sre

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"
)

// TestValidateOracle compares Compile's verdict with the oracle's
// _sre.compile on mutated code lists (scripts/sre_validate_golden.py).
func TestValidateOracle(t *testing.T) {
	f, err := os.Open("testdata/validate.jsonl.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<24)
	n, bad := 0, 0
	for sc.Scan() {
		var r struct {
			Code   []uint32 `json:"code"`
			Groups int      `json:"groups"`
			OK     bool     `json:"ok"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		n++
		_, err := Compile(r.Code, r.Groups)
		if (err == nil) != r.OK {
			bad++
			if bad <= 20 {
				t.Errorf("%v groups %d: accepted=%v, oracle %v", r.Code, r.Groups, err == nil, r.OK)
			}
		}
	}
	t.Logf("%d code lists, %d verdicts differ", n, bad)
}

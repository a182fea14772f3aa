package pystr

import "testing"

var benchFloats = []float64{0.1, 1.5, 3.141592653589793, 1e16, 1e-7, 123456.789, 2.0 / 3}

func BenchmarkFloatRepr(b *testing.B) {
	b.ReportAllocs()
	var buf []byte
	for i := 0; i < b.N; i++ {
		buf = AppendFloatRepr(buf[:0], benchFloats[i%len(benchFloats)])
	}
}

func BenchmarkFormatFloatSpec(b *testing.B) {
	b.ReportAllocs()
	var buf []byte
	for i := 0; i < b.N; i++ {
		buf, _ = FormatFloat(buf[:0], benchFloats[i%len(benchFloats)], ">+12,.3f", "float")
	}
}

func BenchmarkFormatInt(b *testing.B) {
	b.ReportAllocs()
	var buf []byte
	for i := 0; i < b.N; i++ {
		buf, _ = FormatInt(buf[:0], int64(i)*7919, "_x", "int")
	}
}

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

var benchText = "the quick brown fox jumps over the lazy dog  and runs\taway from the hunter's hounds"

func BenchmarkSplitWhitespace(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		SplitWhitespace(benchText, -1)
	}
}

func BenchmarkSplitSep(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Split(benchText, " ", -1)
	}
}

func BenchmarkJoin(b *testing.B) {
	parts := SplitWhitespace(benchText, -1)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Join(", ", parts)
	}
}

func BenchmarkFindNonASCII(b *testing.B) {
	s := "h\u00e9llo w\u00f6rld " + benchText
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Find(s, "hunter", 3, 1<<40)
	}
}

func BenchmarkLowerASCII(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Lower(benchText)
	}
}

func BenchmarkUpperUnicode(b *testing.B) {
	s := "stra\u00dfe \u03a3\u03bf\u03c6\u03af\u03b1 " + benchText
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Upper(s)
	}
}

func BenchmarkPrintf(b *testing.B) {
	ops := Operands[any]{Args: []any{int64(42), "name", 3.25}, Tuple: true}
	b.ReportAllocs()
	var buf []byte
	for i := 0; i < b.N; i++ {
		buf, _ = Printf(buf[:0], "%5d %-8s|%.3f", ops, testPrinter{})
	}
}

func BenchmarkParseInt(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		ParseInt(" 1_234_567 ", 0)
	}
}

func BenchmarkParseFloat(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		ParseFloat("  3.14159e-2 ")
	}
}

func BenchmarkEncodeUTF8(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Encode(benchText, "utf-8", "strict")
	}
}

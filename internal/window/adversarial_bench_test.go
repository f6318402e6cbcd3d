package window

import (
	"fmt"
	"strings"
	"testing"
)

// adversarial inputs, each built at a base size n (in repetitions); the
// benchmarks run them at 1×, 4× and 16× n and report ns per input byte,
// which stays flat when the pipeline is linear.
var adversarial = []struct {
	name string
	n    int
	make func(n int) string
}{
	// a 10 MB token without spaces at 16×
	{"no-spaces", 640 << 10, func(n int) string { return strings.Repeat("a", n) }},
	// 1,000,000 capitalized words in a row at 16×
	{"capitalized", 62500, func(n int) string { return strings.Repeat("Pérez ", n) }},
	// "de de de …" ×1M at 16×
	{"de-de", 62500, func(n int) string { return strings.Repeat("de ", n) }},
	// one 50 MB line at 16× (sentences, no newline)
	{"one-line", 3 << 20, func(n int) string {
		s := "El presidente Gustavo Petro viajó a Bogotá con Ana Díaz. "
		return strings.Repeat(s, n/len(s))
	}},
	// deeply nested quotes and brackets
	{"nested", 100000, func(n int) string { return strings.Repeat("«(“[", n) + "Kim" + strings.Repeat("]”)»", n) }},
}

// BenchmarkAdversarial tags each adversarial input window by window, as
// 'prensa tag' does, at three sizes.
func BenchmarkAdversarial(b *testing.B) {
	x := extractor(b)
	for _, a := range adversarial {
		for _, k := range []int{1, 4, 16} {
			text := a.make(a.n * k)
			b.Run(fmt.Sprintf("%s/%dx", a.name, k), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for i := 0; i < b.N; i++ {
					Extract(x.NewStream(), text, 0)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)), "ns/byte")
			})
		}
	}
}

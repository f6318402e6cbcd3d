package model

import (
	"strings"
	"testing"
)

func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(defaultData)))
	for i := 0; i < b.N; i++ {
		if _, err := Load(defaultData); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTagSynthetic tags a synthetic sentence (no data files needed).
func BenchmarkTagSynthetic(b *testing.B) {
	m, err := Load(defaultData)
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields("El presidente de la Comisión Europea , Ana Pérez , viajó ayer a Buenos Aires para reunirse con el ministro argentino de Economía .")
	sent := make([]Token, len(words))
	for i, w := range words {
		sent[i] = Token{Text: w}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Tag(sent)
	}
	b.ReportMetric(float64(len(sent))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

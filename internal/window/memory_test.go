package window

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/decode"
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/output"
	"github.com/prensa-nlp/prensa/internal/summary"
)

// heapProbe tags each window with a cheap tagger (every capitalized word a
// person, with its own canonical name, so that the summary fills up) and
// measures the live heap now and then.
type heapProbe struct {
	n, max int
	base   uint64
	peak   uint64
}

func (h *heapProbe) Extract(text string) []entity.Entity {
	var es []entity.Entity
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], ' ')
		if j < 0 {
			j = len(text) - i
		}
		if w := text[i : i+j]; w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			es = append(es, entity.Entity{Text: w, Type: entity.PER, Start: i, End: i + j, CharStart: i, CharEnd: i + j, Canonical: w})
		}
		i += j + 1
	}
	h.n++
	if h.n%h.max == 0 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		h.peak = max(h.peak, m.HeapAlloc)
	}
	return es
}

// TestMemoryBounded: tagging 48 MB in 64 KiB windows, with a summary that
// fills up, keeps no window's text alive: the live heap stays far below
// the input's size.
func TestMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("48 MB of text")
	}
	var b strings.Builder
	for i := 0; b.Len() < 48<<20; i++ {
		fmt.Fprintf(&b, "Hoy Nombre%d habló con Otro%d en Lugar%d sobre el asunto.\n\n", i/700, i%50, i%1000) // about one new name a window
	}
	text := b.String()
	src, err := decode.NewStream(strings.NewReader(text), decode.UTF8)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := output.New("json", false)
	ds, _ := output.Stream(p, io.Discard)
	probe := &heapProbe{max: 50}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	probe.base = m.HeapAlloc
	places := summary.NewPlaces(extractor(t).Gazetteer())
	if _, err := Tag(Doc{Source: "big", Input: src, Size: 64 << 10, Tagger: probe, Places: places}, ds); err != nil {
		t.Fatal(err)
	}
	grew := int64(probe.peak) - int64(probe.base)
	t.Logf("live heap grew by %.1f MB over %d windows", float64(grew)/1e6, probe.n)
	if grew > 24<<20 {
		t.Errorf("live heap grew by %d MB tagging %d MB", grew>>20, len(text)>>20)
	}
}

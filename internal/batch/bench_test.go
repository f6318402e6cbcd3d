package batch

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/prensa-nlp/prensa/internal/dumpgen"
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/extract"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/model"
)

// BenchmarkBatch tags a generated dump of 1000 articles (~2.5 KB each)
// with the real pipeline, with 1 and 2 workers, to JSON Lines (discarded)
// and to an output folder; it reports files/s and MB/s. Compare jobs=1 and
// jobs=2 from the same run:
//
//	go test -run '^$' -bench Batch -benchtime 3x ./internal/batch
func BenchmarkBatch(b *testing.B) {
	gen, err := dumpgen.New(dumpgen.Options{Seed: 1, CP1252: 0.1})
	if err != nil {
		b.Fatal(err)
	}
	dump := filepath.Join(b.TempDir(), "dump")
	st, err := gen.Write(dump, 1000)
	if err != nil {
		b.Fatal(err)
	}
	engines := []extract.Engine{extract.GazetteerOnly, extract.Hybrid}
	for _, eng := range engines {
		opts := extract.Options{Gazetteer: gazetteer.MustBuiltin(), Engine: eng}
		if eng.NeedsModel() {
			m, err := model.Default()
			if err != nil {
				b.Logf("engine %s left out: %v", eng, err)
				continue
			}
			opts.Model = m
		}
		x, err := extract.New(opts)
		if err != nil {
			b.Fatal(err)
		}
		for _, mode := range []string{"jsonl", "dir"} {
			for _, jobs := range []int{1, 2} {
				b.Run(fmt.Sprintf("engine=%s/out=%s/jobs=%d", eng, mode, jobs), func(b *testing.B) {
					benchRun(b, dump, st, mode, jobs, x.Extract)
				})
			}
		}
	}
}

func benchRun(b *testing.B, dump string, st dumpgen.Stats, mode string, jobs int, tag func(string) []entity.Entity) {
	out := ""
	if mode == "dir" {
		out = filepath.Join(b.TempDir(), "out")
	}
	b.SetBytes(st.Bytes)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if out != "" {
			b.StopTimer()
			os.RemoveAll(out)
			b.StartTimer()
		}
		sum, err := Run(context.Background(), Config{Roots: []string{dump}, Jobs: jobs, OutDir: out, Tag: tag, Out: io.Discard})
		if err != nil || sum.OK != st.Files {
			b.Fatalf("%v %+v", err, sum)
		}
	}
	b.ReportMetric(float64(st.Files)*float64(b.N)/b.Elapsed().Seconds(), "files/s")
}

package batch

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/prensa-nlp/prensa/internal/dumpgen"
	"github.com/prensa-nlp/prensa/internal/entity"
)

// genDumps writes a folder with a JSON Lines export, a tar.gz of texts and
// a zip of HTML pages, 60 articles each.
func genDumps(t *testing.T) string {
	t.Helper()
	gen, err := dumpgen.New(dumpgen.Options{Seed: 3, PerDir: 20, CP1252: 0.2, Size: 600})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "dumps")
	for _, f := range []struct{ format, name string }{{"jsonl.gz", "a.jsonl.gz"}, {"tar.gz", "b.tar.gz"}, {"zip-html", "c.zip"}} {
		if _, err := gen.WriteFormat(f.format, filepath.Join(dir, f.name), 60); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRunDumpsSameWhateverJobs(t *testing.T) {
	dir := genDumps(t)
	var ref string
	for _, jobs := range []int{1, 2, 5} {
		sum, out, errs := run(t, context.Background(), Config{Roots: []string{dir}, Jobs: jobs})
		if sum.OK != 180 || sum.Failed != 0 || errs != "" {
			t.Fatalf("jobs %d: %+v %s", jobs, sum, errs)
		}
		if jobs == 1 {
			ref = out
		} else if out != ref {
			t.Errorf("jobs %d: JSON Lines differ from jobs 1", jobs)
		}
	}
	if n := strings.Count(ref, "\n"); n != 180 {
		t.Errorf("%d records, want 180", n)
	}
	outDir := filepath.Join(t.TempDir(), "out")
	run(t, context.Background(), Config{Roots: []string{dir}, Jobs: 2, OutDir: outDir})
	tree := readTree(t, outDir)
	if len(tree) != 1+60+60 {
		t.Errorf("%d output files, want 121 (one for the export, one per member)", len(tree))
	}
	if n := strings.Count(tree["a.jsonl.gz.json"], "\n"); n != 60 {
		t.Errorf("export output has %d lines, want 60", n)
	}
}

// TestRunDumpsInterruptedThenResumed: an export's output file is whole or
// absent after an interruption; the rerun with SkipExisting gives the tree
// of an uninterrupted run.
func TestRunDumpsInterruptedThenResumed(t *testing.T) {
	dir := genDumps(t)
	refDir := filepath.Join(t.TempDir(), "ref")
	run(t, context.Background(), Config{Roots: []string{dir}, Jobs: 2, OutDir: refDir})
	want := readTree(t, refDir)
	for _, stopAfter := range []int64{5, 70, 150} {
		outDir := filepath.Join(t.TempDir(), "out")
		ctx, cancel := context.WithCancel(context.Background())
		var calls atomic.Int64
		tag := func(text string) []entity.Entity {
			if calls.Add(1) == stopAfter {
				cancel()
			}
			return capitals(text)
		}
		sum, _, _ := run(t, ctx, Config{Roots: []string{dir}, Jobs: 2, OutDir: outDir, Tag: tag})
		cancel()
		if !sum.Interrupted {
			t.Errorf("stop after %d: not interrupted: %+v", stopAfter, sum)
		}
		part := readTree(t, outDir) // fails on temporary files
		for name, data := range part {
			if want[name] != data {
				t.Errorf("stop after %d: %s differs from an uninterrupted run", stopAfter, name)
			}
		}
		if _, err := os.Stat(filepath.Join(outDir, "a.jsonl.gz.json")); stopAfter < 60 && err == nil {
			t.Errorf("stop after %d: the export's output exists though its records were not all tagged", stopAfter)
		}
		run(t, context.Background(), Config{Roots: []string{dir}, Jobs: 2, OutDir: outDir, SkipExisting: true})
		if got := readTree(t, outDir); !reflect.DeepEqual(got, want) {
			t.Errorf("stop after %d: resumed outputs differ from an uninterrupted run", stopAfter)
		}
	}
}

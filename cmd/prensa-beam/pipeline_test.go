package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/prensa-nlp/prensa/internal/cli"
	"github.com/prensa-nlp/prensa/internal/dumpgen"
)

// TestMain runs the pipelines of the tests on Prism, in process.
func TestMain(m *testing.M) { ptest.Main(m) }

// TestRecordsAsBatch runs the pipeline over inputs and checks that its
// records are those 'prensa batch' prints over the same files, record for
// record (in any order), and that the counters add up.
func TestRecordsAsBatch(t *testing.T) {
	cases := []struct {
		name  string
		write func(t *testing.T, dir string)
		globs []string // relative to the folder
		flags []string // of both commands
	}{
		{
			name:  "every dump format",
			write: func(t *testing.T, dir string) { writeDump(t, dir, "mixed", 140) },
			globs: []string{"*", "txt/*/*", "gz/*/*"},
		},
		{
			name:  "hostile inputs",
			write: writeHostile,
			globs: []string{"*"},
		},
		{
			name:  "gazetteer, map and engine",
			write: writeGazetteerCase,
			globs: []string{"*.txt"},
			flags: []string{"--engine", "gazetteer", "--map", "AGENCY=ORG", "--scheme", "conll2002"},
		},
		{
			name:  "export fields",
			write: writeExport,
			globs: []string{"*.jsonl"},
			flags: []string{"--text-field", "title", "--text-field", "body", "--id-field", "meta.key"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "in")
			c.write(t, in)
			flags := slices.Clone(c.flags)
			if g := filepath.Join(dir, "extra.tsv"); exists(g) {
				flags = append(flags, "--gazetteer", g)
			}
			want := batchLines(t, flags, in)

			args := append(slices.Clone(flags), "--output", filepath.Join(dir, "out", "tagged"), "--shards", "3", "--workers", "2")
			for _, g := range c.globs {
				args = append(args, "--input", filepath.Join(in, g))
			}
			job := parseJob(t, args)
			p, s := beam.NewPipelineWithRoot()
			job.Build(s)
			res, err := ptest.RunWithMetrics(p)
			if err != nil {
				t.Fatal(err)
			}
			got := shardLines(t, filepath.Join(dir, "out", "tagged"))
			if diff := diffLines(want, got); diff != "" {
				t.Fatalf("records differ from prensa batch:\n%s", diff)
			}
			sums := counterTotals(res.Metrics().AllMetrics())
			errs := 0
			for _, l := range got {
				if strings.Contains(l, `"error":`) && !strings.Contains(l, `"entities":`) {
					errs++
				}
			}
			if sums["documents"]+sums["errors"] != int64(len(got)) || sums["errors"] != int64(errs) {
				t.Errorf("counters documents=%d errors=%d; want %d records, %d errors", sums["documents"], sums["errors"], len(got), errs)
			}
			var byType int64
			for _, n := range []string{"PER", "LOC", "ORG", "AGENCY", "MISC"} {
				byType += sums["entities_"+n]
			}
			if byType != sums["entities"] {
				t.Errorf("entities by type add up to %d, entities = %d", byType, sums["entities"])
			}
		})
	}
}

// parseJob parses prensa-beam's flags.
func parseJob(t *testing.T, args []string) *Job {
	t.Helper()
	var f flags
	fs := flag.NewFlagSet("prensa-beam", flag.ContinueOnError)
	f.register(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	job, err := f.job()
	if err != nil {
		t.Fatal(err)
	}
	return job
}

// batchLines runs 'prensa batch' in process and returns its records.
func batchLines(t *testing.T, flags []string, roots ...string) []string {
	t.Helper()
	var out, errOut bytes.Buffer
	args := append(append([]string{"batch", "-q", "-j", "2"}, flags...), roots...)
	cli.Run(args, &cli.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
	if out.Len() == 0 {
		t.Fatalf("prensa batch printed nothing: %s", errOut.String())
	}
	return splitLines(out.String())
}

// shardLines reads every shard of an output prefix.
func shardLines(t *testing.T, prefix string) []string {
	t.Helper()
	names, err := filepath.Glob(prefix + "-*-of-*.jsonl")
	if err != nil || len(names) == 0 {
		t.Fatalf("no shards %s-*: %v", prefix, err)
	}
	var lines []string
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, splitLines(string(data))...)
	}
	return lines
}

func splitLines(s string) []string {
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// diffLines compares two sets of records (sorted), describing the first
// differences; "" when equal.
func diffLines(want, got []string) string {
	want, got = slices.Sorted(slices.Values(want)), slices.Sorted(slices.Values(got))
	var b strings.Builder
	i, j, n := 0, 0, 0
	for (i < len(want) || j < len(got)) && n < 5 {
		switch {
		case j == len(got) || (i < len(want) && want[i] < got[j]):
			b.WriteString("missing: " + clip(want[i]) + "\n")
			i++
			n++
		case i == len(want) || got[j] < want[i]:
			b.WriteString("extra:   " + clip(got[j]) + "\n")
			j++
			n++
		default:
			i++
			j++
		}
	}
	if b.Len() > 0 {
		b.WriteString("(" + strconv.Itoa(len(want)) + " records wanted, " + strconv.Itoa(len(got)) + " got)")
	}
	return b.String()
}

func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// writeDump writes n generated articles in a dumpgen format into dir.
func writeDump(t *testing.T, dir, format string, n int) {
	t.Helper()
	gen, err := dumpgen.New(dumpgen.Options{Seed: 7, PerDir: 50, CP1252: 0.2})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := gen.WriteFormat(format, dir, n); err != nil {
		t.Fatal(err)
	}
}

// writeHostile writes dumpgen's hostile inputs and a few bad files more.
func writeHostile(t *testing.T, dir string) {
	t.Helper()
	gen, err := dumpgen.New(dumpgen.Options{Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if err := gen.WriteHostile(dir); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{
		"binary.txt": "PK\x00\x00\x01\x02 not text",
		"empty.txt":  "",
		"latin1.txt": "Jos\xe9 Mar\xeda Aznar visit\xf3 Bogot\xe1.\n",
	})
}

// writeGazetteerCase writes texts and, beside their folder, a user
// gazetteer (extra.tsv).
func writeGazetteerCase(t *testing.T, dir string) {
	t.Helper()
	writeFiles(t, dir, map[string]string{
		"a.txt": "La Cooperativa Olivarera del Sur (COSUR) firmó con Efe y con la ONU en Ginebra.\n",
		"b.txt": "Según Europa Press, COSUR abrirá una planta en Jaén.\n",
	})
	writeFiles(t, filepath.Dir(dir), map[string]string{
		"extra.tsv": "Cooperativa Olivarera del Sur\tORG\tCOSUR\tcosur:1\n",
	})
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// writeExport writes a JSON Lines export with nested fields.
func writeExport(t *testing.T, dir string) {
	t.Helper()
	writeFiles(t, dir, map[string]string{
		"news.jsonl": `{"meta":{"key":"n1"},"title":"Sánchez viaja a París","body":"El presidente Pedro Sánchez se reunió con Macron."}
{"meta":{"key":"n2"},"title":"Sin cuerpo"}
not json
{"meta":{"key":3},"body":"La OTAN se reúne en Bruselas."}
`,
	})
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

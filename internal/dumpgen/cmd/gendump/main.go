// Command gendump writes a deterministic dump of Spanish news-style
// articles for tests and benchmarks of 'prensa batch':
//
//	go run ./internal/dumpgen/cmd/gendump -n 50000 -o /tmp/dump
//
// -format writes the same articles as a compressed file, an archive, an
// export, HTML pages or WARC (see dumpgen.Formats); "mixed" writes a folder
// holding all of them:
//
//	go run ./internal/dumpgen/cmd/gendump -n 40000 -format jsonl.gz -o /tmp/dump.jsonl.gz
//
// The same -n, -seed, -per-dir and -cp1252 give the same bytes (for the
// same built-in gazetteer).
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/prensa-nlp/prensa/internal/dumpgen"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	out := flag.String("o", "", "folder to write (required)")
	seed := flag.Uint64("seed", 1, "seed of the generator")
	perDir := flag.Int("per-dir", 1000, "articles per subfolder")
	cp1252 := flag.Float64("cp1252", 0, "fraction of articles written in Windows-1252 (0 to 1)")
	size := flag.Int("size", 2500, "approximate article size in bytes")
	format := flag.String("format", "txt", "what to write: "+strings.Join(dumpgen.Formats, ", ")+" (-o is a folder for txt, txt.gz and mixed, else a file)")
	hostile := flag.Bool("hostile", false, "write the hostile inputs of black-box tests (corrupt and truncated archives, a zip bomb, traversal names, bad JSON lines, hostile HTML) into the folder -o")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gendump -n N -o DIR|FILE [-format F] [-seed S] [-per-dir K] [-cp1252 F] [-size B]")
		os.Exit(2)
	}
	gen, err := dumpgen.New(dumpgen.Options{Seed: *seed, PerDir: *perDir, CP1252: *cp1252, Size: *size})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gendump:", err)
		os.Exit(2)
	}
	if *hostile {
		if err := gen.WriteHostile(*out); err != nil {
			fmt.Fprintln(os.Stderr, "gendump:", err)
			os.Exit(1)
		}
		return
	}
	st, err := gen.WriteFormat(*format, *out, *n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gendump:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "gendump: %d files, %.1f MB in %s\n", st.Files, float64(st.Bytes)/1e6, *out)
}

// Command brown trains Brown word clusters for prensa and writes them in the
// format read by cluster.Parse. It is a maintainer tool:
//
//	go run ./internal/cluster/cmd/brown -c 512 -min-count 3 \
//	    -conll ../shared/data/conll2002/esp.train \
//	    -o internal/cluster/data/brown.tsv ../shared/data/unlabeled/*.txt
//
// Each line of a FILE argument is running text (one document or sentence),
// tokenized with cluster.Tokenize. A -conll file contributes its first column,
// one sentence per blank-line-separated block. Every token is passed through
// cluster.Normalize. Progress goes to stderr.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/prensa-nlp/prensa/internal/cluster"
)

func main() {
	var (
		c       = flag.Int("c", 256, "number of clusters C")
		minC    = flag.Int("min-count", 3, "ignore words seen fewer times")
		out     = flag.String("o", "", "output file (default stdout)")
		workers = flag.Int("workers", runtime.NumCPU(), "goroutines (the result does not depend on it)")
		attrib  = flag.String("attribution", "", "file whose lines replace the built-in corpus attribution in the header")
		conll   []string
	)
	flag.Func("conll", "CoNLL file whose first column is added as tokenized sentences (repeatable)", func(s string) error {
		conll = append(conll, s)
		return nil
	})
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: brown [flags] FILE...\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 && len(conll) == 0 {
		flag.Usage()
		os.Exit(2)
	}
	start := time.Now()
	var sents [][]string
	var inputs []string
	tokens := 0
	for _, f := range flag.Args() {
		n, err := cluster.ReadText(f, &sents)
		check(err)
		tokens += n
		inputs = append(inputs, filepath.Base(f))
		fmt.Fprintf(os.Stderr, "brown: %s: %d tokens\n", f, n)
	}
	for _, f := range conll {
		n, err := cluster.ReadCoNLL(f, &sents)
		check(err)
		tokens += n
		inputs = append(inputs, filepath.Base(f)+" (column 1)")
		fmt.Fprintf(os.Stderr, "brown: %s: %d tokens\n", f, n)
	}
	fmt.Fprintf(os.Stderr, "brown: %d sentences, %d tokens\n", len(sents), tokens)

	cl, err := cluster.Train(sents, cluster.Options{Clusters: *c, MinCount: *minC, Workers: *workers, Progress: os.Stderr})
	check(err)

	attr := cluster.Attribution
	if *attrib != "" {
		b, err := os.ReadFile(*attrib)
		check(err)
		attr = strings.TrimRight(string(b), "\n")
	}
	header := []string{
		"Brown word clusters for prensa (Spanish news NER features).",
		fmt.Sprintf("Made with: go run ./internal/cluster/cmd/brown -c %d -min-count %d -conll esp.train -o brown.tsv <unlabeled *.txt>", *c, *minC),
		fmt.Sprintf("Algorithm: Brown et al. (1992) with the windowed greedy merge of Liang (2005); C = %d clusters, min count %d.", *c, *minC),
		fmt.Sprintf("Inputs: %s; %d tokens, %d words in the table.", strings.Join(inputs, ", "), tokens, cl.Len()),
		"Tokens: cluster.Tokenize, then cluster.Normalize (digits to 0); case preserved.",
		"Format: word<TAB>bit-string path<TAB>count; sorted by path, then count (descending), then word.",
	}
	header = append(header, strings.Split(attr, "\n")...)
	cl.SetHeader(header)

	w := os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		check(err)
		defer f.Close()
		w = f
	}
	_, err = cl.WriteTo(w)
	check(err)
	if *out != "" {
		check(w.Close())
	}
	fmt.Fprintf(os.Stderr, "brown: wrote %d words in %.1fs\n", cl.Len(), time.Since(start).Seconds())
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "brown:", err)
		os.Exit(1)
	}
}

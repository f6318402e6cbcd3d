// Command vectors learns skip-gram word vectors with subword n-grams
// (cluster.TrainVectors), clusters them by k-means at several k
// (cluster.KMeans) and writes the table read by cluster.ParseKMeans. It is
// a maintainer tool:
//
//	go run ./internal/cluster/cmd/vectors -k 100,300,1000 \
//	    -conll ../shared/data/conll2002/esp.train \
//	    -o internal/cluster/data/kmeans.tsv ../shared/data/unlabeled/*.txt
//
// A FILE argument is running text, one document or sentence per line; FILE:N
// reads it N times (to weight a corpus against the others). Progress goes
// to stderr. With one worker the output is a deterministic function of the
// inputs and flags.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/prensa-nlp/prensa/internal/cluster"
)

func main() {
	var (
		ks      = flag.String("k", "100,300,1000", "numbers of clusters, comma-separated (at most 3, each at most 1024)")
		out     = flag.String("o", "", "output file (default stdout)")
		top     = flag.Int("top", 0, "cluster only the most frequent N words (0: all)")
		iters   = flag.Int("iters", 25, "k-means iterations")
		workers = flag.Int("workers", runtime.NumCPU(), "goroutines of k-means (the result does not depend on it)")
		attrib  = flag.String("attribution", "", "file whose lines replace the built-in corpus attribution in the header")
		opt     cluster.VectorOptions
		conll   []string
	)
	flag.IntVar(&opt.Dim, "dim", 100, "vector size")
	flag.IntVar(&opt.Window, "window", 5, "context window")
	flag.IntVar(&opt.Negative, "neg", 5, "negative samples")
	flag.IntVar(&opt.Epochs, "epochs", 5, "epochs")
	flag.IntVar(&opt.MinCount, "min-count", 5, "ignore words seen fewer times")
	flag.IntVar(&opt.MinN, "minn", 3, "shortest character n-gram")
	flag.IntVar(&opt.MaxN, "maxn", 5, "longest character n-gram (0: no subwords)")
	flag.Uint64Var(&opt.Seed, "seed", 1, "random seed")
	flag.Func("conll", "CoNLL file whose first column is added as sentences (repeatable; FILE:N weights it)", func(s string) error {
		conll = append(conll, s)
		return nil
	})
	flag.Parse()
	if flag.NArg() == 0 && len(conll) == 0 {
		fmt.Fprintln(os.Stderr, "usage: vectors [flags] FILE[:N]...")
		flag.PrintDefaults()
		os.Exit(2)
	}
	var kList []int
	for _, s := range strings.Split(*ks, ",") {
		k, err := strconv.Atoi(s)
		if err != nil || k < 2 || k > 1024 {
			check(fmt.Errorf("bad -k %q", s))
		}
		kList = append(kList, k)
	}
	if len(kList) > 3 {
		check(fmt.Errorf("at most 3 values of -k"))
	}
	start := time.Now()
	var sents [][]string
	var inputs []string
	tokens := 0
	read := func(arg string, fn func(string, *[][]string) (int, error), what string) {
		file, times := arg, 1
		if i := strings.LastIndexByte(arg, ':'); i > 0 {
			if n, err := strconv.Atoi(arg[i+1:]); err == nil && n > 0 {
				file, times = arg[:i], n
			}
		}
		for t := 0; t < times; t++ {
			n, err := fn(file, &sents)
			check(err)
			tokens += n
		}
		name := filepath.Base(file) + what
		if times > 1 {
			name += fmt.Sprintf(" ×%d", times)
		}
		inputs = append(inputs, name)
		fmt.Fprintf(os.Stderr, "vectors: %s\n", name)
	}
	for _, f := range flag.Args() {
		read(f, cluster.ReadText, "")
	}
	for _, f := range conll {
		read(f, cluster.ReadCoNLL, " (column 1)")
	}
	fmt.Fprintf(os.Stderr, "vectors: %d sentences, %d tokens\n", len(sents), tokens)
	opt.Progress = os.Stderr
	v, err := cluster.TrainVectors(sents, opt)
	check(err)
	sents = nil
	km := &cluster.KMeansTable{Ks: kList}
	for i, k := range kList {
		t0 := time.Now()
		a := cluster.KMeans(v, k, *top, *iters, *workers, opt.Seed+uint64(i))
		km.Assign = append(km.Assign, a)
		fmt.Fprintf(os.Stderr, "vectors: k-means k=%d in %.1fs\n", k, time.Since(t0).Seconds())
	}
	n := len(km.Assign[0])
	km.Words, km.Counts = v.Words[:n], v.Counts[:n]
	header := []string{
		"Word clusters for prensa: k-means of skip-gram word vectors with subword n-grams.",
		fmt.Sprintf("Made with: go run ./internal/cluster/cmd/vectors -k %s -dim %d -window %d -neg %d -epochs %d -min-count %d -minn %d -maxn %d -seed %d -iters %d -top %d",
			*ks, opt.Dim, opt.Window, opt.Negative, opt.Epochs, opt.MinCount, opt.MinN, opt.MaxN, opt.Seed, *iters, *top),
		fmt.Sprintf("Inputs: %s; %d tokens, %d words in the table.", strings.Join(inputs, ", "), tokens, n),
		"Tokens: cluster.Tokenize, then cluster.Normalize (digits to 0); case preserved.",
		"Format: word<TAB>count<TAB>one cluster number per k (the k line gives them).",
	}
	attr := cluster.Attribution
	if *attrib != "" {
		b, err := os.ReadFile(*attrib)
		check(err)
		attr = strings.TrimRight(string(b), "\n")
	}
	header = append(header, strings.Split(attr, "\n")...)
	km.Header = header
	w := os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		check(err)
		w = f
	}
	_, err = km.WriteTo(w)
	check(err)
	check(w.Close())
	fmt.Fprintf(os.Stderr, "vectors: wrote %d words in %.1fs\n", n, time.Since(start).Seconds())
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "vectors:", err)
		os.Exit(1)
	}
}

// Command exptmp is a temporary experiment harness (not to be committed).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"time"

	"strings"

	"github.com/prensa-nlp/prensa/internal/cluster"
	"github.com/prensa-nlp/prensa/internal/conll"
	"github.com/prensa-nlp/prensa/internal/extract"
	"github.com/prensa-nlp/prensa/internal/model"
)

var useExt = flag.Bool("ext", false, "")

func load(path string) []model.Example {
	f, err := os.Open(path)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	s, err := conll.Read(f)
	if err != nil {
		panic(err)
	}
	conll.GuessDocs(s)
	out := make([]model.Example, len(s))
	for i, x := range s {
		toks := make([]model.Token, len(x.Tokens))
		var ext [][]string
		if *useExt {
			ext = extract.ModelFeatures(x.Tokens)
		}
		for j, t := range x.Tokens {
			toks[j] = model.Token{Text: t}
			if ext != nil {
				toks[j].Ext = ext[j]
			}
		}
		out[i] = model.Example{Tokens: toks, Tags: x.Tags, Doc: x.Doc}
	}
	return out
}

func main() {
	epochs := flag.Int("epochs", 12, "")
	nodoc := flag.Bool("nodoc", false, "")
	fw := flag.Bool("fw", false, "")
	mc := flag.Int("mc", 2, "")
	ctx := flag.Bool("ctx", false, "")
	more := flag.Bool("more", false, "")
	clus := flag.Bool("clus", false, "")
	seed := flag.Uint64("seed", 0, "")
	avg := flag.Int("avg", 1, "")
	prune := flag.Float64("prune", 0, "")
	em := flag.Bool("em", false, "")
	cw := flag.Bool("cw", false, "")
	out := flag.String("o", "", "")
	pred := flag.String("pred", "", "")
	flag.Parse()
	d := "/work/shared/data/conll2002/"
	train, dev := load(d+"esp.train"), load(d+"esp.testa")
	var cm map[string]string
	if *clus {
		var b bytes.Buffer
		cluster.Default().WriteTo(&b)
		cm = map[string]string{}
		for _, line := range strings.Split(b.String(), "\n") {
			f := strings.Split(line, "\t")
			if len(f) >= 2 && !strings.HasPrefix(line, "#") {
				cm[f[0]] = f[1]
			}
		}
	}
	m, err := model.Train(train, dev, model.TrainOptions{Epochs: *epochs, NoDocFeatures: *nodoc, FlagWindow: *fw, MinCount: *mc, Context: *ctx, More: *more, Clusters: cm, Seed: *seed, Average: *avg, ExtMore: *em, Prune: *prune, ClusWindow: *cw}, os.Stderr)
	if err != nil {
		panic(err)
	}
	var buf bytes.Buffer
	m.WriteTo(&buf)
	fmt.Println("size", buf.Len())
	t0 := time.Now()
	m2, err := model.Load(buf.Bytes())
	if err != nil {
		panic(err)
	}
	fmt.Println("load", time.Since(t0))
	if *out != "" {
		os.WriteFile(*out, buf.Bytes(), 0o644)
	}
	ev := conll.NewEval()
	var pb bytes.Buffer
	ntok := 0
	t0 = time.Now()
	var docs [][]model.Example
	for s := 0; s < len(dev); {
		e := s + 1
		for e < len(dev) && dev[e].Doc == dev[s].Doc {
			e++
		}
		docs = append(docs, dev[s:e])
		s = e
	}
	for _, doc := range docs {
		var sents [][]model.Token
		for _, ex := range doc {
			sents = append(sents, ex.Tokens)
			ntok += len(ex.Tokens)
		}
		tags := m2.TagDoc(sents)
		for i, ex := range doc {
			ev.Add(ex.Tags, tags[i])
			if *pred != "" {
				for j, t := range ex.Tokens {
					fmt.Fprintf(&pb, "%s %s %s\n", t.Text, ex.Tags[j], tags[i][j])
				}
				pb.WriteByte('\n')
			}
		}
	}
	el := time.Since(t0)
	fmt.Printf("tag %d tokens in %v: %.0f tok/s\n", ntok, el, float64(ntok)/el.Seconds())
	ev.Report(os.Stdout)
	if *pred != "" {
		os.WriteFile(*pred, pb.Bytes(), 0o644)
	}
}

package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/prensa-nlp/prensa/internal/cluster"
	"github.com/prensa-nlp/prensa/internal/conll"
	"github.com/prensa-nlp/prensa/internal/extract"
	"github.com/prensa-nlp/prensa/internal/model"
	"github.com/prensa-nlp/prensa/internal/normalize"
)

// TrainOptions are the options of 'prensa train'.
type TrainOptions struct {
	IO                  *IOStreams
	Train               string
	Dev                 string
	Output              string
	Epochs              int
	Clusters            string
	NoClusters          bool
	KMeans              string
	NoKMeans            bool
	CRF                 bool
	CRFL2               float64
	CRFIters            int
	NoGazetteerFeatures bool
	Seed                uint64
}

func newTrainCmd(s *IOStreams) *cobra.Command {
	opts := &TrainOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "train --train FILE -o MODEL",
		Short: "Train the statistical model on CoNLL data",
		Long: `Train trains the statistical tagger (an averaged structured perceptron over
IOB2 labels) on a CoNLL file and writes a model file for 'prensa tag --model'.

Input files have one token per line, the token in the first column and its
tag (IOB1 or IOB2; PER, LOC, ORG, MISC, AGENCY counted as ORG) in the last,
and a blank line after each sentence. -DOCSTART- lines mark documents; in
files without them, a sentence with an agency dateline such as
"( EFE )" starts a new document.

The weights are averaged over eight training runs that see the sentences in
different (seeded) orders; two run at a time. Progress, with precision,
recall and F1 on --dev after every epoch of every run, goes to standard
error. The same data and options always give the same model bytes, with or
without --dev.
The Brown clusters (built-in unless --clusters FILE) and the k-means
clusters of word vectors (built-in unless --kmeans FILE) are copied into
the model, so a model file is self-contained.`,
		Example: `  prensa train --train esp.train --dev esp.testa -o es.model
  prensa tag --model es.model article.txt
  prensa train --train my.conll -o my.model --epochs 8 --no-gazetteer-features`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTrain(opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Train, "train", "", "training data, CoNLL format (required)")
	f.StringVar(&opts.Dev, "dev", "", "development data, CoNLL format, scored after every epoch")
	f.StringVarP(&opts.Output, "output", "o", "", "model file to write (required)")
	f.IntVar(&opts.Epochs, "epochs", defaultEpochs, "training epochs")
	f.StringVar(&opts.Clusters, "clusters", "", "Brown cluster file (word, path, count; tab-separated) instead of the built-in one")
	f.BoolVar(&opts.NoClusters, "no-clusters", false, "train without Brown cluster features")
	f.StringVar(&opts.KMeans, "kmeans", "", "k-means cluster file (word, count, one cluster per k; tab-separated) instead of the built-in one")
	f.BoolVar(&opts.NoKMeans, "no-kmeans", false, "train without the k-means clusters of word vectors")
	f.BoolVar(&opts.NoGazetteerFeatures, "no-gazetteer-features", false, "train without the gazetteer and name-list features")
	f.Uint64Var(&opts.Seed, "seed", 0, "seed of the deterministic shuffle")
	f.BoolVar(&opts.CRF, "crf", false, "train a linear-chain CRF by L-BFGS instead of the averaged perceptron (slower; --epochs is ignored)")
	f.Float64Var(&opts.CRFL2, "crf-l2", 1, "L2 penalty of --crf")
	f.IntVar(&opts.CRFIters, "crf-iterations", 150, "most L-BFGS iterations of --crf")
	return cmd
}

// defaultEpochs is the number of epochs of the default model.
const defaultEpochs = 12

func runTrain(opts *TrainOptions) error {
	if opts.Train == "" || opts.Output == "" {
		return usageErrorf("train: --train and -o are required")
	}
	if opts.Epochs < 1 {
		return usageErrorf("train: --epochs must be at least 1")
	}
	if opts.NoClusters && opts.Clusters != "" {
		return usageErrorf("train: --clusters and --no-clusters exclude each other")
	}
	if opts.NoKMeans && opts.KMeans != "" {
		return usageErrorf("train: --kmeans and --no-kmeans exclude each other")
	}
	start := time.Now()
	train, err := readExamples(opts.Train, !opts.NoGazetteerFeatures)
	if err != nil {
		return err
	}
	var dev []model.Example
	if opts.Dev != "" {
		if dev, err = readExamples(opts.Dev, !opts.NoGazetteerFeatures); err != nil {
			return err
		}
	}
	mo := model.TrainOptions{Epochs: opts.Epochs, Seed: opts.Seed}
	if !opts.NoClusters {
		c := cluster.Default()
		if opts.Clusters != "" {
			fh, err := os.Open(opts.Clusters)
			if err != nil {
				return usageErrorf("clusters: %v", err)
			}
			c, err = cluster.Parse(fh)
			fh.Close()
			if err != nil {
				return usageErrorf("clusters %s: %v", opts.Clusters, err)
			}
		}
		if mo.Clusters, err = clusterMap(c); err != nil {
			return err
		}
	}
	if !opts.NoKMeans {
		km := cluster.DefaultKMeans()
		if opts.KMeans != "" {
			fh, err := os.Open(opts.KMeans)
			if err != nil {
				return usageErrorf("kmeans: %v", err)
			}
			km, err = cluster.ParseKMeans(fh)
			fh.Close()
			if err != nil {
				return usageErrorf("kmeans %s: %v", opts.KMeans, err)
			}
		}
		if len(km.Words) > 0 {
			mo.KMeans = km.Map()
		}
	}
	applyModelDefaults(&mo)
	if opts.CRF {
		mo.CRF, mo.CRFL2, mo.CRFIters = true, opts.CRFL2, opts.CRFIters
	}
	fmt.Fprintf(opts.IO.ErrOut, "read %d training and %d dev sentences in %.1fs\n",
		len(train), len(dev), time.Since(start).Seconds())
	m, err := model.Train(train, dev, mo, opts.IO.ErrOut)
	if err != nil {
		return err
	}
	n, err := writeModel(opts.Output, m)
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "wrote %s (%d bytes) in %.1fs\n", opts.Output, n, time.Since(start).Seconds())
	return nil
}

// readExamples reads a CoNLL file into model examples, with the same token
// keys and external features the tagging pipeline gives the model.
func readExamples(path string, ext bool) ([]model.Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, usageErrorf("%v", err)
	}
	defer f.Close()
	sents, err := conll.Read(f)
	if err != nil {
		return nil, usageErrorf("%s: %v", path, err)
	}
	conll.GuessDocs(sents)
	out := make([]model.Example, len(sents))
	for i, s := range sents {
		if !s.HasTags() {
			return nil, usageErrorf("%s: line %d: sentence has a token without a tag", path, s.Line)
		}
		var feats [][]string
		if ext {
			feats = extract.ModelFeatures(s.Tokens)
		}
		toks := make([]model.Token, len(s.Tokens))
		for j, t := range s.Tokens {
			toks[j].Text = normalize.Key(t)
			if feats != nil {
				toks[j].Ext = feats[j]
			}
		}
		out[i] = model.Example{Tokens: toks, Tags: s.Tags, Doc: s.Doc}
	}
	return out, nil
}

// clusterMap returns the word → path pairs of a cluster table.
func clusterMap(c *cluster.Clusters) (map[string]string, error) {
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, err
	}
	m := make(map[string]string, c.Len())
	for _, line := range strings.Split(buf.String(), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, rest, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		path, _, _ := strings.Cut(rest, "\t")
		m[word] = path
	}
	return m, nil
}

// writeModel writes m to path through a temporary file in the same folder,
// so that a failed write leaves no partial model.
func writeModel(path string, m *model.Model) (int64, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".prensa-model-*")
	if err != nil {
		return 0, err
	}
	n, err := m.WriteTo(tmp)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return 0, err
	}
	return n, nil
}

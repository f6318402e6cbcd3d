package model

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"
)

// Train trains a model on train, printing per-epoch progress (and dev
// scores when dev is not empty) to progress, which may be nil. Training is
// deterministic: the same data and options give the same model bytes.
//
// The weights are those after opts.Epochs epochs (or of the best epoch on
// dev with opts.BestOnDev), averaged over opts.Average runs with different
// shuffles.
func Train(train, dev []Example, opts TrainOptions, progress io.Writer) (*Model, error) {
	if len(train) == 0 {
		return nil, errors.New("model: no training sentences")
	}
	for i, ex := range append(train[:len(train):len(train)], dev...) {
		if len(ex.Tags) != len(ex.Tokens) {
			return nil, fmt.Errorf("model: sentence %d has %d tokens but %d tags", i+1, len(ex.Tokens), len(ex.Tags))
		}
	}
	if opts.Epochs <= 0 {
		opts.Epochs = 12
	}
	if opts.MinCount <= 0 {
		opts.MinCount = 2
	}
	if opts.Average <= 0 {
		opts.Average = 1
	}
	if progress == nil {
		progress = io.Discard
	}
	if len(opts.Clusters) > 0 {
		opts.clusters = newClusterTable(opts.Clusters)
		fmt.Fprintf(progress, "clusters: %d words, %d clusters\n", len(opts.Clusters), len(opts.clusters.paths))
	}
	if len(opts.KMeans) > 0 {
		km, err := newKMeansTable(opts.KMeans)
		if err != nil {
			return nil, err
		}
		opts.kmeans = km
		fmt.Fprintf(progress, "k-means clusters: %d words, %d granularities\n", len(opts.KMeans), km.n)
	}
	return trainBase(train, dev, opts, progress)
}

// trainBase trains the base layer of a model on train.
func trainBase(train, dev []Example, opts TrainOptions, progress io.Writer) (*Model, error) {
	start := time.Now()
	m := &Model{}
	if !opts.NoDocFeatures {
		m.feats |= featDoc
	}
	if opts.FlagWindow {
		m.feats |= featFlagWindow
	}
	if opts.Context {
		m.feats |= featContext
	}
	if opts.More {
		m.feats |= featMore
	}
	if opts.ExtMore {
		m.feats |= featExtMore
	}
	if opts.ClusWindow {
		m.feats |= featClusWindow
	}
	if opts.VClusWindow {
		m.feats |= featVClusWindow
	}
	if opts.ExtWord {
		m.feats |= featExtWord
	}
	if opts.Topic {
		m.feats |= featTopic
	}

	m.clusters = opts.clusters
	m.kmeans = opts.kmeans
	// Pass 1: count features.
	counts := map[uint64]int32{}
	sc := newScratch()
	m.eachKeys(sc, train, func(_ int, _ int, keys []uint64) {
		for _, k := range keys {
			counts[k]++
		}
	})
	// Rows in order of first appearance, for determinism.
	rowOf := map[uint64]int32{}
	var keyOfRow []uint64
	m.eachKeys(sc, train, func(_ int, _ int, keys []uint64) {
		for _, k := range keys {
			if counts[k] >= int32(opts.MinCount) {
				if _, ok := rowOf[k]; !ok {
					rowOf[k] = int32(len(keyOfRow))
					keyOfRow = append(keyOfRow, k)
				}
			}
		}
	})
	counts = nil
	trainEnc := m.encode(sc, train, rowOf)
	devEnc := m.encode(sc, dev, rowOf)
	fmt.Fprintf(progress, "base features: %d (seen >= %d times) from %d sentences, %.1fs\n",
		len(keyOfRow), opts.MinCount, len(train), time.Since(start).Seconds())
	// Independent runs, two at a time, summed in a fixed order so that the
	// result does not depend on scheduling.
	if opts.CRF {
		sum := trainCRF(trainEnc, devEnc, len(keyOfRow), opts.CRFL2, opts.CRFIters, progress)
		if len(devEnc) > 0 {
			ev := sum.evaluate(devEnc)
			fmt.Fprintf(progress, "crf: dev F1 %.2f\n", 100*ev.Counts.F1())
		}
		m.base = sum.layer(keyOfRow, opts.Prune)
		fmt.Fprintf(progress, "base: %d features kept, trained in %.1fs\n", len(m.base.w)/NumLabels, time.Since(start).Seconds())
		return m, nil
	}
	runs := make([]*averaged, opts.Average)
	logs := make([]bytes.Buffer, opts.Average)
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(1, min(runtime.GOMAXPROCS(0), 2)))
	for k := range runs {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			tr := newTrainer(len(keyOfRow))
			runs[k] = tr.run(trainEnc, devEnc, opts.Epochs, opts.Seed+uint64(k)*7919, opts.BestOnDev, &logs[k])
		}(k)
	}
	wg.Wait()
	sum := runs[0]
	for k := range runs {
		if opts.Average > 1 {
			fmt.Fprintf(progress, "run %d of %d:\n", k+1, opts.Average)
		}
		progress.Write(logs[k].Bytes())
		if k > 0 {
			sum.add(runs[k])
		}
	}
	if opts.Average > 1 {
		sum.scale(1 / float32(opts.Average))
		if len(devEnc) > 0 {
			ev := sum.evaluate(devEnc)
			fmt.Fprintf(progress, "average of %d runs: dev F1 %.2f\n", opts.Average, 100*ev.Counts.F1())
		}
	}
	m.base = sum.layer(keyOfRow, opts.Prune)
	fmt.Fprintf(progress, "base: %d features kept, trained in %.1fs\n", len(m.base.w)/NumLabels, time.Since(start).Seconds())
	return m, nil
}

// encoded is a sentence as feature rows: rows[off[i]:off[i+1]] for token i.
type encoded struct {
	rows []int32
	off  []int32
	gold []int
	base []float32 // scores added before the rows (second pass); may be nil
}

// eachKeys calls fn with the feature keys of every token of exs.
func (m *Model) eachKeys(sc *scratch, exs []Example, fn func(sent, tok int, keys []uint64)) {
	for s := 0; s < len(exs); {
		e := s + 1
		for e < len(exs) && exs[e].Doc == exs[s].Doc {
			e++
		}
		doc := make([][]Token, 0, e-s)
		for _, ex := range exs[s:e] {
			doc = append(doc, ex.Tokens)
		}
		m.analyzeDoc(sc, doc)
		for j := range doc {
			infos := sc.infos[sc.start[j]:sc.start[j+1]]
			for i := range infos {
				sc.keys = features(sc.keys[:0], infos, sc.ext, i, m.feats)
				fn(s+j, i, sc.keys)
			}
		}
		s = e
	}
}

// encode turns examples into feature rows, dropping unknown features.
func (m *Model) encode(sc *scratch, exs []Example, rowOf map[uint64]int32) []encoded {
	out := make([]encoded, len(exs))
	for i, ex := range exs {
		out[i].off = make([]int32, 1, len(ex.Tokens)+1)
		out[i].gold = make([]int, len(ex.Tags))
		for j, t := range ex.Tags {
			out[i].gold[j] = labelIndex(t)
		}
	}
	m.eachKeys(sc, exs, func(s, _ int, keys []uint64) {
		e := &out[s]
		for _, k := range keys {
			if r, ok := rowOf[k]; ok {
				e.rows = append(e.rows, r)
			}
		}
		e.off = append(e.off, int32(len(e.rows)))
	})
	return out
}

package model

import (
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
// The base layer is trained for opts.Epochs epochs. Unless opts.NoStage2,
// a second, document-level pass is then trained on top of held-out base
// predictions (opts.Folds-fold jackknife over documents).
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
	if opts.C2 <= 0 {
		opts.C2 = 1
	}
	if opts.Eta <= 0 {
		opts.Eta = 0.1
	}
	if opts.Stage2Epochs <= 0 {
		opts.Stage2Epochs = 6
	}
	if opts.Folds < 2 {
		opts.Folds = 5
	}
	if progress == nil {
		progress = io.Discard
	}
	if len(opts.Clusters) > 0 {
		opts.clusters = newClusterTable(opts.Clusters)
		fmt.Fprintf(progress, "clusters: %d words, %d clusters\n", len(opts.Clusters), len(opts.clusters.paths))
	}
	m, err := trainBase(train, dev, opts, progress)
	if err != nil || opts.NoStage2 {
		return m, err
	}
	start := time.Now()
	fmt.Fprintf(progress, "second pass: training %d fold models for held-out predictions\n", opts.Folds)
	trainS2 := make([]s2sent, len(train))
	quiet := opts
	quiet.BestOnDev = false
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(1, min(runtime.GOMAXPROCS(0), 2)))
	errs := make([]error, opts.Folds)
	for k := 0; k < opts.Folds; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var in, out []Example
			var idx []int
			for i, ex := range train {
				if ex.Doc%opts.Folds == k {
					out = append(out, ex)
					idx = append(idx, i)
				} else {
					in = append(in, ex)
				}
			}
			if len(out) == 0 {
				return
			}
			mk, err := trainBase(in, nil, quiet, io.Discard)
			if err != nil {
				errs[k] = err
				return
			}
			for j, s := range mk.stage2Data(out) {
				trainS2[idx[j]] = s
			}
		}(k)
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	devS2 := m.stage2Data(dev)
	fmt.Fprintf(progress, "second pass: held-out predictions in %.1fs\n", time.Since(start).Seconds())
	// Rows in order of first appearance.
	rowOf := map[uint64]int32{}
	var keyOfRow []uint64
	for _, s := range trainS2 {
		for _, k := range s.keys {
			if _, ok := rowOf[k]; !ok {
				rowOf[k] = int32(len(keyOfRow))
				keyOfRow = append(keyOfRow, k)
			}
		}
	}
	tr := newTrainer(len(keyOfRow))
	tr.trans, tr.end = m.base.trans, m.base.end
	best := tr.run(encodeS2(trainS2, rowOf), encodeS2(devS2, rowOf), opts.Stage2Epochs, opts.Seed+1, opts.BestOnDev, progress)
	l := best.layer(keyOfRow)
	m.stage2 = &l
	fmt.Fprintf(progress, "second pass: %d features, trained in %.1fs\n", len(l.w)/NumLabels, time.Since(start).Seconds())
	return m, nil
}

// s2sent is a sentence prepared for second-pass training.
type s2sent struct {
	keys []uint64
	off  []int32
	base []float32
	gold []int
}

// stage2Data runs the base layer of m over exs, document by document, and
// returns their second-pass features and base scores.
func (m *Model) stage2Data(exs []Example) []s2sent {
	out := make([]s2sent, len(exs))
	sc := newScratch()
	for s := 0; s < len(exs); {
		e := s + 1
		for e < len(exs) && exs[e].Doc == exs[s].Doc {
			e++
		}
		sents := make([][]Token, 0, e-s)
		for _, ex := range exs[s:e] {
			sents = append(sents, ex.Tokens)
		}
		m.runBase(sc, sents)
		total := sc.start[len(sents)]
		sc.cnt.build(sc.word[:total], sc.flags[:total], sc.lab[:total])
		for j := range sents {
			off, end := sc.start[j], sc.start[j+1]
			r := &out[s+j]
			r.off = append(r.off, 0)
			for i := off; i < end; i++ {
				r.keys = stage2Features(r.keys, sc, off, end, i)
				r.off = append(r.off, int32(len(r.keys)))
			}
			r.base = append([]float32(nil), sc.emit[off*NumLabels:end*NumLabels]...)
			r.gold = make([]int, end-off)
			for i, t := range exs[s+j].Tags {
				r.gold[i] = labelIndex(t)
			}
		}
		s = e
	}
	return out
}

// encodeS2 maps second-pass keys to rows.
func encodeS2(sents []s2sent, rowOf map[uint64]int32) []encoded {
	out := make([]encoded, len(sents))
	for i, s := range sents {
		e := encoded{off: make([]int32, 1, len(s.off)), gold: s.gold, base: s.base}
		for t := 0; t+1 < len(s.off); t++ {
			for _, k := range s.keys[s.off[t]:s.off[t+1]] {
				if r, ok := rowOf[k]; ok {
					e.rows = append(e.rows, r)
				}
			}
			e.off = append(e.off, int32(len(e.rows)))
		}
		out[i] = e
	}
	return out
}

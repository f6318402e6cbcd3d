package model

import (
	"errors"
	"fmt"
	"io"
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
	return trainBase(train, dev, opts, progress)
}

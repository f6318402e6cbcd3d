package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// metricsNamespace is the namespace of prensa's Beam metrics.
const metricsNamespace = "prensa"

// typeIndex numbers the entity types for the per-type counters.
var typeIndex = func() map[entity.Type]int {
	m := map[entity.Type]int{}
	for i, t := range entity.Types {
		m[t] = i
	}
	return m
}()

// counters are the Beam metrics of a run: documents tagged, error
// records, entities (in all and by type) and input bytes read.
var counters = struct {
	documents, errors, entities, bytes beam.Counter
	byType                             []beam.Counter
}{
	documents: beam.NewCounter(metricsNamespace, "documents"),
	errors:    beam.NewCounter(metricsNamespace, "errors"),
	entities:  beam.NewCounter(metricsNamespace, "entities"),
	bytes:     beam.NewCounter(metricsNamespace, "bytes"),
	byType: func() []beam.Counter {
		cs := make([]beam.Counter, len(entity.Types))
		for i, t := range entity.Types {
			cs[i] = beam.NewCounter(metricsNamespace, "entities_"+string(t))
		}
		return cs
	}(),
}

// counterTotals sums prensa's counters over the steps of a finished job,
// by name (committed values; attempted ones where the runner commits
// none).
func counterTotals(r metrics.QueryResults) map[string]int64 {
	sums := map[string]int64{}
	for _, c := range r.Counters() {
		if c.Key.Namespace != metricsNamespace {
			continue
		}
		v := c.Committed
		if v == 0 {
			v = c.Attempted
		}
		sums[c.Key.Name] += v
	}
	return sums
}

// printCounters writes the counters one per line, sorted by name.
func printCounters(w io.Writer, sums map[string]int64) {
	names := make([]string, 0, len(sums))
	for n := range sums {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "%s.%s\t%d\n", metricsNamespace, n, sums[n])
	}
}

package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

func init() {
	register.Function1x2(pairLines)
}

// pairLines prints a ranking one pair a line, for comparison.
func pairLines(ps []Pair) (string, error) {
	var b strings.Builder
	for _, p := range ps {
		data, err := json.Marshal(p)
		if err != nil {
			return "", err
		}
		b.Write(data)
		b.WriteByte('\n')
	}
	return b.String(), nil
}

// records of three documents and an error record.
var aggregateRecords = []string{
	`{"source":"a.txt","entities":[],"entities_summary":[{"canonical":"Pedro Sánchez","type":"PER","mentions":3},{"canonical":"Madrid","type":"LOC","id":"geo:1","mentions":1},{"canonical":"ONU","type":"ORG","mentions":2}]}`,
	`{"source":"b.txt","entities":[],"entities_summary":[{"canonical":"Madrid","type":"LOC","id":"geo:1","mentions":2},{"canonical":"Pedro Sánchez","type":"PER","mentions":1}]}`,
	`{"source":"c.txt","entities":[],"entities_summary":[{"canonical":"Madrid","type":"ORG","mentions":1},{"canonical":"ONU","type":"ORG","mentions":1},{"canonical":"Pedro Sánchez","type":"PER","mentions":1}]}`,
	`{"source":"d.txt","error":"binary data (NUL bytes), not text"}`,
}

func TestEntityCounts(t *testing.T) {
	p, s, col := ptest.CreateList(aggregateRecords)
	passert.Equals(s, entityCounts(s, col),
		`{"canonical":"Pedro Sánchez","type":"PER","mentions":5,"documents":3}`,
		`{"canonical":"Madrid","type":"LOC","id":"geo:1","mentions":3,"documents":2}`,
		`{"canonical":"Madrid","type":"ORG","mentions":1,"documents":1}`,
		`{"canonical":"ONU","type":"ORG","mentions":3,"documents":2}`,
	)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
}

func TestTopPairs(t *testing.T) {
	per := `{"canonical":"Pedro Sánchez","type":"PER"}`
	madrid := `{"canonical":"Madrid","type":"LOC","id":"geo:1"}`
	madridOrg := `{"canonical":"Madrid","type":"ORG"}`
	onu := `{"canonical":"ONU","type":"ORG"}`
	pair := func(a, b string, n int) string {
		return `{"a":` + a + `,"b":` + b + `,"documents":` + string(rune('0'+n)) + "}\n"
	}
	cases := []struct {
		name         string
		perDoc, topN int
		want         string
	}{
		{"top two", 20, 2, pair(madrid, per, 2) + pair(onu, per, 2)},
		{"all", 20, 10, pair(madrid, per, 2) + pair(onu, per, 2) + pair(madrid, onu, 1) + pair(madridOrg, onu, 1) + pair(madridOrg, per, 1)},
		{"two entities a document", 2, 10, pair(madrid, per, 2) + pair(madridOrg, onu, 1)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, s, col := ptest.CreateList(aggregateRecords)
			passert.Equals(s, beam.ParDo(s, pairLines, topPairs(s, col, c.perDoc, c.topN)), c.want)
			if err := ptest.Run(p); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestTopFnCut(t *testing.T) {
	mk := func(ns ...int) []Pair {
		var ps []Pair
		for i, n := range ns {
			ps = append(ps, Pair{A: EntityKey{Canonical: string(rune('a' + i))}, Documents: n})
		}
		return ps
	}
	cases := []struct {
		name string
		n    int
		in   []Pair
		want []int
	}{
		{"fewer than n", 5, mk(1, 3, 2), []int{3, 2, 1}},
		{"cut", 2, mk(4, 9, 1, 7), []int{9, 7}},
		{"none", 3, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := &topFn{N: c.n}
			acc := f.CreateAccumulator()
			for _, p := range c.in {
				acc = f.AddInput(acc, p)
			}
			got := f.ExtractOutput(f.MergeAccumulators(acc, f.CreateAccumulator()))
			var ns []int
			for _, p := range got {
				ns = append(ns, p.Documents)
			}
			if len(ns) != len(c.want) {
				t.Fatalf("got %v, want %v", ns, c.want)
			}
			for i := range ns {
				if ns[i] != c.want[i] {
					t.Fatalf("got %v, want %v", ns, c.want)
				}
			}
		})
	}
}

package cluster

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

const kmeansSample = "# made by hand\n# k: 2 3\nel\t500\t0\t2\nLima\t12\t1\t0\n"

func TestKMeansTableRoundTrip(t *testing.T) {
	km, err := ParseKMeans(strings.NewReader(kmeansSample))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(km.Ks, []int{2, 3}) || !reflect.DeepEqual(km.Words, []string{"el", "Lima"}) {
		t.Fatalf("parsed %+v", km)
	}
	if got := km.Map(); !reflect.DeepEqual(got, map[string][]int{"el": {0, 2}, "Lima": {1, 0}}) {
		t.Errorf("Map = %v", got)
	}
	var buf bytes.Buffer
	if _, err := km.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if buf.String() != kmeansSample {
		t.Errorf("WriteTo:\n%s\nwant:\n%s", buf.String(), kmeansSample)
	}
}

func TestParseKMeansErrors(t *testing.T) {
	tests := []string{
		"el\t5\t0\n",                   // no k line
		"# k: 2\nel\t5\t2\n",           // cluster out of range
		"# k: 2\nel\t5\n",              // missing cluster
		"# k: 2\nel\tx\t1\n",           // bad count
		"# k: 2\nel\t5\t1\nel\t3\t0\n", // duplicate
		"# k: 0\n",                     // bad k
	}
	for _, in := range tests {
		if _, err := ParseKMeans(strings.NewReader(in)); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

func TestDefaultKMeans(t *testing.T) {
	km := DefaultKMeans()
	if len(km.Ks) == 0 || len(km.Ks) > 3 {
		t.Fatalf("default table has %d granularities", len(km.Ks))
	}
	for _, k := range km.Ks {
		if k > 1024 {
			t.Errorf("k = %d does not fit the model's 10 bits", k)
		}
	}
}

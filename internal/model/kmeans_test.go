package model

import (
	"bytes"
	"reflect"
	"testing"
)

func TestKMeansTableFind(t *testing.T) {
	km, err := newKMeansTable(map[string][]int{"Lima": {3, 0, 1023}, "hoy": {1, 2, 5}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		keys [3]uint64
		want [maxKMeans]uint64
	}{
		{[3]uint64{hashString("Lima"), hashString("lima"), hashString("Lima")}, [maxKMeans]uint64{4, 1, 1024}},
		{[3]uint64{hashString("LIMA"), hashString("lima"), hashString("Lima")}, [maxKMeans]uint64{4, 1, 1024}},
		{[3]uint64{hashString("Hoy"), hashString("hoy"), hashString("Hoy")}, [maxKMeans]uint64{2, 3, 6}},
		{[3]uint64{hashString("ayer"), hashString("ayer"), hashString("Ayer")}, [maxKMeans]uint64{}},
	}
	for i, tc := range tests {
		if got := km.find(&tc.keys); got != tc.want {
			t.Errorf("case %d: find = %v, want %v", i, got, tc.want)
		}
	}
	var nilTable *kmeansTable
	if got := nilTable.find(&tests[0].keys); got != ([maxKMeans]uint64{}) {
		t.Errorf("nil table finds %v", got)
	}
}

func TestKMeansTableErrors(t *testing.T) {
	tests := []map[string][]int{
		{"a": {1}, "b": {1, 2}},
		{"a": {1, 2, 3, 4}},
		{"a": {1024}},
		{"a": {-1}},
		{},
	}
	for i, words := range tests {
		if _, err := newKMeansTable(words); err == nil {
			t.Errorf("case %d: no error", i)
		}
	}
}

// TestKMeansRoundTrip checks that a model trained with k-means clusters
// keeps them through WriteTo and Load, and that they change the model.
func TestKMeansRoundTrip(t *testing.T) {
	words := map[string][]int{"Lima": {1, 7}, "Quito": {1, 7}, "Bogotá": {1, 8}, "Ana": {2, 9}, "Luis": {2, 9}}
	m, err := Train(toy(), nil, TrainOptions{Epochs: 5, MinCount: 1, KMeans: words, VClusWindow: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if m.kmeans == nil || m.feats&featVClusWindow == 0 {
		t.Fatal("model without its k-means table or window flag")
	}
	var buf, plain bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if _, err := trainToy(t).WriteTo(&plain); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if m2.kmeans == nil || m2.kmeans.n != 2 {
		t.Fatalf("loaded k-means table %+v", m2.kmeans)
	}
	for _, ex := range toy() {
		if a, b := m.Tag(ex.Tokens), m2.Tag(ex.Tokens); !reflect.DeepEqual(a, b) {
			t.Fatalf("loaded model tags %v, original %v", b, a)
		}
	}
	var again bytes.Buffer
	m2.WriteTo(&again)
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Errorf("re-encoding a loaded model changed its bytes")
	}
	if bytes.Equal(buf.Bytes(), plain.Bytes()) {
		t.Errorf("the k-means clusters did not change the model")
	}
}

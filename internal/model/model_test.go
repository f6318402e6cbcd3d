package model

import (
	"bytes"
	"fmt"
	"github.com/prensa-nlp/prensa/internal/eval"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// toy builds a small synthetic training set: people, places and
// organizations in a few sentence frames, with an external feature on
// place names.
func toy() []Example {
	people := []string{"Ana Pérez", "Luis Gómez", "Marta Ruiz", "Pablo Sanz", "Elena Vidal"}
	places := []string{"Lima", "Quito", "Bogotá", "Caracas"}
	orgs := []string{"Banco Central", "Unión Textil", "Grupo Norte"}
	frames := []string{
		"Según PER , la reunión en LOC fue un éxito .",
		"PER viajó a LOC con ORG .",
		"El presidente de ORG , PER , habló hoy .",
		"En LOC , ORG abrió una oficina .",
	}
	var out []Example
	doc := 0
	for i := 0; i < 40; i++ {
		frame := frames[i%len(frames)]
		var ex Example
		for _, w := range strings.Fields(frame) {
			var name, typ string
			switch w {
			case "PER":
				name, typ = people[i%len(people)], "PER"
			case "LOC":
				name, typ = places[i%len(places)], "LOC"
			case "ORG":
				name, typ = orgs[i%len(orgs)], "ORG"
			default:
				ex.Tokens = append(ex.Tokens, Token{Text: w})
				ex.Tags = append(ex.Tags, "O")
				continue
			}
			for j, part := range strings.Fields(name) {
				tok := Token{Text: part}
				if typ == "LOC" {
					tok.Ext = []string{"gaz=B-LOC"}
				}
				ex.Tokens = append(ex.Tokens, tok)
				if j == 0 {
					ex.Tags = append(ex.Tags, "B-"+typ)
				} else {
					ex.Tags = append(ex.Tags, "I-"+typ)
				}
			}
		}
		if i%5 == 0 {
			doc++
		}
		ex.Doc = doc
		out = append(out, ex)
	}
	return out
}

func trainToy(t testing.TB) *Model {
	t.Helper()
	m, err := Train(toy(), nil, TrainOptions{Epochs: 10, MinCount: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func score(m *Model, exs []Example) float64 {
	ev := eval.NewScores()
	for _, ex := range exs {
		ev.AddTags(ex.Tags, m.Tag(ex.Tokens))
	}
	return ev.Counts.F1()
}

func TestTrainLearnsToy(t *testing.T) {
	m := trainToy(t)
	if f := score(m, toy()); f != 1 {
		t.Errorf("F1 on training data = %.3f, want 1", f)
	}
	got := m.Tag([]Token{{Text: "Ana"}, {Text: "Pérez"}, {Text: "viajó"}, {Text: "a"}, {Text: "Lima", Ext: []string{"gaz=B-LOC"}}, {Text: "."}})
	want := []string{"B-PER", "I-PER", "O", "O", "B-LOC", "O"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tag = %v, want %v", got, want)
	}
	if got := m.Tag(nil); len(got) != 0 {
		t.Errorf("Tag(nil) = %v", got)
	}
}

func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if _, err := trainToy(t).WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := trainToy(t).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two trainings on the same data gave different model bytes")
	}
}

func TestRoundTrip(t *testing.T) {
	m := trainToy(t)
	var buf bytes.Buffer
	n, err := m.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo = %d, %v (buffer %d)", n, err, buf.Len())
	}
	m2, err := Load(buf.Bytes())
	if err != nil {
		t.Fatal(err)
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
}

func TestLoadErrors(t *testing.T) {
	var buf bytes.Buffer
	trainToy(t).WriteTo(&buf)
	good := buf.Bytes()
	tests := map[string][]byte{
		"empty":     nil,
		"bad magic": append([]byte("NOT-A-MODEL!"), good[12:]...),
		"truncated": good[:len(good)/2],
		"trailing":  append(append([]byte(nil), good...), 0),
	}
	for name, data := range tests {
		if _, err := Load(data); err == nil {
			t.Errorf("%s: Load succeeded", name)
		}
	}
}

func TestConcurrentTag(t *testing.T) {
	m := trainToy(t)
	exs := toy()
	want := make([][]string, len(exs))
	for i, ex := range exs {
		want[i] = m.Tag(ex.Tokens)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < 20; r++ {
				i := (g + r) % len(exs)
				if got := m.Tag(exs[i].Tokens); !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("goroutine %d: sentence %d tagged %v, want %v", g, i, got, want[i])
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestLabelIndex(t *testing.T) {
	tests := map[string]int{"O": 0, "B-PER": 1, "I-PER": 2, "B-LOC": 3, "I-ORG": 6, "B-AGENCY": 5, "I-AGENCY": 6, "I-MISC": 8, "B-FOO": 0, "": 0, "X": 0}
	for tag, want := range tests {
		if got := labelIndex(tag); got != want {
			t.Errorf("labelIndex(%q) = %d, want %d", tag, got, want)
		}
	}
}

func TestViterbiRespectsIOB2(t *testing.T) {
	// Emissions favour I-PER everywhere, which IOB2 forbids at the start
	// and after O.
	n := 3
	emit := make([]float32, n*NumLabels)
	for i := 0; i < n; i++ {
		emit[i*NumLabels+2] = 10 // I-PER
		emit[i*NumLabels+1] = 5  // B-PER
	}
	var trans [NumLabels + 1][NumLabels]float32
	var end [NumLabels]float32
	out := make([]int, n)
	viterbi(emit, n, &trans, &end, make([]uint8, n*NumLabels), out)
	if want := []int{1, 2, 2}; !reflect.DeepEqual(out, want) {
		t.Errorf("viterbi = %v, want %v", out, want)
	}
}

package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/eval"
	"github.com/prensa-nlp/prensa/internal/extract"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/model"
	"github.com/prensa-nlp/prensa/internal/scheme"
)

// minPipelineDevF1 is the esp.testa F1 (AGENCY counted as ORG) the default
// pipeline must keep with the CoNLL-2002 scheme: the project's floor, the
// score before annotation schemes and pattern rules (80.11).
const minPipelineDevF1 = 80.11

// TestPipelineOnDevSet scores the whole default pipeline on the CoNLL-2002
// Spanish development set, when ../shared holds it.
func TestPipelineOnDevSet(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "data", "conll2002", "esp.testa")
	if _, err := os.Stat(path); err != nil {
		t.Skip("CoNLL-2002 data not present:", err)
	}
	m, err := model.Default()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{Gazetteer: gazetteer.MustBuiltin(), Model: m, Engine: extract.Hybrid, Scheme: scheme.CoNLL2002})
	if err != nil {
		t.Fatal(err)
	}
	fx, err := eval.Load(path, eval.CoNLL)
	if err != nil {
		t.Fatal(err)
	}
	out := eval.Run(x, fx, eval.Options{Map: map[entity.Type]entity.Type{entity.AGENCY: entity.ORG}})
	f1 := 100 * out.Scores.F1()
	t.Logf("default pipeline on esp.testa: F1 %.2f", f1)
	if f1 < minPipelineDevF1 {
		t.Errorf("esp.testa F1 %.2f, below %.2f", f1, minPipelineDevF1)
	}
}

package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDefaultModelIsReproducible retrains the default model as 'make model'
// does and requires the embedded model's exact bytes: the shipped model is
// what the repository's data, gazetteer and code produce. A gazetteer or
// feature change that alters the model fails here until the model is
// retrained (make model) and its scores checked.
func TestDefaultModelIsReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("retraining takes about 20 s")
	}
	conll := filepath.Join("..", "..", "..", "shared", "data", "conll2002")
	if _, err := os.Stat(filepath.Join(conll, "esp.train")); err != nil {
		t.Skip("CoNLL-2002 data not present:", err)
	}
	want, err := os.ReadFile(filepath.Join("..", "model", "data", "es-conll2002.model"))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "retrained.model")
	var stderr bytes.Buffer
	s := &IOStreams{In: strings.NewReader(""), Out: &bytes.Buffer{}, ErrOut: &stderr}
	if code := Run([]string{"train", "--train", filepath.Join(conll, "esp.train"), "-o", out}, s); code != ExitOK {
		t.Fatalf("exit %d:\n%s", code, stderr.String())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("retrained model (%d bytes) differs from the embedded one (%d bytes): run 'make model', check 'make eval', commit", len(got), len(want))
	}
}

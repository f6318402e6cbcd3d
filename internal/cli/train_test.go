package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/model"
)

// toyCoNLL is a tiny synthetic training file (IOB1 tags on purpose).
const toyCoNLL = `Ana I-PER
Pérez I-PER
vive O
en O
Lima I-LOC
. O

El O
Banco I-ORG
Central I-ORG
abrió O
en O
Quito I-LOC
. O

Luis I-PER
Gómez I-PER
visitó O
Caracas I-LOC
. O
`

func TestTrainCommand(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "toy.conll")
	if err := os.WriteFile(data, []byte(strings.Repeat(toyCoNLL+"\n", 3)), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "toy.model")
	var stdout, stderr bytes.Buffer
	s := &IOStreams{In: strings.NewReader(""), Out: &stdout, ErrOut: &stderr}
	code := Run([]string{"train", "--train", data, "--dev", data, "-o", out, "--epochs", "3", "--no-gazetteer-features", "--no-clusters"}, s)
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "dev P") {
		t.Errorf("no per-epoch dev scores in progress output:\n%s", stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	m, err := model.Load(b)
	if err != nil {
		t.Fatal(err)
	}
	got := m.Tag([]model.Token{{Text: "Ana"}, {Text: "Pérez"}, {Text: "vive"}, {Text: "en"}, {Text: "Lima"}, {Text: "."}})
	if strings.Join(got, " ") != "B-PER I-PER O O B-LOC O" {
		t.Errorf("trained model tags %v", got)
	}
}

func TestTrainCommandErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.conll")
	os.WriteFile(bad, []byte("Ana B-PER\nvive PERSONA\n"), 0o644)
	tests := []struct {
		name string
		args []string
		code ExitCode
		msg  string
	}{
		{"missing flags", []string{"train"}, ExitUsage, "required"},
		{"missing file", []string{"train", "--train", filepath.Join(dir, "none"), "-o", filepath.Join(dir, "m")}, ExitUsage, "none"},
		{"bad tag", []string{"train", "--train", bad, "-o", filepath.Join(dir, "m")}, ExitUsage, "bad.conll: line 2"},
		{"bad epochs", []string{"train", "--train", bad, "-o", filepath.Join(dir, "m"), "--epochs", "0"}, ExitUsage, "epochs"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			code := Run(tc.args, &IOStreams{In: strings.NewReader(""), Out: &bytes.Buffer{}, ErrOut: &stderr})
			if code != tc.code || !strings.Contains(stderr.String(), tc.msg) {
				t.Errorf("exit %d (want %d), stderr %q (want it to mention %q)", code, tc.code, stderr.String(), tc.msg)
			}
		})
	}
}

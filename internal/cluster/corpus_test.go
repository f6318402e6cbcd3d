package cluster

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestReadCorpora(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "a.txt")
	conll := filepath.Join(dir, "b.conll")
	os.WriteFile(text, []byte("El 3 de mayo.\n\nLlegó Ana.\n"), 0o644)
	os.WriteFile(conll, []byte("-DOCSTART- O\n\nEn O\n2000 O\n\nLima B-LOC\n"), 0o644)
	tests := []struct {
		name string
		read func(string, *[][]string) (int, error)
		file string
		want [][]string
	}{
		{"text", ReadText, text, [][]string{{"El", "0", "de", "mayo", "."}, {"Llegó", "Ana", "."}}},
		{"conll", ReadCoNLL, conll, [][]string{{"En", "0000"}, {"Lima"}}},
	}
	for _, tc := range tests {
		var got [][]string
		n, err := tc.read(tc.file, &got)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		tokens := 0
		for _, s := range tc.want {
			tokens += len(s)
		}
		if !reflect.DeepEqual(got, tc.want) || n != tokens {
			t.Errorf("%s: got %q (%d tokens), want %q", tc.name, got, n, tc.want)
		}
	}
	var none [][]string
	if _, err := ReadText(filepath.Join(dir, "missing"), &none); err == nil {
		t.Error("no error for a missing file")
	}
}

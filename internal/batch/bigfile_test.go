package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/decode"
	"github.com/prensa-nlp/prensa/internal/output"
	"github.com/prensa-nlp/prensa/internal/window"
)

// TestRunBigFiles: files much larger than a window, whose results spill
// from memory to temporary files, come out as window.Tag prints them, the
// same with any number of workers, with and without -o, and leave no
// temporary file behind.
func TestRunBigFiles(t *testing.T) {
	dir := t.TempDir()
	para := "Hoy Ana Pérez habló en Lima con Luis Arce sobre el litio de Bolivia.\n\n"
	files := map[string]string{
		"a.txt":     strings.Repeat(para, 3000), // 210 KB: several windows, a result that spills
		"b.txt":     "Breve: Quito.",
		"sub/c.txt": strings.Repeat("Mosc\xfa y Lima. ", 5000), // Windows-1252, one long line
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	size := 8192
	var want bytes.Buffer
	for _, name := range []string{"a.txt", "b.txt", "sub/c.txt"} {
		src, err := decode.NewStream(strings.NewReader(files[name]), decode.Auto)
		if err != nil {
			t.Fatal(err)
		}
		ds := output.JSONLines().Stream(&want)
		if _, err := window.Tag(window.Doc{Source: filepath.Join(dir, name), Input: src, Size: size, Tagger: funcTagger(capitals)}, ds); err != nil {
			t.Fatal(err)
		}
	}
	var wantTree map[string]string
	for _, jobs := range []int{1, 2} {
		sum, got, _ := run(t, context.Background(), Config{Roots: []string{dir}, Jobs: jobs, Window: size})
		if got != want.String() {
			t.Errorf("jobs=%d: JSON Lines differ from window.Tag's", jobs)
		}
		if sum.OK != 3 {
			t.Errorf("jobs=%d: %v", jobs, sum)
		}
		out := filepath.Join(t.TempDir(), "out")
		run(t, context.Background(), Config{Roots: []string{dir}, Jobs: jobs, Window: size, OutDir: out})
		tree := readTree(t, out)
		for name := range tree {
			if strings.Contains(name, tempMarker) {
				t.Errorf("jobs=%d: temporary file %s left", jobs, name)
			}
		}
		if wantTree == nil {
			wantTree = tree
		} else if !reflect.DeepEqual(tree, wantTree) {
			t.Errorf("jobs=%d: output folder differs", jobs)
		}
		var doc struct{ Entities []json.RawMessage }
		if err := json.Unmarshal([]byte(tree["a.txt.json"]), &doc); err != nil || len(doc.Entities) < 3000 {
			t.Errorf("jobs=%d: a.txt.json: %d entities, %v", jobs, len(doc.Entities), err)
		}
	}
	leftovers, _ := filepath.Glob(filepath.Join(os.TempDir(), tempMarker+"*"))
	for _, l := range leftovers {
		if strings.Contains(l, "-"+itoa(os.Getpid())+"-") {
			t.Errorf("temporary file left: %s", l)
		}
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeFiles creates files (name → content) under a new temporary folder.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const goldenJSON = `{"source":"a.txt","encoding":"utf-8","entities":[{"text":"Ana","type":"PER","start":0,"end":3,"canonical":"Ana"}]}`

func TestDetectAndDiscover(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":          "Ana vive en Lima.",
		"a.json":         goldenJSON,
		"b.txt":          "La  ONU  dijo.",
		"sub/c.conll":    "Ana B-PER\n",
		"sub/d.txt":      "-DOCSTART- -X- O\n\nAna NP B-PER\nvive VM O\n",
		"sub/notes.md":   "ignored",
		"sub/e/f.txt":    "  Lima  \n",
		"sub/e/orphan.x": "x",
		"sub/e/h.txt":    "Ana vive en Lima.",
		"sub/e/h.ann":    "PER\tAna\n",
	})
	got, err := Discover([]string{dir, filepath.Join(dir, "a.json"), filepath.Join(dir, "sub/e/h.ann")})
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, p := range got {
		r, _ := filepath.Rel(dir, p)
		rel = append(rel, filepath.ToSlash(r))
	}
	if want := []string{"a.txt", "b.txt", "sub/c.conll", "sub/d.txt", "sub/e/f.txt", "sub/e/h.txt"}; !reflect.DeepEqual(rel, want) {
		t.Errorf("Discover = %v, want %v", rel, want)
	}
	kinds := map[string]Kind{"a.txt": Golden, "b.txt": SpacedKind, "sub/c.conll": CoNLL, "sub/d.txt": CoNLL, "sub/e/f.txt": SpacedKind, "sub/e/h.txt": Annotated}
	for name, want := range kinds {
		p := filepath.Join(dir, name)
		data, _ := os.ReadFile(p)
		if got := Detect(p, data); got != want {
			t.Errorf("Detect(%s) = %s, want %s", name, got, want)
		}
	}
	if _, err := Discover([]string{filepath.Join(dir, "missing.txt")}); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("Discover(missing) error = %v", err)
	}
}

func TestLoad(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"ok.txt":      "Ana vive en Lima.",
		"ok.json":     goldenJSON,
		"bad.txt":     "Ana",
		"bad.json":    `{"entities":[{"start":0,"end":9,"type":"PER"}]}`,
		"broken.txt":  "Ana",
		"broken.json": `{"entities":`,
		"tags.conll":  "Ana B-PER\nvive X-Y\n",
		"notag.conll": "Ana B-PER\nvive\n",
		"sp.txt":      "vive en  Lima  hoy",
		"h.txt":       "Ana vive en Lima.",
		"h.ann":       "PER\tAna\nLOC\tLima\n",
		"hbad.txt":    "Ana vive en Lima.",
		"hbad.ann":    "PER\tAna\nLOC\tQuito\n",
	})
	tests := []struct {
		file, kind, errWant string
	}{
		{"ok.txt", "", ""},
		{"sp.txt", "", ""},
		{"bad.txt", "", "outside the text"},
		{"broken.txt", "", "broken.json"},
		{"tags.conll", "", "line 2"},
		{"notag.conll", "", "has no tag"},
		{"nothing.txt", "", "no such file"},
		{"sp.txt", "conll", "line 1"},
		{"h.txt", "", ""},
		{"hbad.txt", "", `hbad.ann:2: "Quito" not found`},
		{"sp.txt", "annotated", "sp.ann: no such file"},
	}
	for _, tc := range tests {
		t.Run(tc.file+tc.kind, func(t *testing.T) {
			f, err := Load(filepath.Join(dir, tc.file), Kind(tc.kind))
			if tc.errWant == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.errWant) {
				t.Errorf("Load error = %v, want one with %q (fixture %+v)", err, tc.errWant, f)
			}
		})
	}
	f, err := Load(filepath.Join(dir, "ok.txt"), "")
	if err != nil || f.Kind != Golden || len(f.Expected) != 1 || f.Text != "Ana vive en Lima." {
		t.Errorf("golden fixture = %+v, %v", f, err)
	}
	f, err = Load(filepath.Join(dir, "sp.txt"), "")
	if err != nil || f.Kind != SpacedKind || f.Text != "vive en Lima hoy" || len(f.Spaced.Marks) != 1 {
		t.Errorf("spaced fixture = %+v, %v", f, err)
	}
}

func TestParseKind(t *testing.T) {
	for in, want := range map[string]Kind{"": "", "auto": "", "golden": Golden, "spaced": SpacedKind, "conll": CoNLL, "annotated": Annotated} {
		if got, err := ParseKind(in); err != nil || got != want {
			t.Errorf("ParseKind(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseKind("xml"); err == nil {
		t.Errorf("ParseKind(xml): no error")
	}
}

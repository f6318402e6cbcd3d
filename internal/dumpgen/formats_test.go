package dumpgen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFormatsDeterministic: every format gives the same bytes twice, and
// holds every article.
func TestFormatsDeterministic(t *testing.T) {
	gen, err := New(Options{Seed: 5, CP1252: 0.3, Size: 400})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"jsonl", "jsonl.gz", "json", "csv", "tar.gz", "zip-html", "warc.gz"} {
		t.Run(f, func(t *testing.T) {
			var bs [2][]byte
			for k := range bs {
				p := filepath.Join(t.TempDir(), "out")
				st, err := gen.WriteFormat(f, p, 12)
				if err != nil || st.Files != 1 {
					t.Fatalf("%+v %v", st, err)
				}
				if bs[k], err = os.ReadFile(p); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(bs[0], bs[1]) {
				t.Error("two runs differ")
			}
			if f == "jsonl" {
				if n := bytes.Count(bs[0], []byte("\n")); n != 12 {
					t.Errorf("%d lines, want 12", n)
				}
				if !bytes.Contains(bs[0], []byte(`"id":"n11"`)) {
					t.Error("no record n11")
				}
			}
		})
	}
}

func TestRecordJoinsBackToText(t *testing.T) {
	gen, err := New(Options{Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		r := gen.Record(i)
		if got := r.Title + "\n\n" + r.Text; got != gen.Text(i) {
			t.Fatalf("article %d: title and text do not join back to the article", i)
		}
	}
}

func TestMixedAndHostile(t *testing.T) {
	gen, err := New(Options{Seed: 5, Size: 300})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := gen.WriteFormat("mixed", filepath.Join(dir, "mixed"), 14); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"export.jsonl.gz", "texts.tar.gz", "pages.zip", "crawl.warc.gz", "export.csv", "txt/0000/000000.txt", "gz/0000/000001.txt.gz"} {
		if _, err := os.Stat(filepath.Join(dir, "mixed", name)); err != nil {
			t.Errorf("mixed: %v", err)
		}
	}
	if err := gen.WriteHostile(filepath.Join(dir, "hostile")); err != nil {
		t.Fatal(err)
	}
	for name := range Hostile {
		if _, err := os.Stat(filepath.Join(dir, "hostile", name)); err != nil {
			t.Errorf("hostile: %v", err)
		}
	}
	page := string(gen.Page(0))
	if !strings.Contains(page, "&") || !strings.Contains(page, "<article>") {
		t.Errorf("page 0 has no character references or no article:\n%s", page)
	}
}
